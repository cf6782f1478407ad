#include "emailpeople.h"

#include "emailtemplates.h"

namespace Csm {

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

QString ownerName(const QString &named, const QList<Stakeholder> &people, StakeholderRole role)
{
    if (!named.trimmed().isEmpty())
        return named.trimmed();
    for (const Stakeholder &s : people) {
        if (s.side == Side::Vendor && s.role == role && !s.name.trimmed().isEmpty())
            return s.name.trimmed();
    }
    return {};
}

bool addAddress(QStringList &list, const QStringList &taken, const Stakeholder &s)
{
    const QString address = s.email.trimmed();
    if (!isValidEmail(address) || list.contains(address, Qt::CaseInsensitive) ||
        taken.contains(address, Qt::CaseInsensitive))
        return false;
    list.append(address);
    return true;
}

QString signerAddress(const QString &signer, const QList<Stakeholder> &people,
                      const EmailSender &sender)
{
    if (signer.trimmed().isEmpty())
        return {};
    for (const Stakeholder &s : people) {
        if (s.side == Side::Vendor && sameName(s.name, signer) && isValidEmail(s.email.trimmed()))
            return s.email.trimmed();
    }
    if (sameName(sender.name, signer) && isValidEmail(sender.email.trimmed()))
        return sender.email.trimmed();
    return {};
}

QString signature(const EmailTemplate &t, const QString &signer, const QList<Stakeholder> &people,
                  const EmailSender &sender)
{
    QString text = t.signOff.toString();
    const QString name = signer.trimmed();
    if (name.isEmpty())
        return text;
    text += u'\n' + name;
    const QString address = signerAddress(name, people, sender);
    if (!address.isEmpty())
        text += u'\n' + address;
    return text;
}

} // namespace Csm
