#include "reportfixture.h"

#include "report/reportcontent.h"

#include <catch2/catch.hpp>

using namespace Csm;
using namespace Csm::Test;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);

ReportContent acmeReport(TempWorkspace &ws, const CustomerId &id, ReportKind kind,
                         const ReportOptions &options = {})
{
    ReportOptions withLocale = options;
    withLocale.locale = english;
    return buildReport(*ws, id, kind, withLocale, ReportFixture::asOf());
}

} // namespace

TEST_CASE("Report kinds have stable keys and titles")
{
    CHECK(reportKindKey(ReportKind::ValueReview) == QLatin1String("value-review"));
    CHECK(reportKindKey(ReportKind::Ebr) == QLatin1String("ebr"));
    CHECK(reportKindKey(ReportKind::Graduation) == QLatin1String("graduation"));
    CHECK(reportKindFromKey(u"ebr") == ReportKind::Ebr);
    CHECK(reportKindFromKey(u"graduation") == ReportKind::Graduation);
    CHECK_FALSE(reportKindFromKey(u"qbr").has_value());
    CHECK(reportKindTitle(ReportKind::Ebr) == QLatin1String("Executive business review"));
}

TEST_CASE("The median of a portfolio takes the middle value or the mean of the two middle ones")
{
    CHECK(medianOf({}) == 0);
    CHECK(medianOf({7}) == 7);
    CHECK(medianOf({40, 10, 20}) == 20);
    CHECK(medianOf({40, 10, 24, 20}) == 22);
}

TEST_CASE("A report holds the cover, goals, first value, adoption and next quarter")
{
    TempWorkspace ws;
    const OnboardingFile acme = ReportFixture::acme();
    REQUIRE(ws->insertOnboardingFile(acme));
    const ReportContent report = acmeReport(ws, acme.customer.id, ReportKind::Ebr);

    CHECK(report.title == QLatin1String("Executive business review"));
    CHECK(report.customerName == QLatin1String("Acme Freight"));
    CHECK(report.preparedBy == QLatin1String("Casey Morgan"));
    // Value delivered and expansion have no data yet, so they are left out.
    CHECK(report.sectionKeys() == QStringList{QStringLiteral("cover"), QStringLiteral("goals"),
                                              QStringLiteral("first-value"),
                                              QStringLiteral("adoption"),
                                              QStringLiteral("next-quarter")});

    SECTION("the cover names the customer, the meeting, the CSM and the executive sponsor")
    {
        const ReportSection *cover = report.section(QStringLiteral("cover"));
        REQUIRE(cover);
        REQUIRE(cover->tables().size() == 1);
        const QList<QStringList> rows = cover->tables().first().rows;
        CHECK(
            rows.contains(QStringList{QStringLiteral("Customer"), QStringLiteral("Acme Freight")}));
        CHECK(rows.contains(
            QStringList{QStringLiteral("Meeting"), QStringLiteral("Executive business review")}));
        CHECK(rows.contains(QStringList{
            QStringLiteral("Date"), english.toString(ReportFixture::asOf(), QLocale::LongFormat)}));
        CHECK(rows.contains(QStringList{QStringLiteral("Customer success manager"),
                                        QStringLiteral("Casey Morgan")}));
        CHECK(rows.contains(
            QStringList{QStringLiteral("Executive sponsor"), QStringLiteral("Dana Lee, COO")}));
    }

    SECTION("goals: baseline, target, actual, status and trend, a sentence and a chart each")
    {
        const ReportSection *goals = report.section(QStringLiteral("goals"));
        REQUIRE(goals);
        REQUIRE(goals->tables().size() == 1);
        const ReportTable table = goals->tables().first();
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows.at(0) ==
              QStringList{QStringLiteral("reports shared per week"), QStringLiteral("5 reports"),
                          QStringLiteral("10 reports"), QStringLiteral("7.5 reports"),
                          QStringLiteral("On track"), QStringLiteral("Improving")});
        CHECK(table.rows.at(1) == QStringList{QStringLiteral("admin time"), QStringLiteral("8 h"),
                                              QStringLiteral("2 h"), QStringLiteral("3.25 h"),
                                              QStringLiteral("Missed"),
                                              QStringLiteral("Improving")});
        CHECK(table.isNumeric(1));
        CHECK_FALSE(table.isNumeric(0));
        const QStringList paragraphs = goals->paragraphs();
        // Weeks count from the signature: the target on day 56 is week 8, the reading on
        // day 28 comes after 4 weeks.
        CHECK(paragraphs.contains(QStringLiteral(
            "Your goal was to increase reports shared per week from 5 reports to 10 reports by "
            "week 8; you are at 7.5 reports after 4 weeks and on track.")));
        CHECK(paragraphs.contains(QStringLiteral(
            "Your goal was to reduce admin time from 8 h to 2 h by week 3; you are at 3.25 h "
            "after 2 weeks and the target date has passed.")));
        const QList<ReportChart> charts = goals->charts();
        REQUIRE(charts.size() == 2);
        CHECK(charts.at(0).points.size() == 2);
        CHECK(charts.at(0).points.at(1).value == 7.5);
        CHECK(charts.at(0).baseline == 5.0);
        CHECK(charts.at(0).target == 10.0);
    }

    SECTION("next quarter: goals with a later target date and open actions only")
    {
        const ReportSection *next = report.section(QStringLiteral("next-quarter"));
        REQUIRE(next);
        const QList<ReportTable> tables = next->tables();
        REQUIRE(tables.size() == 2);
        REQUIRE(tables.at(0).rows.size() == 1);
        CHECK(tables.at(0).rows.at(0).at(0) == QLatin1String("reports shared per week"));
        REQUIRE(tables.at(1).rows.size() == 1);
        CHECK(tables.at(1).rows.at(0).at(0).startsWith(QLatin1String("Send the rollout plan")));
    }

    SECTION("no usage data says so")
    {
        const ReportSection *adoption = report.section(QStringLiteral("adoption"));
        REQUIRE(adoption);
        CHECK(adoption->paragraphs() ==
              QStringList{
                  QStringLiteral("No product usage has been imported for this customer yet.")});
    }
}

TEST_CASE("Time to first value is compared with the portfolio's median")
{
    TempWorkspace ws;
    const OnboardingFile acme = ReportFixture::acme();
    REQUIRE(ws->insertOnboardingFile(acme));
    REQUIRE(ws->insertOnboardingFile(ReportFixture::other(QStringLiteral("Bolt"), 10)));
    REQUIRE(ws->insertOnboardingFile(ReportFixture::other(QStringLiteral("Crane"), 20)));
    REQUIRE(ws->insertOnboardingFile(ReportFixture::other(QStringLiteral("Delta"), 40)));
    REQUIRE(ws->insertOnboardingFile(ReportFixture::other(QStringLiteral("Not yet"), -1)));

    const ReportContent report = acmeReport(ws, acme.customer.id, ReportKind::ValueReview);
    const ReportSection *ttfv = report.section(QStringLiteral("first-value"));
    REQUIRE(ttfv);
    CHECK(ttfv->paragraphs().first().contains(QLatin1String("24 days after signature")));
    REQUIRE(ttfv->tables().size() == 1);
    const QList<QStringList> rows = ttfv->tables().first().rows;
    // 10, 20, 24 and 40 days: the median is 22; the customer without first value is left out.
    CHECK(rows.contains(QStringList{QStringLiteral("Portfolio median (4 customers)"), QString(),
                                    QStringLiteral("22")}));
    CHECK(rows.contains(
        QStringList{QStringLiteral("First value reached"),
                    english.toString(acme.customer.firstValueDate, QLocale::ShortFormat),
                    QStringLiteral("24")}));
    CHECK(rows.contains(QStringList{QStringLiteral("Target for the tier (High-touch enterprise)"),
                                    QString(), QStringLiteral("30")}));
}

TEST_CASE("Sections can be switched off and carry the CSM's commentary")
{
    TempWorkspace ws;
    const OnboardingFile acme = ReportFixture::acme();
    REQUIRE(ws->insertOnboardingFile(acme));
    ReportOptions options;
    options.sections = QSet<QString>{QStringLiteral("cover"), QStringLiteral("goals")};
    options.commentary.insert(QStringLiteral("goals"), QStringLiteral("  Strong month.  "));
    options.commentary.insert(QStringLiteral("adoption"), QStringLiteral("Not shown"));
    const ReportContent report = acmeReport(ws, acme.customer.id, ReportKind::ValueReview, options);
    CHECK(report.sectionKeys() == QStringList{QStringLiteral("cover"), QStringLiteral("goals")});
    CHECK(report.section(QStringLiteral("goals"))->commentary == QLatin1String("Strong month."));
    CHECK(report.section(QStringLiteral("cover"))->commentary.isEmpty());
}

TEST_CASE("A customer without plan or usage still gets every section with a plain statement")
{
    TempWorkspace ws;
    OnboardingFile empty = ReportFixture::other(QStringLiteral("Empty Ltd"), -1);
    empty.customer.signatureDate = QDate();
    REQUIRE(ws->insertOnboardingFile(empty));
    const ReportContent report = acmeReport(ws, empty.customer.id, ReportKind::Graduation);
    CHECK(report.sectionKeys() == QStringList{QStringLiteral("cover"), QStringLiteral("goals"),
                                              QStringLiteral("first-value"),
                                              QStringLiteral("adoption"),
                                              QStringLiteral("next-quarter")});
    CHECK(report.section(QStringLiteral("goals"))
              ->paragraphs()
              .first()
              .startsWith(QLatin1String("No measurable objectives")));
    CHECK(report.section(QStringLiteral("first-value"))->tables().isEmpty());
    const QList<QStringList> cover = report.section(QStringLiteral("cover"))->tables().first().rows;
    CHECK(cover.contains(
        QStringList{QStringLiteral("Executive sponsor"), QStringLiteral("Not named")}));
}

TEST_CASE("The goal sentence without a start date or a reading")
{
    GoalSentenceInput input;
    input.metric = QStringLiteral("tickets per day");
    input.baseline = 40;
    input.target = 40;
    input.targetDate = QDate(2026, 6, 30);
    input.statusKey = QStringLiteral("no_data");
    CHECK(goalSentence(input, english) ==
          QStringLiteral("Your goal was to keep tickets per day at 40 by %1; there is no "
                         "measurement yet.")
              .arg(english.toString(input.targetDate, QLocale::LongFormat)));
    input.actual = 40;
    input.statusKey = QStringLiteral("achieved");
    CHECK(goalSentence(input, english) ==
          QStringLiteral("Your goal was to keep tickets per day at 40 by %1; you are at 40 and "
                         "have reached it.")
              .arg(english.toString(input.targetDate, QLocale::LongFormat)));
}

TEST_CASE("Value delivered and expansion appear once the customer has value items and whitespace")
{
    TempWorkspace ws;
    OnboardingFile acme = ReportFixture::acme();
    ValueItem value;
    value.id = ValueItemId::create();
    value.customerId = acme.customer.id;
    value.description = QStringLiteral("Fewer manual reports");
    value.hoursSavedPerMonth = 10;
    value.hourlyRate = 50;
    value.meta = acme.customer.meta;
    acme.valueItems.append(value);
    WhitespaceOpportunity opportunity;
    opportunity.id = OpportunityId::create();
    opportunity.customerId = acme.customer.id;
    opportunity.name = QStringLiteral("Nordics");
    opportunity.potentialArr = 20000;
    opportunity.advocates = QStringLiteral("Dana Lee");
    opportunity.skeptics = QStringLiteral("Finance");
    opportunity.meta = acme.customer.meta;
    acme.opportunities.append(opportunity);
    REQUIRE(ws->insertOnboardingFile(acme));

    const ReportContent report = acmeReport(ws, acme.customer.id, ReportKind::Ebr);
    CHECK(report.sectionKeys().contains(QStringLiteral("value-delivered")));
    CHECK(report.sectionKeys().contains(QStringLiteral("expansion")));
    const ReportTable valueTable =
        report.section(QStringLiteral("value-delivered"))->tables().first();
    REQUIRE(valueTable.rows.size() == 1);
    // 10 hours a month at 50 an hour: 6,000 a year.
    CHECK(valueTable.rows.first().at(2) == QLatin1String("6,000 EUR"));
    const ReportTable whitespace = report.section(QStringLiteral("expansion"))->tables().first();
    REQUIRE(whitespace.rows.size() == 1);
    CHECK(whitespace.rows.first().at(0) == QLatin1String("Nordics"));
    CHECK(whitespace.rows.first().at(4) == QLatin1String("Dana Lee"));
    CHECK(whitespace.rows.first().at(5) == QLatin1String("Finance"));
}
