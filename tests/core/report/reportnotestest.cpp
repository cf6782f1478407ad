#include "reportfixture.h"

#include "report/reportcontent.h"
#include "report/reportnotes.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Csm;
using namespace Csm::Test;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);

void push(TempWorkspace &ws, QUndoCommand *command)
{
    REQUIRE(command);
    ws->undoStack()->push(command);
}

ReportContent savedReport(TempWorkspace &ws, const CustomerId &id, ReportKind kind)
{
    return buildReport(*ws, id, kind, savedReportOptions(*ws, id, kind, english),
                       ReportFixture::asOf());
}

} // namespace

TEST_CASE("Sections left out and commentary are kept with the customer and undoable")
{
    TempWorkspace ws;
    const OnboardingFile acme = ReportFixture::acme();
    REQUIRE(ws->insertOnboardingFile(acme));
    const CustomerId id = acme.customer.id;
    const QString goals = QStringLiteral("goals");

    // Untouched: every section the kind offers, no commentary.
    const ReportOptions fresh = savedReportOptions(*ws, id, ReportKind::Ebr);
    REQUIRE(fresh.sections);
    CHECK(fresh.sections->size() == reportSectionKeys(ReportKind::Ebr).size());
    CHECK(fresh.commentary.isEmpty());
    CHECK(makeSetReportSectionIncluded(ws.get(), id, ReportKind::Ebr, goals, true) == nullptr);
    CHECK(makeSetReportCommentary(ws.get(), id, ReportKind::Ebr, goals, QString()) == nullptr);

    push(ws, makeSetReportSectionIncluded(ws.get(), id, ReportKind::Ebr, goals, false));
    CHECK(ws->undoStack()->undoText() ==
          QLatin1String("Leave Goals and progress out of the report"));
    CHECK_FALSE(savedReport(ws, id, ReportKind::Ebr).section(goals));
    // Notes belong to one kind of report: the value review still has its goals.
    CHECK(savedReport(ws, id, ReportKind::ValueReview).section(goals));

    push(ws, makeSetReportCommentary(ws.get(), id, ReportKind::Ebr, QStringLiteral("adoption"),
                                     QStringLiteral("Second wave starts in May.")));
    CHECK(savedReport(ws, id, ReportKind::Ebr).section(QStringLiteral("adoption"))->commentary ==
          QLatin1String("Second wave starts in May."));
    CHECK(ws->records<ReportNote>(id).size() == 2);

    ws->undoStack()->undo();
    CHECK(savedReport(ws, id, ReportKind::Ebr)
              .section(QStringLiteral("adoption"))
              ->commentary.isEmpty());
    ws->undoStack()->undo();
    CHECK(savedReport(ws, id, ReportKind::Ebr).section(goals));
    CHECK(ws->records<ReportNote>(id).isEmpty());
}

TEST_CASE("The cover stays in the report even when a note leaves it out")
{
    TempWorkspace ws;
    const OnboardingFile acme = ReportFixture::acme();
    REQUIRE(ws->insertOnboardingFile(acme));
    push(ws, makeSetReportSectionIncluded(ws.get(), acme.customer.id, ReportKind::ValueReview,
                                          QStringLiteral("cover"), false));
    CHECK(savedReport(ws, acme.customer.id, ReportKind::ValueReview)
              .sectionKeys()
              .startsWith(QStringLiteral("cover")));
}

TEST_CASE("The graduation summary reports the survey and the hand-over once they exist")
{
    TempWorkspace ws;
    OnboardingFile acme = ReportFixture::acme();
    REQUIRE(ws->insertOnboardingFile(acme));
    const CustomerId id = acme.customer.id;
    const ReportOptions all{std::nullopt, {}, english};

    ReportContent report = buildReport(*ws, id, ReportKind::Graduation, all, ReportFixture::asOf());
    CHECK_FALSE(report.section(QStringLiteral("survey")));
    CHECK_FALSE(report.section(QStringLiteral("graduation-handover")));

    int i = 0;
    for (const auto &[satisfaction, nps] : {std::pair{5, 10}, {4, 9}, {4, 8}, {2, 3}}) {
        SurveyResponse r;
        r.id = SurveyResponseId::create();
        r.customerId = id;
        r.respondent = QStringLiteral("Respondent %1").arg(++i);
        r.satisfaction = satisfaction;
        r.npsScore = nps;
        r.meta = acme.customer.meta;
        REQUIRE(ws->insertRecord(r));
    }
    Customer customer = *ws->customer(id);
    customer.graduationGoalsReviewed = true;
    customer.ongoingCsm = QStringLiteral("Noor Ongoing");
    customer.ongoingCheckInCadence = QStringLiteral("Monthly");
    customer.firstQbrDate = QDate(2026, 4, 14);
    REQUIRE(ws->updateCustomer(customer));

    report = buildReport(*ws, id, ReportKind::Graduation, all, ReportFixture::asOf());
    const ReportSection *survey = report.section(QStringLiteral("survey"));
    REQUIRE(survey);
    // Satisfaction (5 + 4 + 4 + 2) / 4 = 3.75; NPS: 2 promoters, 1 detractor of 4 = 25.
    CHECK(survey->paragraphs().first() ==
          QLatin1String("4 responses: satisfaction 3.75 out of 5 (target above 4.5), onboarding "
                        "NPS 25 (target above 50)."));
    CHECK(survey->tables().at(1).rows.size() == 4);

    const ReportSection *handover = report.section(QStringLiteral("graduation-handover"));
    REQUIRE(handover);
    CHECK(handover->paragraphs().first() ==
          QLatin1String("From here Noor Ongoing looks after Acme Freight, with a first quarterly "
                        "business review on Tuesday, April 14, 2026."));
    const QList<QStringList> rows = handover->tables().first().rows;
    CHECK(rows.contains(
        QStringList{QStringLiteral("Original goals reviewed"), QStringLiteral("Done")}));
    CHECK(rows.contains(QStringList{QStringLiteral("New goals set"), QStringLiteral("Open")}));
    CHECK(
        rows.contains(QStringList{QStringLiteral("Check-in cadence"), QStringLiteral("Monthly")}));
    // The order of the sections: the survey before the next steps, the hand-over last.
    const QStringList keys = report.sectionKeys();
    CHECK(keys.indexOf(QStringLiteral("survey")) < keys.indexOf(QStringLiteral("next-quarter")));
    CHECK(keys.last() == QLatin1String("graduation-handover"));
    // The value review has neither.
    CHECK_FALSE(buildReport(*ws, id, ReportKind::ValueReview, all, ReportFixture::asOf())
                    .section(QStringLiteral("survey")));
}
