// Strong UUID identifiers, so a stakeholder id cannot be passed where a customer id is meant.
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QUuid>

#include <type_traits>

namespace Csm {

template<typename Tag> class Id
{
public:
    Id() = default;
    explicit Id(const QUuid &uuid)
        : m_uuid(uuid)
    {}

    static Id create() { return Id(QUuid::createUuid()); }
    // Accepts the canonical form with or without braces; returns a null id otherwise.
    static Id fromString(QStringView text) { return Id(QUuid::fromString(text)); }

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
