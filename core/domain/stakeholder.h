// A person on either side of the onboarding, with role, sentiment and last contact.
#pragma once

#include "enums.h"
#include "field.h"
#include "id.h"
#include "recordmeta.h"

#include <QDate>
#include <QString>

#include <span>

namespace Csm {

struct Stakeholder
{
    StakeholderId id;
    CustomerId customerId;
    QString name;
    QString title;
    QString email;
    QString phone;
    Side side = Side::Customer;
    StakeholderRole role = StakeholderRole::EndUser;
    Sentiment sentiment = Sentiment::Unknown;
    QDate lastContact;
    QString notes;
    RecordMeta meta;

    bool operator==(const Stakeholder &) const = default;
};

enum class StakeholderField {
    Name,
    Title,
    Email,
    Phone,
    Side,
    Role,
    Sentiment,
    LastContact,
    Notes
};

using StakeholderFieldSpec = FieldSpec<Stakeholder, StakeholderField>;

std::span<const StakeholderFieldSpec> stakeholderFields();
const StakeholderFieldSpec &stakeholderFieldSpec(StakeholderField field);
QString stakeholderFieldLabel(StakeholderField field);
QVariant stakeholderValue(const Stakeholder &stakeholder, StakeholderField field);
void setStakeholderValue(Stakeholder &stakeholder, StakeholderField field, const QVariant &value);

// A plausible e-mail address: one @, a non-empty local part, a dotted domain, no spaces.
bool isValidEmail(const QString &email);

// Display order: customer side first, then by creation time, then id (stable across undo).
bool stakeholderDisplayLess(const Stakeholder &a, const Stakeholder &b);

} // namespace Csm
