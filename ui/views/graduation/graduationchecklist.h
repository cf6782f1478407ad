// The graduation checklist of one customer and the facts a CSM looks at before graduating it,
// worked out from the onboarding file. No widgets: the page shows what these say.
#pragma once

#include "domain/customer.h"
#include "domain/governance.h"
#include "domain/successplan.h"
#include "views/adoption/adoptionstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Csm {

// The hand-over to ongoing success management, in the order the page lists it. The first two
// are ticked by the CSM; the others follow from what the hand-over says.
enum class GraduationItem {
    GoalsReviewed,
    NewGoalsSet,
    OngoingCsm,
    CheckInCadence,
    FirstQbr,
    SurveyCollected,
};
inline constexpr int graduationItemCount = 6;

struct GraduationCheck
{
    GraduationItem item = GraduationItem::GoalsReviewed;
    bool done = false;
    QString label;
    QString detail; // what was agreed, or what is still missing
};

// What a CSM checks before graduating, read-only: objectives, first value, go-live, what is
// still open in the logs.
enum class ReadinessFact { Objectives, FirstValue, GoLive, OpenActions, OpenRisks };
inline constexpr int readinessFactCount = 5;

struct ReadinessItem
{
    ReadinessFact fact = ReadinessFact::Objectives;
    AdoptionStyle::Tone tone = AdoptionStyle::Tone::Neutral;
    QString label;
    QString detail;
};

// The data the checklist and the facts are worked out from.
struct GraduationInputs
{
    Customer customer;
    QList<Objective> objectives;
    QList<Measurement> measurements;
    QList<ActionItem> actions;
    QList<Risk> risks;
    int surveyResponses = 0;
    QDate today;
};

class GraduationChecklist
{
    Q_DECLARE_TR_FUNCTIONS(Csm::GraduationChecklist)

public:
    // Share of objectives achieved above which goal achievement is on target.
    static constexpr double goalAchievementTarget = 0.75;

    // One check per GraduationItem, in its order. The first QBR counts as scheduled when it
    // is set and not before the graduation date (before today while no graduation date is
    // set and the customer has not graduated).
    static QList<GraduationCheck> checks(const GraduationInputs &inputs);
    // One item per ReadinessFact, in its order.
    static QList<ReadinessItem> readiness(const GraduationInputs &inputs);
};

} // namespace Csm
