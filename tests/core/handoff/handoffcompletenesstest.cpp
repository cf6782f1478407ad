#include "coretestprinting.h"
#include "testsupport.h"

#include "handoff/handoffcompleteness.h"
#include "sample/sampleportfolio.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Csm;

namespace {

const RecordMeta meta{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC), QStringLiteral("Sam"),
                      QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC), QStringLiteral("Sam")};

Stakeholder person(const Customer &customer, StakeholderRole role, Side side = Side::Customer)
{
    Stakeholder s;
    s.id = StakeholderId::create();
    s.customerId = customer.id;
    s.name = QStringLiteral("Person ") + enumKey(role);
    s.side = side;
    s.role = role;
    return s;
}

// A full file with the whole customer team named.
OnboardingFile completeFile()
{
    OnboardingFile file = Test::fullOnboardingFile(meta);
    file.stakeholders.append(person(file.customer, StakeholderRole::Champion));
    file.stakeholders.append(person(file.customer, StakeholderRole::DecisionMaker));
    file.stakeholders.append(person(file.customer, StakeholderRole::AdminOwner));
    return file;
}

} // namespace

TEST_CASE("A fully filled handoff is 100 %")
{
    const OnboardingFile file = completeFile();
    const HandoffCompleteness result = assessHandoff(file.customer, file.stakeholders);
    CHECK(result.items.size() == 13);
    CHECK(result.doneCount() == result.items.size());
    CHECK(result.percent() == 100);
    CHECK(result.missing().isEmpty());
}

TEST_CASE("The sample's Quantum Freight handoff is incomplete")
{
    const QList<OnboardingFile> files = samplePortfolio(QDate(2026, 3, 2), meta);
    const auto quantum = std::find_if(files.cbegin(), files.cend(), [](const OnboardingFile &f) {
        return f.customer.accountName == QLatin1String("Quantum Freight");
    });
    REQUIRE(quantum != files.cend());
    const HandoffCompleteness result = assessHandoff(quantum->customer, quantum->stakeholders);
    CHECK(result.percent() < 50);
    const QStringList missing = result.missing();
    INFO(missing.join(QLatin1String(", ")).toStdString());
    CHECK(missing.contains(QLatin1String("Success metrics")));
    CHECK(missing.contains(QLatin1String("Decision maker named")));
    CHECK(missing.contains(QLatin1String("Handoff meeting held")));
    CHECK(missing.contains(QLatin1String("Introduction e-mail sent")));
    CHECK_FALSE(missing.contains(QLatin1String("Primary use case")));
    CHECK_FALSE(missing.contains(QLatin1String("Champion named")));
    CHECK(result.doneCount() + missing.size() == result.items.size());
}

TEST_CASE("Each missing handoff item lowers the score and is named")
{
    const OnboardingFile complete = completeFile();
    struct Case
    {
        const char *label;
        std::function<void(OnboardingFile &)> remove;
    };
    const QList<Case> cases{
        {"Primary use case",
         [](OnboardingFile &f) { f.customer.primaryUseCase = QStringLiteral("  \n"); }},
        {"Success metrics", [](OnboardingFile &f) { f.customer.successMetrics.clear(); }},
        {"Pain points", [](OnboardingFile &f) { f.customer.painPoints.clear(); }},
        {"Why they chose us", [](OnboardingFile &f) { f.customer.reasonForChoice.clear(); }},
        {"Red flags", [](OnboardingFile &f) { f.customer.redFlags.clear(); }},
        {"Preferred channel", [](OnboardingFile &f) { f.customer.communicationChannel.clear(); }},
        {"Promises made during the sale",
         [](OnboardingFile &f) { f.customer.promisesMade.clear(); }},
        {"CSM owner assigned", [](OnboardingFile &f) { f.customer.csmOwner.clear(); }},
        {"Handoff meeting held",
         [](OnboardingFile &f) { f.customer.handoffMeetingDate = QDate(); }},
        {"Introduction e-mail sent",
         [](OnboardingFile &f) { f.customer.introEmailSentDate = QDate(); }},
        {"Champion named",
         [](OnboardingFile &f) {
             // A nameless champion or one of our own people does not count.
             for (Stakeholder &s : f.stakeholders) {
                 if (s.role == StakeholderRole::Champion)
                     s.name = QStringLiteral(" ");
             }
             f.stakeholders.append(person(f.customer, StakeholderRole::Champion, Side::Vendor));
         }},
        {"Decision maker named",
         [](OnboardingFile &f) {
             // The executive sponsor owns the budget and counts as decision maker too.
             f.stakeholders.removeIf([](const Stakeholder &s) {
                 return s.role == StakeholderRole::DecisionMaker ||
                        s.role == StakeholderRole::ExecutiveSponsor;
             });
         }},
        {"Day-to-day admin named",
         [](OnboardingFile &f) {
             f.stakeholders.removeIf(
                 [](const Stakeholder &s) { return s.role == StakeholderRole::AdminOwner; });
         }},
    };
    for (const Case &c : cases) {
        INFO(c.label);
        OnboardingFile file = complete;
        c.remove(file);
        const HandoffCompleteness result = assessHandoff(file.customer, file.stakeholders);
        CHECK(result.missing() == QStringList{QString::fromUtf8(c.label)});
        CHECK(result.percent() == 12 * 100 / 13);
    }
}

TEST_CASE("An executive sponsor counts as the decision maker")
{
    OnboardingFile file = completeFile();
    file.stakeholders.removeIf(
        [](const Stakeholder &s) { return s.role == StakeholderRole::DecisionMaker; });
    REQUIRE(
        std::any_of(file.stakeholders.cbegin(), file.stakeholders.cend(), [](const Stakeholder &s) {
            return s.role == StakeholderRole::ExecutiveSponsor;
        }));
    CHECK(assessHandoff(file.customer, file.stakeholders).percent() == 100);

    // One on our own side does not.
    for (Stakeholder &s : file.stakeholders) {
        if (s.role == StakeholderRole::ExecutiveSponsor)
            s.side = Side::Vendor;
    }
    CHECK(assessHandoff(file.customer, file.stakeholders).missing() ==
          QStringList{QStringLiteral("Decision maker named")});
}

TEST_CASE("A project lead counts as the day-to-day admin")
{
    OnboardingFile file = completeFile();
    for (Stakeholder &s : file.stakeholders) {
        if (s.role == StakeholderRole::AdminOwner)
            s.role = StakeholderRole::ProjectLead;
    }
    CHECK(assessHandoff(file.customer, file.stakeholders).percent() == 100);
}

TEST_CASE("An empty customer has nothing done")
{
    Customer empty;
    const HandoffCompleteness result = assessHandoff(empty, {});
    CHECK(result.doneCount() == 0);
    CHECK(result.percent() == 0);
    CHECK(result.missing().size() == result.items.size());
}
