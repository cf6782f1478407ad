#include "coretestprinting.h"

#include "successplan/valuereview.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

SurveyResponse answer(qint64 satisfaction, qint64 nps)
{
    SurveyResponse r;
    r.satisfaction = satisfaction;
    r.npsScore = nps;
    return r;
}

ValueItem value(double hours, qint64 rate, qint64 revenue = 0, qint64 cost = 0)
{
    ValueItem v;
    v.hoursSavedPerMonth = hours;
    v.hourlyRate = rate;
    v.revenueImpact = revenue;
    v.costImpact = cost;
    return v;
}

WhitespaceOpportunity opportunity(WhitespaceDimension dimension, OpportunityStatus status,
                                  qint64 arr)
{
    WhitespaceOpportunity o;
    o.dimension = dimension;
    o.status = status;
    o.potentialArr = arr;
    return o;
}

} // namespace

TEST_CASE("Survey summary: average satisfaction and NPS from promoters and detractors")
{
    // Promoters 10, 9, 9; passive 8; detractors 6, 0: NPS = (3 - 2) / 6 = 16.67.
    const SurveySummary s = summariseSurvey(
        {answer(5, 10), answer(4, 9), answer(5, 9), answer(3, 8), answer(2, 6), answer(4, 0)});
    CHECK(s.responses == 6);
    CHECK(s.satisfactionAnswers == 6);
    REQUIRE(s.averageSatisfaction);
    CHECK(*s.averageSatisfaction == Approx(23.0 / 6));
    CHECK(s.npsAnswers == 6);
    CHECK(s.promoters == 3);
    CHECK(s.passives == 1);
    CHECK(s.detractors == 2);
    REQUIRE(s.nps);
    CHECK(*s.nps == Approx(100.0 / 6));
}

TEST_CASE("Survey summary: the NPS bands meet at 6 and 7, 8 and 9")
{
    CHECK(*summariseSurvey({answer(0, 6)}).nps == -100);
    CHECK(*summariseSurvey({answer(0, 7)}).nps == 0);
    CHECK(*summariseSurvey({answer(0, 8)}).nps == 0);
    CHECK(*summariseSurvey({answer(0, 9)}).nps == 100);
    CHECK(*summariseSurvey({answer(0, 10), answer(0, 10)}).nps == 100);
}

TEST_CASE("Survey summary: answers not given are left out of the figures, not counted as zero")
{
    // Satisfaction 0 and NPS -1 mean "not given"; out-of-range values are left out as well.
    const SurveySummary s =
        summariseSurvey({answer(4, -1), answer(0, 10), answer(5, 3), answer(7, 11)});
    CHECK(s.responses == 4);
    CHECK(s.satisfactionAnswers == 2);
    CHECK(*s.averageSatisfaction == Approx(4.5));
    CHECK(s.npsAnswers == 2);
    CHECK(s.promoters == 1);
    CHECK(s.detractors == 1);
    CHECK(*s.nps == 0);
}

TEST_CASE("Survey summary without answers has no average and no NPS")
{
    const SurveySummary none = summariseSurvey({});
    CHECK(none.responses == 0);
    CHECK_FALSE(none.averageSatisfaction);
    CHECK_FALSE(none.nps);
    const SurveySummary unanswered = summariseSurvey({answer(0, -1)});
    CHECK(unanswered.responses == 1);
    CHECK_FALSE(unanswered.averageSatisfaction);
    CHECK_FALSE(unanswered.nps);
}

TEST_CASE("Value delivered: hours saved valued at each item's rate, plus revenue and costs")
{
    // 12.5 h x 80 = 1000 a month; 4 h x 150 = 600 a month; 1600 a month, 19200 a year.
    const ValueTotals t =
        valueTotals({value(12.5, 80, 15000, 3000), value(4, 150), value(0, 0, 5000, 0)});
    CHECK(hoursValuePerMonth(value(12.5, 80)) == Approx(1000));
    CHECK(t.hoursSavedPerMonth == Approx(16.5));
    CHECK(t.hoursValuePerMonth == Approx(1600));
    CHECK(t.hoursValuePerYear == Approx(19200));
    CHECK(t.revenueImpact == 20000);
    CHECK(t.costImpact == 3000);
    CHECK(t.totalPerYear == Approx(19200 + 20000 + 3000));
}

TEST_CASE("Value delivered: no items is zero everywhere")
{
    const ValueTotals t = valueTotals({});
    CHECK(t.hoursValuePerMonth == 0);
    CHECK(t.totalPerYear == 0);
    // Hours without a rate count as hours, not as money.
    const ValueTotals unpriced = valueTotals({value(10, 0)});
    CHECK(unpriced.hoursSavedPerMonth == 10);
    CHECK(unpriced.totalPerYear == 0);
}

TEST_CASE("Whitespace totals: potential ARR by status and by dimension, open and won")
{
    using D = WhitespaceDimension;
    using S = OpportunityStatus;
    const WhitespaceTotals t = whitespaceTotals({
        opportunity(D::Division, S::NotStarted, 10000),
        opportunity(D::Division, S::Proposed, 20000),
        opportunity(D::Geography, S::Exploring, 30000),
        opportunity(D::UseCase, S::Won, 15000),
        opportunity(D::Geography, S::Lost, 40000),
    });
    CHECK(t.opportunities == 5);
    CHECK(t.of(S::NotStarted) == 10000);
    CHECK(t.of(S::Exploring) == 30000);
    CHECK(t.of(S::Proposed) == 20000);
    CHECK(t.of(S::Won) == 15000);
    CHECK(t.of(S::Lost) == 40000);
    CHECK(t.of(D::Division) == 30000);
    CHECK(t.of(D::Geography) == 70000);
    CHECK(t.of(D::UseCase) == 15000);
    CHECK(t.open == 60000);
    CHECK(t.won == 15000);
    CHECK(t.total == 115000);
    CHECK(isOpen(S::Exploring));
    CHECK_FALSE(isOpen(S::Lost));
}

TEST_CASE("Survey responses are checked for scores in range and dates not in the future")
{
    const QDate today(2026, 3, 2);
    auto fields = [&](const SurveyResponse &r) {
        QList<SurveyResponseField> result;
        for (const SurveyResponseProblem &p : validateSurveyResponse(r, today)) {
            CHECK_FALSE(p.message.isEmpty());
            result.append(p.field);
        }
        return result;
    };
    CHECK(fields(answer(0, -1)).isEmpty()); // not given
    CHECK(fields(answer(1, 0)).isEmpty());
    CHECK(fields(answer(5, 10)).isEmpty());
    CHECK(fields(answer(6, 5)) == QList{SurveyResponseField::Satisfaction});
    CHECK(fields(answer(-1, 5)) == QList{SurveyResponseField::Satisfaction});
    CHECK(fields(answer(3, 11)) == QList{SurveyResponseField::NpsScore});
    CHECK(fields(answer(3, -2)) == QList{SurveyResponseField::NpsScore});
    SurveyResponse late = answer(3, 5);
    late.date = today.addDays(1);
    CHECK(fields(late) == QList{SurveyResponseField::Date});
    late.date = today;
    CHECK(fields(late).isEmpty());
}
