// The closed vocabularies of an onboarding: tiers, phases, statuses, stakeholder roles.
// Each value has a stable storage key (SQLite, JSON) and a translated display name.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>

namespace Csm {

enum class Tier { HighTouch, Hybrid, Digital };
enum class Phase { Transition, Kickoff, Implementation, Adoption, ValueRealization, Graduated };
enum class Status { OnTrack, AtRisk, Stalled, Paused };
enum class Side { Customer, Vendor };
enum class StakeholderRole {
    ExecutiveSponsor,
    Champion,
    DecisionMaker,
    AdminOwner,
    ProjectLead,
    PowerUser,
    EndUser,
    Csm,
    AccountExecutive,
    Implementation,
    SupportEscalation,
};
enum class Sentiment { Unknown, Advocate, Neutral, Skeptic };
enum class Answer { Unknown, Yes, No };
enum class ActionStatus { Open, InProgress, Blocked, Done };
enum class RiskLevel { Low, Medium, High };
enum class RiskStatus { Open, Mitigating, Escalated, Closed };
// Computed from an objective's measurements, never stored.
enum class ObjectiveStatus { NoData, OnTrack, AtRisk, Achieved, Missed };
// The implementation plan.
enum class WorkstreamKind {
    DataMigration,
    Integrations,
    SecurityCompliance,
    Procurement,
    Training,
    InternalRollout,
    KpiTracking,
    Other,
};
enum class TaskType { Task, Milestone };
enum class TaskStatus { NotStarted, InProgress, Blocked, Done };
// What a task waits for on the customer's side; these external dependencies make up the
// friction score.
enum class WaitingOn { Nobody, CustomerIt, SecurityReview, Procurement, Legal };
enum class DependencyType { FinishToStart, StartToStart, FinishToFinish };
enum class GateKind { Implementation, GoLive, Activation, Graduation };
// The expansion map: where the account can grow, and how far each opportunity has come.
enum class WhitespaceDimension { Division, Geography, UseCase };
enum class OpportunityStatus { NotStarted, Exploring, Proposed, Won, Lost };

struct EnumEntry
{
    const char *key;
    const char *name; // source text, translated in the context below
};

template<typename E> struct EnumTraits;

template<> struct EnumTraits<Tier>
{
    static constexpr const char *context = "Csm::Tier";
    static constexpr std::array<EnumEntry, 3> entries{{
        {"high_touch", QT_TRANSLATE_NOOP("Csm::Tier", "High-touch enterprise")},
        {"hybrid", QT_TRANSLATE_NOOP("Csm::Tier", "Hybrid mid-market")},
        {"digital", QT_TRANSLATE_NOOP("Csm::Tier", "Digital-first")},
    }};
};

template<> struct EnumTraits<Phase>
{
    static constexpr const char *context = "Csm::Phase";
    static constexpr std::array<EnumEntry, 6> entries{{
        {"transition", QT_TRANSLATE_NOOP("Csm::Phase", "Transition")},
        {"kickoff", QT_TRANSLATE_NOOP("Csm::Phase", "Kickoff")},
        {"implementation", QT_TRANSLATE_NOOP("Csm::Phase", "Implementation")},
        {"adoption", QT_TRANSLATE_NOOP("Csm::Phase", "Adoption")},
        {"value_realization", QT_TRANSLATE_NOOP("Csm::Phase", "Value realization")},
        {"graduated", QT_TRANSLATE_NOOP("Csm::Phase", "Graduated")},
    }};
};

template<> struct EnumTraits<Status>
{
    static constexpr const char *context = "Csm::Status";
    static constexpr std::array<EnumEntry, 4> entries{{
        {"on_track", QT_TRANSLATE_NOOP("Csm::Status", "On track")},
        {"at_risk", QT_TRANSLATE_NOOP("Csm::Status", "At risk")},
        {"stalled", QT_TRANSLATE_NOOP("Csm::Status", "Stalled")},
        {"paused", QT_TRANSLATE_NOOP("Csm::Status", "Paused")},
    }};
};

template<> struct EnumTraits<Side>
{
    static constexpr const char *context = "Csm::Side";
    static constexpr std::array<EnumEntry, 2> entries{{
        {"customer", QT_TRANSLATE_NOOP("Csm::Side", "Customer")},
        {"vendor", QT_TRANSLATE_NOOP("Csm::Side", "Our team")},
    }};
};

template<> struct EnumTraits<StakeholderRole>
{
    static constexpr const char *context = "Csm::StakeholderRole";
    static constexpr std::array<EnumEntry, 11> entries{{
        {"executive_sponsor", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Executive sponsor")},
        {"champion", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Champion")},
        {"decision_maker", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Decision maker")},
        {"admin_owner", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Admin owner")},
        {"project_lead", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Day-to-day project lead")},
        {"power_user", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Power user")},
        {"end_user", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "End user")},
        {"csm", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Customer success manager")},
        {"account_executive", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Account executive")},
        {"implementation", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Implementation")},
        {"support_escalation", QT_TRANSLATE_NOOP("Csm::StakeholderRole", "Support escalation")},
    }};
};

template<> struct EnumTraits<Sentiment>
{
    static constexpr const char *context = "Csm::Sentiment";
    static constexpr std::array<EnumEntry, 4> entries{{
        {"unknown", QT_TRANSLATE_NOOP("Csm::Sentiment", "Unknown")},
        {"advocate", QT_TRANSLATE_NOOP("Csm::Sentiment", "Advocate")},
        {"neutral", QT_TRANSLATE_NOOP("Csm::Sentiment", "Neutral")},
        {"skeptic", QT_TRANSLATE_NOOP("Csm::Sentiment", "Skeptic")},
    }};
};

template<> struct EnumTraits<Answer>
{
    static constexpr const char *context = "Csm::Answer";
    static constexpr std::array<EnumEntry, 3> entries{{
        {"unknown", QT_TRANSLATE_NOOP("Csm::Answer", "Not yet known")},
        {"yes", QT_TRANSLATE_NOOP("Csm::Answer", "Yes")},
        {"no", QT_TRANSLATE_NOOP("Csm::Answer", "No")},
    }};
};

template<> struct EnumTraits<ActionStatus>
{
    static constexpr const char *context = "Csm::ActionStatus";
    static constexpr std::array<EnumEntry, 4> entries{{
        {"open", QT_TRANSLATE_NOOP("Csm::ActionStatus", "Open")},
        {"in_progress", QT_TRANSLATE_NOOP("Csm::ActionStatus", "In progress")},
        {"blocked", QT_TRANSLATE_NOOP("Csm::ActionStatus", "Blocked")},
        {"done", QT_TRANSLATE_NOOP("Csm::ActionStatus", "Done")},
    }};
};

template<> struct EnumTraits<RiskLevel>
{
    static constexpr const char *context = "Csm::RiskLevel";
    static constexpr std::array<EnumEntry, 3> entries{{
        {"low", QT_TRANSLATE_NOOP("Csm::RiskLevel", "Low")},
        {"medium", QT_TRANSLATE_NOOP("Csm::RiskLevel", "Medium")},
        {"high", QT_TRANSLATE_NOOP("Csm::RiskLevel", "High")},
    }};
};

template<> struct EnumTraits<RiskStatus>
{
    static constexpr const char *context = "Csm::RiskStatus";
    static constexpr std::array<EnumEntry, 4> entries{{
        {"open", QT_TRANSLATE_NOOP("Csm::RiskStatus", "Open")},
        {"mitigating", QT_TRANSLATE_NOOP("Csm::RiskStatus", "Mitigating")},
        {"escalated", QT_TRANSLATE_NOOP("Csm::RiskStatus", "Escalated")},
        {"closed", QT_TRANSLATE_NOOP("Csm::RiskStatus", "Closed")},
    }};
};

template<> struct EnumTraits<ObjectiveStatus>
{
    static constexpr const char *context = "Csm::ObjectiveStatus";
    static constexpr std::array<EnumEntry, 5> entries{{
        {"no_data", QT_TRANSLATE_NOOP("Csm::ObjectiveStatus", "No data")},
        {"on_track", QT_TRANSLATE_NOOP("Csm::ObjectiveStatus", "On track")},
        {"at_risk", QT_TRANSLATE_NOOP("Csm::ObjectiveStatus", "At risk")},
        {"achieved", QT_TRANSLATE_NOOP("Csm::ObjectiveStatus", "Achieved")},
        {"missed", QT_TRANSLATE_NOOP("Csm::ObjectiveStatus", "Missed")},
    }};
};

template<> struct EnumTraits<WorkstreamKind>
{
    static constexpr const char *context = "Csm::WorkstreamKind";
    static constexpr std::array<EnumEntry, 8> entries{{
        {"data_migration", QT_TRANSLATE_NOOP("Csm::WorkstreamKind", "Data migration")},
        {"integrations", QT_TRANSLATE_NOOP("Csm::WorkstreamKind", "Integrations")},
        {"security_compliance",
         QT_TRANSLATE_NOOP("Csm::WorkstreamKind", "Security and compliance")},
        {"procurement", QT_TRANSLATE_NOOP("Csm::WorkstreamKind", "Procurement")},
        {"training", QT_TRANSLATE_NOOP("Csm::WorkstreamKind", "Training")},
        {"internal_rollout", QT_TRANSLATE_NOOP("Csm::WorkstreamKind", "Internal rollout")},
        {"kpi_tracking", QT_TRANSLATE_NOOP("Csm::WorkstreamKind", "KPI tracking")},
        {"other", QT_TRANSLATE_NOOP("Csm::WorkstreamKind", "Other")},
    }};
};

template<> struct EnumTraits<TaskType>
{
    static constexpr const char *context = "Csm::TaskType";
    static constexpr std::array<EnumEntry, 2> entries{{
        {"task", QT_TRANSLATE_NOOP("Csm::TaskType", "Task")},
        {"milestone", QT_TRANSLATE_NOOP("Csm::TaskType", "Milestone")},
    }};
};

template<> struct EnumTraits<TaskStatus>
{
    static constexpr const char *context = "Csm::TaskStatus";
    static constexpr std::array<EnumEntry, 4> entries{{
        {"not_started", QT_TRANSLATE_NOOP("Csm::TaskStatus", "Not started")},
        {"in_progress", QT_TRANSLATE_NOOP("Csm::TaskStatus", "In progress")},
        {"blocked", QT_TRANSLATE_NOOP("Csm::TaskStatus", "Blocked")},
        {"done", QT_TRANSLATE_NOOP("Csm::TaskStatus", "Done")},
    }};
};

template<> struct EnumTraits<WaitingOn>
{
    static constexpr const char *context = "Csm::WaitingOn";
    static constexpr std::array<EnumEntry, 5> entries{{
        {"nobody", QT_TRANSLATE_NOOP("Csm::WaitingOn", "Not waiting")},
        {"customer_it", QT_TRANSLATE_NOOP("Csm::WaitingOn", "Customer IT")},
        {"security_review", QT_TRANSLATE_NOOP("Csm::WaitingOn", "Security review")},
        {"procurement", QT_TRANSLATE_NOOP("Csm::WaitingOn", "Procurement")},
        {"legal", QT_TRANSLATE_NOOP("Csm::WaitingOn", "Legal")},
    }};
};

template<> struct EnumTraits<DependencyType>
{
    static constexpr const char *context = "Csm::DependencyType";
    static constexpr std::array<EnumEntry, 3> entries{{
        {"finish_to_start", QT_TRANSLATE_NOOP("Csm::DependencyType", "Finish to start")},
        {"start_to_start", QT_TRANSLATE_NOOP("Csm::DependencyType", "Start to start")},
        {"finish_to_finish", QT_TRANSLATE_NOOP("Csm::DependencyType", "Finish to finish")},
    }};
};

template<> struct EnumTraits<GateKind>
{
    static constexpr const char *context = "Csm::GateKind";
    static constexpr std::array<EnumEntry, 4> entries{{
        {"implementation", QT_TRANSLATE_NOOP("Csm::GateKind", "Implementation")},
        {"go_live", QT_TRANSLATE_NOOP("Csm::GateKind", "Go-live")},
        {"activation", QT_TRANSLATE_NOOP("Csm::GateKind", "Activation")},
        {"graduation", QT_TRANSLATE_NOOP("Csm::GateKind", "Graduation")},
    }};
};

template<> struct EnumTraits<WhitespaceDimension>
{
    static constexpr const char *context = "Csm::WhitespaceDimension";
    static constexpr std::array<EnumEntry, 3> entries{{
        {"division", QT_TRANSLATE_NOOP("Csm::WhitespaceDimension", "Division")},
        {"geography", QT_TRANSLATE_NOOP("Csm::WhitespaceDimension", "Geography")},
        {"use_case", QT_TRANSLATE_NOOP("Csm::WhitespaceDimension", "Use case")},
    }};
};

template<> struct EnumTraits<OpportunityStatus>
{
    static constexpr const char *context = "Csm::OpportunityStatus";
    static constexpr std::array<EnumEntry, 5> entries{{
        {"not_started", QT_TRANSLATE_NOOP("Csm::OpportunityStatus", "Not started")},
        {"exploring", QT_TRANSLATE_NOOP("Csm::OpportunityStatus", "Exploring")},
        {"proposed", QT_TRANSLATE_NOOP("Csm::OpportunityStatus", "Proposed")},
        {"won", QT_TRANSLATE_NOOP("Csm::OpportunityStatus", "Won")},
        {"lost", QT_TRANSLATE_NOOP("Csm::OpportunityStatus", "Lost")},
    }};
};

template<typename E> constexpr int enumCount()
{
    return int(EnumTraits<E>::entries.size());
}

template<typename E> QString enumKey(E value)
{
    return QString::fromLatin1(EnumTraits<E>::entries.at(size_t(value)).key);
}

template<typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (size_t i = 0; i < EnumTraits<E>::entries.size(); ++i) {
        if (key == QLatin1String(EnumTraits<E>::entries[i].key))
            return E(i);
    }
    return std::nullopt;
}

template<typename E> QString enumDisplayName(E value)
{
    return QCoreApplication::translate(EnumTraits<E>::context,
                                       EnumTraits<E>::entries.at(size_t(value)).name);
}

template<typename E> QStringList enumKeys()
{
    QStringList keys;
    for (const auto &entry : EnumTraits<E>::entries)
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

// Vendor-side roles belong to our own team; the others to the customer's.
constexpr bool isVendorRole(StakeholderRole role)
{
    return role >= StakeholderRole::Csm;
}

} // namespace Csm
