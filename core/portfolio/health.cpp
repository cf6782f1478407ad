#include "health.h"

#include "portfolioformat.h"
#include "successplan/objectiveprogress.h"
#include "successplan/relationshiptriangle.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Csm {

namespace {

using namespace PortfolioFormat;

struct Entry
{
    const char *key;
    const char *name;
};

constexpr std::array<Entry, healthPartCount> partEntries{{
    {"schedule", QT_TRANSLATE_NOOP("Csm::Portfolio", "Schedule")},
    {"adoption", QT_TRANSLATE_NOOP("Csm::Portfolio", "Adoption")},
    {"goals", QT_TRANSLATE_NOOP("Csm::Portfolio", "Goals")},
    {"relationship", QT_TRANSLATE_NOOP("Csm::Portfolio", "Relationship")},
    {"engagement", QT_TRANSLATE_NOOP("Csm::Portfolio", "Engagement")},
}};

constexpr std::array<Entry, 3> bandEntries{{
    {"at_risk", QT_TRANSLATE_NOOP("Csm::Portfolio", "At risk")},
    {"watch", QT_TRANSLATE_NOOP("Csm::Portfolio", "Watch")},
    {"good", QT_TRANSLATE_NOOP("Csm::Portfolio", "Good")},
}};

int clampScore(double value)
{
    return int(std::lround(std::clamp(value, 0.0, 100.0)));
}

HealthPart schedulePart(const CustomerFacts &facts)
{
    HealthPart part{HealthPartKind::Schedule, false, 0, 0, 0, {}};
    if (facts.file.tasks.isEmpty()) {
        part.explanation = PortfolioText::tr("No implementation plan yet");
        return part;
    }
    part.hasData = true;
    int due = 0;
    int done = 0;
    for (const PlanTask &task : facts.file.tasks) {
        if (task.finish.isValid() && task.finish < facts.today) {
            ++due;
            done += task.isDone() ? 1 : 0;
        }
    }
    int missed = 0;
    for (const PhaseGate &gate : facts.file.gates)
        missed += gate.isMissed(facts.today) ? 1 : 0;
    const double base = due == 0 ? 100.0 : 100.0 * done / due;
    part.score = clampScore(base - 15.0 * missed);
    QString text = due == 0 ? PortfolioText::tr("Nothing due yet")
                            : PortfolioText::tr("%1 of %2 due by now are done")
                                  .arg(done)
                                  .arg(counted(due, QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 task"),
                                               QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 tasks")));
    if (missed > 0)
        text = PortfolioText::tr("%1; %2 missed")
                   .arg(text, counted(missed, QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 gate"),
                                      QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 gates")));
    part.explanation = text;
    return part;
}

HealthPart adoptionPart(const CustomerFacts &facts, const PortfolioSettings &settings)
{
    HealthPart part{HealthPartKind::Adoption, false, 0, 0, 0, {}};
    const AdoptionMetrics &m = facts.adoption;
    if (!m.hasData) {
        part.explanation = facts.isLive() ? PortfolioText::tr("Live, but no usage data imported")
                                          : PortfolioText::tr("Not live yet");
        return part;
    }
    part.hasData = true;
    const double target = settings.adoptionTarget > 0 ? settings.adoptionTarget : 1.0;
    double score = 100.0 * std::min(1.0, m.adoptionRate / target);
    const bool lowLogin = std::any_of(m.flags.cbegin(), m.flags.cend(), [](const AdoptionFlag &f) {
        return f.kind == AdoptionFlag::Kind::LowLoginRate;
    });
    if (lowLogin)
        score -= 20;
    part.score = clampScore(score);
    part.explanation =
        lowLogin ? PortfolioText::tr("Adoption %1 of seats (target %2), login rate %3 (red flag "
                                     "under %4)")
                       .arg(percent(m.adoptionRate), percent(settings.adoptionTarget),
                            percent(m.loginRate), percent(settings.loginRateFlag))
                 : PortfolioText::tr("Adoption %1 of seats (target %2)")
                       .arg(percent(m.adoptionRate), percent(settings.adoptionTarget));
    return part;
}

HealthPart goalsPart(const CustomerFacts &facts)
{
    HealthPart part{HealthPartKind::Goals, false, 0, 0, 0, {}};
    std::array<int, 5> byStatus{};
    for (const Objective &objective : facts.file.objectives)
        ++byStatus.at(
            size_t(objectiveProgress(objective, facts.file.measurements, facts.today).status));
    const int achieved = byStatus[size_t(ObjectiveStatus::Achieved)];
    const int onTrack = byStatus[size_t(ObjectiveStatus::OnTrack)];
    const int atRisk = byStatus[size_t(ObjectiveStatus::AtRisk)];
    const int missed = byStatus[size_t(ObjectiveStatus::Missed)];
    const int counted = achieved + onTrack + atRisk + missed;
    if (counted == 0) {
        part.explanation = facts.file.objectives.isEmpty()
                               ? PortfolioText::tr("No objectives in the success plan")
                               : PortfolioText::tr("No measurements of the objectives yet");
        return part;
    }
    part.hasData = true;
    part.score = clampScore(100.0 * (achieved + onTrack + 0.5 * atRisk) / counted);
    part.explanation = PortfolioText::tr("%1 achieved, %2 on track, %3 at risk, %4 missed")
                           .arg(achieved)
                           .arg(onTrack)
                           .arg(atRisk)
                           .arg(missed);
    return part;
}

HealthPart relationshipPart(const CustomerFacts &facts)
{
    HealthPart part{HealthPartKind::Relationship, true, 0, 0, 0, {}};
    const RelationshipTriangle t = relationshipTriangle(facts.file.stakeholders);
    const int sponsors = std::min(int(t.executiveSponsors.size()), triangleSponsorsWanted);
    const int primary = std::min(int(t.primaryContacts.size()), trianglePrimaryContactsWanted);
    const int power = std::min(int(t.powerUsers.size()), trianglePowerUsersWanted);
    double score = 40.0 * sponsors + 15.0 * primary + 10.0 * power;
    const bool skepticSponsor =
        std::any_of(t.executiveSponsors.cbegin(), t.executiveSponsors.cend(),
                    [](const Stakeholder &s) { return s.sentiment == Sentiment::Skeptic; });
    if (skepticSponsor)
        score -= 20;
    part.score = clampScore(score);
    QString text =
        PortfolioText::tr("Sponsor %1 of 1, primary contacts %2 of 2, power users %3 of 3")
            .arg(int(t.executiveSponsors.size()))
            .arg(int(t.primaryContacts.size()))
            .arg(int(t.powerUsers.size()));
    if (skepticSponsor)
        text = PortfolioText::tr("%1; the sponsor is a skeptic").arg(text);
    part.explanation = text;
    return part;
}

HealthPart engagementPart(const CustomerFacts &facts, const PortfolioSettings &settings)
{
    HealthPart part{HealthPartKind::Engagement, false, 0, 0, 0, {}};
    QDate last;
    QString who;
    for (const Stakeholder &s : facts.file.stakeholders) {
        if (s.side != Side::Customer || !s.lastContact.isValid() || s.lastContact > facts.today)
            continue;
        if (!last.isValid() || s.lastContact > last) {
            last = s.lastContact;
            who = s.name;
        }
    }
    if (facts.kickoffHeld() && (!last.isValid() || facts.customer().kickoffDate > last)) {
        last = facts.customer().kickoffDate;
        who.clear();
    }
    if (!last.isValid()) {
        part.explanation = PortfolioText::tr("No contact with the customer recorded");
        return part;
    }
    part.hasData = true;
    const int ago = int(last.daysTo(facts.today));
    const int fresh = std::max(1, settings.silentStallDays);
    const int gone = 4 * fresh;
    if (ago <= fresh)
        part.score = 100;
    else
        part.score = clampScore(100.0 * (gone - ago) / (gone - fresh));
    part.explanation = who.isEmpty()
                           ? PortfolioText::tr("Last contact %1 ago, at the kickoff").arg(days(ago))
                           : PortfolioText::tr("Last contact %1 ago, with %2").arg(days(ago), who);
    if (ago == 0)
        part.explanation = who.isEmpty() ? PortfolioText::tr("Kickoff today")
                                         : PortfolioText::tr("Contact today, with %1").arg(who);
    return part;
}

} // namespace

QString healthPartKey(HealthPartKind kind)
{
    return QString::fromLatin1(partEntries.at(size_t(kind)).key);
}

QString healthPartName(HealthPartKind kind)
{
    return QCoreApplication::translate("Csm::Portfolio", partEntries.at(size_t(kind)).name);
}

QString healthBandKey(HealthBand band)
{
    return QString::fromLatin1(bandEntries.at(size_t(band)).key);
}

QString healthBandName(HealthBand band)
{
    return QCoreApplication::translate("Csm::Portfolio", bandEntries.at(size_t(band)).name);
}

HealthBand healthBand(int score, const PortfolioSettings &settings)
{
    if (score >= settings.healthGoodFrom)
        return HealthBand::Good;
    if (score >= settings.healthWatchFrom)
        return HealthBand::Watch;
    return HealthBand::AtRisk;
}

void combineHealth(CustomerHealth &health, const PortfolioSettings &settings)
{
    const std::array<int, healthPartCount> weights{
        settings.weightSchedule, settings.weightAdoption, settings.weightGoals,
        settings.weightRelationship, settings.weightEngagement};
    int total = 0;
    for (HealthPart &part : health.parts) {
        part.weight = std::max(0, weights.at(size_t(part.kind)));
        if (part.hasData)
            total += part.weight;
    }
    double sum = 0;
    for (HealthPart &part : health.parts) {
        part.share = part.hasData && total > 0 ? double(part.weight) / total : 0.0;
        sum += part.share * part.score;
    }
    if (total == 0) {
        health.score.reset();
        health.band = HealthBand::Watch;
        return;
    }
    health.score = clampScore(sum);
    health.band = healthBand(*health.score, settings);
}

CustomerHealth customerHealth(const CustomerFacts &facts, const PortfolioSettings &settings)
{
    CustomerHealth health;
    health.parts = {schedulePart(facts), adoptionPart(facts, settings), goalsPart(facts),
                    relationshipPart(facts), engagementPart(facts, settings)};
    combineHealth(health, settings);
    return health;
}

CustomerHealth customerHealth(const Workspace &workspace, const CustomerId &customer,
                              const PortfolioSettings &settings, const QDate &today)
{
    return customerHealth(gatherFacts(workspace, customer, settings, today), settings);
}

} // namespace Csm
