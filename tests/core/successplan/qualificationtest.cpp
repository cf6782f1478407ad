#include "coretestprinting.h"

#include "successplan/qualification.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

enum class Sponsor { None, Named, Unnamed, VendorSide };

QList<Stakeholder> stakeholders(Sponsor sponsor)
{
    QList<Stakeholder> people;
    Stakeholder champion;
    champion.id = StakeholderId::create();
    champion.name = QStringLiteral("Tom Champion");
    champion.role = StakeholderRole::Champion;
    people.append(champion);
    if (sponsor == Sponsor::None)
        return people;
    Stakeholder s;
    s.id = StakeholderId::create();
    s.name = sponsor == Sponsor::Unnamed ? QStringLiteral("  ") : QStringLiteral("Eva Sponsor");
    s.side = sponsor == Sponsor::VendorSide ? Side::Vendor : Side::Customer;
    s.role = StakeholderRole::ExecutiveSponsor;
    people.append(s);
    return people;
}

std::string stateName(QualificationState state)
{
    switch (state) {
    case QualificationState::Met:
        return "met";
    case QualificationState::NotMet:
        return "not met";
    case QualificationState::NotYetKnown:
        break;
    }
    return "not yet known";
}

} // namespace

TEST_CASE("Qualification items and the status shown, case by case")
{
    using A = Answer;
    using Q = QualificationState;
    struct Case
    {
        const char *name;
        Answer decisionMaker;
        Answer resources;
        const char *role;
        qint64 hours;
        Sponsor sponsor;
        Phase phase;
        Status stored;
        const char *storedReason;
        Q decisionMakerState;
        Q resourcesState;
        Q sponsorState;
        Status shown;
        const char *shownReason;
    };
    const QList<Case> cases{
        {"nothing known yet", A::Unknown, A::Unknown, "", 0, Sponsor::None, Phase::Transition,
         Status::OnTrack, "", Q::NotYetKnown, Q::NotYetKnown, Q::NotYetKnown, Status::OnTrack, ""},
        {"everything met", A::Yes, A::Yes, "IT admin", 5, Sponsor::Named, Phase::Kickoff,
         Status::OnTrack, "", Q::Met, Q::Met, Q::Met, Status::OnTrack, ""},
        {"no decision maker", A::No, A::Yes, "IT admin", 5, Sponsor::Named, Phase::Kickoff,
         Status::OnTrack, "", Q::NotMet, Q::Met, Q::Met, Status::AtRisk,
         "Qualification: no decision maker available"},
        {"no decision maker and no resources", A::No, A::No, "", 0, Sponsor::Named, Phase::Kickoff,
         Status::OnTrack, "", Q::NotMet, Q::NotMet, Q::Met, Status::AtRisk,
         "Qualification: no decision maker available; no customer resources committed"},
        {"resources committed without hours", A::Yes, A::Yes, "IT admin", 0, Sponsor::Named,
         Phase::Kickoff, Status::OnTrack, "", Q::Met, Q::NotMet, Q::Met, Status::AtRisk,
         "Qualification: customer resources committed without hours per week"},
        {"resources committed without a role", A::Yes, A::Yes, " ", 5, Sponsor::Named,
         Phase::Kickoff, Status::OnTrack, "", Q::Met, Q::NotMet, Q::Met, Status::AtRisk,
         "Qualification: customer resources committed without a role"},
        {"resources committed without role or hours", A::Unknown, A::Yes, "", 0, Sponsor::Named,
         Phase::Kickoff, Status::OnTrack, "", Q::NotYetKnown, Q::NotMet, Q::Met, Status::AtRisk,
         "Qualification: customer resources committed without a role or hours per week"},
        {"role and hours without the answer are not yet known", A::Yes, A::Unknown, "IT admin", 5,
         Sponsor::Named, Phase::Kickoff, Status::OnTrack, "", Q::Met, Q::NotYetKnown, Q::Met,
         Status::OnTrack, ""},
        {"no sponsor during the transition is not yet known", A::Yes, A::Yes, "IT admin", 5,
         Sponsor::None, Phase::Transition, Status::OnTrack, "", Q::Met, Q::Met, Q::NotYetKnown,
         Status::OnTrack, ""},
        {"no sponsor from the kickoff on", A::Yes, A::Yes, "IT admin", 5, Sponsor::None,
         Phase::Kickoff, Status::OnTrack, "", Q::Met, Q::Met, Q::NotMet, Status::AtRisk,
         "Qualification: no executive sponsor named"},
        {"a sponsor without a name does not count", A::Yes, A::Yes, "IT admin", 5, Sponsor::Unnamed,
         Phase::Adoption, Status::OnTrack, "", Q::Met, Q::Met, Q::NotMet, Status::AtRisk,
         "Qualification: no executive sponsor named"},
        {"a sponsor on our side does not count", A::Yes, A::Yes, "IT admin", 5, Sponsor::VendorSide,
         Phase::Graduated, Status::OnTrack, "", Q::Met, Q::Met, Q::NotMet, Status::AtRisk,
         "Qualification: no executive sponsor named"},
        {"all three unmet", A::No, A::No, "", 0, Sponsor::None, Phase::Implementation,
         Status::OnTrack, "", Q::NotMet, Q::NotMet, Q::NotMet, Status::AtRisk,
         "Qualification: no decision maker available; no customer resources committed; no "
         "executive sponsor named"},
        {"stored at risk: the stored reason follows", A::No, A::Yes, "IT admin", 5, Sponsor::Named,
         Phase::Kickoff, Status::AtRisk, "Hostile IT", Q::NotMet, Q::Met, Q::Met, Status::AtRisk,
         "Qualification: no decision maker available\nHostile IT"},
        {"stored stalled is kept, the qualification follows", A::No, A::Yes, "IT admin", 5,
         Sponsor::Named, Phase::Kickoff, Status::Stalled, "No reply for three weeks", Q::NotMet,
         Q::Met, Q::Met, Status::Stalled,
         "No reply for three weeks\nQualification: no decision maker available"},
        {"stored paused without a reason is kept", A::Yes, A::No, "", 0, Sponsor::Named,
         Phase::Kickoff, Status::Paused, "", Q::Met, Q::NotMet, Q::Met, Status::Paused,
         "Qualification: no customer resources committed"},
        {"stored at risk with everything met stays as stored", A::Yes, A::Yes, "IT admin", 5,
         Sponsor::Named, Phase::Kickoff, Status::AtRisk, "Hostile IT", Q::Met, Q::Met, Q::Met,
         Status::AtRisk, "Hostile IT"},
        {"stored stalled with nothing unmet stays as stored", A::Unknown, A::Unknown, "", 0,
         Sponsor::None, Phase::Transition, Status::Stalled, "Silent", Q::NotYetKnown,
         Q::NotYetKnown, Q::NotYetKnown, Status::Stalled, "Silent"},
    };

    for (const Case &c : cases) {
        INFO(c.name);
        Customer customer;
        customer.decisionMakerAvailable = c.decisionMaker;
        customer.resourcesCommitted = c.resources;
        customer.resourcesRole = QString::fromUtf8(c.role);
        customer.resourcesHoursPerWeek = c.hours;
        customer.phase = c.phase;
        customer.status = c.stored;
        customer.statusReason = QString::fromUtf8(c.storedReason);
        const QList<Stakeholder> people = stakeholders(c.sponsor);

        const QList<QualificationItem> items = assessQualification(customer, people);
        REQUIRE(items.size() == 3);
        CHECK(items[0].check == QualificationCheck::DecisionMakerAvailable);
        CHECK(items[1].check == QualificationCheck::ResourcesCommitted);
        CHECK(items[2].check == QualificationCheck::ExecutiveSponsorNamed);
        CHECK(stateName(items[0].state) == stateName(c.decisionMakerState));
        CHECK(stateName(items[1].state) == stateName(c.resourcesState));
        CHECK(stateName(items[2].state) == stateName(c.sponsorState));
        for (const QualificationItem &item : items) {
            CHECK_FALSE(item.label.isEmpty());
            CHECK(item.unmetReason.isEmpty() == (item.state != QualificationState::NotMet));
        }

        const EffectiveStatus shown = effectiveStatus(customer, people);
        CHECK(enumKey(shown.status) == enumKey(c.shown));
        CHECK(shown.reason == QString::fromUtf8(c.shownReason));
        const bool anyUnmet = std::any_of(items.cbegin(), items.cend(), [](const auto &item) {
            return item.state == QualificationState::NotMet;
        });
        CHECK(shown.qualificationUnmet == anyUnmet);
    }
}

TEST_CASE("Qualification states have names")
{
    CHECK(qualificationStateName(QualificationState::Met) == QLatin1String("Met"));
    CHECK(qualificationStateName(QualificationState::NotMet) == QLatin1String("Not met"));
    CHECK(qualificationStateName(QualificationState::NotYetKnown) ==
          QLatin1String("Not yet known"));
}
