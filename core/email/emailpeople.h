// Who an e-mail goes to and who signs it, from a customer's stakeholders: shared by the
// onboarding e-mails and the weekly status update.
#pragma once

#include "email.h"

#include "domain/stakeholder.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Csm {

struct EmailTemplate;

// The owner named on the customer, or else the first of our stakeholders with that role.
QString ownerName(const QString &named, const QList<Stakeholder> &people, StakeholderRole role);

// Adds the stakeholder's valid address to `list` once, unless `taken` has it; returns whether
// it was added.
bool addAddress(QStringList &list, const QStringList &taken, const Stakeholder &s);

// The address a signature gives under `signer`'s name: the valid address of our stakeholder of
// that name, else the sender's when the sender is `signer`; empty otherwise. Names compare
// without case and surrounding spaces.
QString signerAddress(const QString &signer, const QList<Stakeholder> &people,
                      const EmailSender &sender);

// The sign-off, the signer's name under it and their address under that (signerAddress); the
// sign-off alone without a name.
QString signature(const EmailTemplate &t, const QString &signer, const QList<Stakeholder> &people,
                  const EmailSender &sender);

} // namespace Csm
