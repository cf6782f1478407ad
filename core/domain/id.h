// Strong UUID identifiers, so a stakeholder id cannot be passed where a customer id is meant.
#pragma once

#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QUuid>

#include <type_traits>

namespace Csm {

// The canonical form "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" read by hand, as every stored id
// is written: a workspace reads several per record when it opens, and QUuid's parser takes
// longer. Anything else goes to QUuid::fromString.
inline QUuid uuidFromString(QStringView text)
{
    if (text.size() != 36 || text[8] != u'-' || text[13] != u'-' || text[18] != u'-' ||
        text[23] != u'-')
        return QUuid::fromString(text);
    uchar bytes[16];
    int n = 0;
    for (qsizetype i = 0; i < 36 && n < 32; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const char16_t c = text[i].unicode();
        int nibble = -1;
        if (c >= u'0' && c <= u'9')
            nibble = c - u'0';
        else if (c >= u'a' && c <= u'f')
            nibble = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            nibble = c - u'A' + 10;
        if (nibble < 0)
            return QUuid();
        bytes[n / 2] = uchar(n % 2 ? (bytes[n / 2] | nibble) : (nibble << 4));
        ++n;
    }
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16));
}

template<typename Tag> class Id
{
public:
    Id() = default;
    explicit Id(const QUuid &uuid)
        : m_uuid(uuid)
    {}

    static Id create() { return Id(QUuid::createUuid()); }
    // Accepts the canonical form with or without braces; returns a null id otherwise.
    static Id fromString(QStringView text) { return Id(uuidFromString(text)); }

    bool isNull() const { return m_uuid.isNull(); }
    QUuid uuid() const { return m_uuid; }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }

    friend bool operator==(const Id &a, const Id &b) { return a.m_uuid == b.m_uuid; }
    friend bool operator!=(const Id &a, const Id &b) { return a.m_uuid != b.m_uuid; }
    friend bool operator<(const Id &a, const Id &b) { return a.m_uuid < b.m_uuid; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_uuid, seed); }

private:
    QUuid m_uuid;
};

using CustomerId = Id<struct CustomerIdTag>;
using StakeholderId = Id<struct StakeholderIdTag>;
using OutcomeId = Id<struct OutcomeIdTag>;
using ObjectiveId = Id<struct ObjectiveIdTag>;
using StepId = Id<struct StepIdTag>;
using MeasurementId = Id<struct MeasurementIdTag>;
using AttendeeId = Id<struct AttendeeIdTag>;
using ActionId = Id<struct ActionIdTag>;
using DecisionId = Id<struct DecisionIdTag>;
using RiskId = Id<struct RiskIdTag>;
using WorkstreamId = Id<struct WorkstreamIdTag>;
using TaskId = Id<struct TaskIdTag>;
using DependencyId = Id<struct DependencyIdTag>;
using GateId = Id<struct GateIdTag>;
using CriterionId = Id<struct CriterionIdTag>;
using OpportunityId = Id<struct OpportunityIdTag>;
using SurveyResponseId = Id<struct SurveyResponseIdTag>;
using ValueItemId = Id<struct ValueItemIdTag>;
using ReportNoteId = Id<struct ReportNoteIdTag>;
using AlertSnoozeId = Id<struct AlertSnoozeIdTag>;

template<typename T> struct IsId : std::false_type
{
};
template<typename Tag> struct IsId<Id<Tag>> : std::true_type
{
};

} // namespace Csm
