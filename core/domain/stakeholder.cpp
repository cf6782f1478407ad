#include "stakeholder.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <tuple>

namespace Csm {

namespace {

#define CSM_FIELD(field, key, label, kind, member)                                                 \
    StakeholderFieldSpec                                                                           \
    {                                                                                              \
        StakeholderField::field, key, label, FieldKind::kind, &Stakeholder::member                 \
    }

const std::array<StakeholderFieldSpec, 9> kFields{{
    CSM_FIELD(Name, "name", QT_TRANSLATE_NOOP("Csm::Stakeholder", "Name"), Text, name),
    CSM_FIELD(Title, "title", QT_TRANSLATE_NOOP("Csm::Stakeholder", "Title"), Text, title),
    CSM_FIELD(Email, "email", QT_TRANSLATE_NOOP("Csm::Stakeholder", "E-mail"), Email, email),
    CSM_FIELD(Phone, "phone", QT_TRANSLATE_NOOP("Csm::Stakeholder", "Phone"), Text, phone),
    CSM_FIELD(Side, "side", QT_TRANSLATE_NOOP("Csm::Stakeholder", "Side"), Enum, side),
    CSM_FIELD(Role, "role", QT_TRANSLATE_NOOP("Csm::Stakeholder", "Role"), Enum, role),
    CSM_FIELD(Sentiment, "sentiment", QT_TRANSLATE_NOOP("Csm::Stakeholder", "Sentiment"), Enum,
              sentiment),
    CSM_FIELD(LastContact, "last_contact", QT_TRANSLATE_NOOP("Csm::Stakeholder", "Last contact"),
              Date, lastContact),
    CSM_FIELD(Notes, "notes", QT_TRANSLATE_NOOP("Csm::Stakeholder", "Notes"), LongText, notes),
}};

#undef CSM_FIELD

} // namespace

std::span<const StakeholderFieldSpec> stakeholderFields()
{
    return kFields;
}

const StakeholderFieldSpec &stakeholderFieldSpec(StakeholderField field)
{
    return kFields.at(size_t(field));
}

QString stakeholderFieldLabel(StakeholderField field)
{
    return QCoreApplication::translate("Csm::Stakeholder", stakeholderFieldSpec(field).label);
}

QVariant stakeholderValue(const Stakeholder &stakeholder, StakeholderField field)
{
    return readField(stakeholder, stakeholderFieldSpec(field).member);
}

void setStakeholderValue(Stakeholder &stakeholder, StakeholderField field, const QVariant &value)
{
    writeField(stakeholder, stakeholderFieldSpec(field).member, value);
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$)"));
    return pattern.match(email).hasMatch();
}

bool stakeholderDisplayLess(const Stakeholder &a, const Stakeholder &b)
{
    return std::tuple(int(a.side), a.meta.createdAt, a.id) <
           std::tuple(int(b.side), b.meta.createdAt, b.id);
}

} // namespace Csm
