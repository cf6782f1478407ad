// The three governance logs: actions, decisions and risks; and who attended the kickoff.
#pragma once

#include "record.h"
#include "recordmeta.h"

#include <QDate>
#include <QString>

namespace Csm {

// A stakeholder at the kickoff workshop and the role they play in the meeting.
struct KickoffAttendee
{
    AttendeeId id;
    CustomerId customerId;
    StakeholderId stakeholderId;
    QString meetingRole;
    RecordMeta meta;
    bool operator==(const KickoffAttendee &) const = default;
};

struct ActionItem
{
    ActionId id;
    CustomerId customerId;
    QString task;
    QString owner;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open;
    RecordMeta meta;
    bool operator==(const ActionItem &) const = default;

    // Not done and past its due date as of `today`.
    bool isOverdue(const QDate &today) const
    {
        return status != ActionStatus::Done && dueDate.isValid() && dueDate < today;
    }
};

struct Decision
{
    DecisionId id;
    CustomerId customerId;
    QString decision;
    QDate date;
    QString approvedBy;
    QString rationale;
    RecordMeta meta;
    bool operator==(const Decision &) const = default;
};

struct Risk
{
    RiskId id;
    CustomerId customerId;
    QString risk;
    RiskLevel likelihood = RiskLevel::Medium;
    RiskLevel impact = RiskLevel::Medium;
    QString mitigation;
    QString trigger; // what makes it escalate
    QString owner;
    RiskStatus status = RiskStatus::Open;
    bool raisedAtKickoff = false;
    RecordMeta meta;
    bool operator==(const Risk &) const = default;
};

enum class AttendeeField { Stakeholder, MeetingRole };
enum class ActionField { Task, Owner, DueDate, Status };
enum class DecisionField { Decision, Date, ApprovedBy, Rationale };
enum class RiskField {
    Risk,
    Likelihood,
    Impact,
    Mitigation,
    Trigger,
    Owner,
    Status,
    RaisedAtKickoff,
};

template<> struct RecordTraits<KickoffAttendee>
{
    using Id = AttendeeId;
    using Field = AttendeeField;
    static constexpr RecordKind kind = RecordKind::Attendee;
    static constexpr const char *entity = "attendee";
    static constexpr const char *table = "kickoff_attendees";
    static constexpr const char *jsonKey = "kickoff_attendees";
    static constexpr const char *context = "Csm::KickoffAttendee";
    static std::span<const FieldSpec<KickoffAttendee, Field>> fields();
};

template<> struct RecordTraits<ActionItem>
{
    using Id = ActionId;
    using Field = ActionField;
    static constexpr RecordKind kind = RecordKind::Action;
    static constexpr const char *entity = "action";
    static constexpr const char *table = "actions";
    static constexpr const char *jsonKey = "actions";
    static constexpr const char *context = "Csm::ActionItem";
    static std::span<const FieldSpec<ActionItem, Field>> fields();
};

template<> struct RecordTraits<Decision>
{
    using Id = DecisionId;
    using Field = DecisionField;
    static constexpr RecordKind kind = RecordKind::Decision;
    static constexpr const char *entity = "decision";
    static constexpr const char *table = "decisions";
    static constexpr const char *jsonKey = "decisions";
    static constexpr const char *context = "Csm::Decision";
    static std::span<const FieldSpec<Decision, Field>> fields();
};

template<> struct RecordTraits<Risk>
{
    using Id = RiskId;
    using Field = RiskField;
    static constexpr RecordKind kind = RecordKind::Risk;
    static constexpr const char *entity = "risk";
    static constexpr const char *table = "risks";
    static constexpr const char *jsonKey = "risks";
    static constexpr const char *context = "Csm::Risk";
    static std::span<const FieldSpec<Risk, Field>> fields();
};

} // namespace Csm
