// The figures of the value review: the onboarding survey summed up, the value delivered in
// money, and the expansion map's potential ARR.
#pragma once

#include "domain/valuereview.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Csm {

// Satisfaction counts only answers 1 to 5, NPS only answers 0 to 10; other values (0 and -1
// mean "not given") are left out of the figures but the response is still counted.
struct SurveySummary
{
    int responses = 0;
    int satisfactionAnswers = 0;
    std::optional<double> averageSatisfaction; // none without an answer
    int npsAnswers = 0;
    int promoters = 0;  // answered 9 or 10
    int passives = 0;   // 7 or 8
    int detractors = 0; // 0 to 6
    // Per cent promoters minus per cent detractors of the NPS answers, -100 to 100; none
    // without an answer.
    std::optional<double> nps;
};
SurveySummary summariseSurvey(const QList<SurveyResponse> &responses);

// The value delivered, in the customer's currency. Hours saved are valued at each item's own
// rate: hours value per month = sum of hours saved per month x hourly rate, per year = 12 x
// that. Revenue and cost impact are yearly figures and add up as they are. Total per year =
// hours value per year + revenue impact + cost impact.
struct ValueTotals
{
    double hoursSavedPerMonth = 0;
    double hoursValuePerMonth = 0;
    double hoursValuePerYear = 0;
    qint64 revenueImpact = 0;
    qint64 costImpact = 0;
    double totalPerYear = 0;
};
double hoursValuePerMonth(const ValueItem &item);
ValueTotals valueTotals(const QList<ValueItem> &items);

// Potential ARR on the expansion map, by status and by dimension (indexed by the enum's value).
// Open means not yet won or lost (not started, exploring, proposed).
struct WhitespaceTotals
{
    int opportunities = 0;
    std::array<qint64, 5> byStatus{};
    std::array<qint64, 3> byDimension{};
    qint64 open = 0;
    qint64 won = 0;
    qint64 total = 0; // every opportunity, lost included

    qint64 of(OpportunityStatus status) const { return byStatus.at(size_t(status)); }
    qint64 of(WhitespaceDimension dimension) const { return byDimension.at(size_t(dimension)); }
};
bool isOpen(OpportunityStatus status);
WhitespaceTotals whitespaceTotals(const QList<WhitespaceOpportunity> &opportunities);

// Inline validation of a survey response, as for the handoff form: satisfaction 1 to 5 (or 0,
// not given), NPS 0 to 10 (or -1, not given), no date in the future of `today`.
struct SurveyResponseProblem
{
    SurveyResponseField field;
    QString message;
};
QList<SurveyResponseProblem> validateSurveyResponse(const SurveyResponse &response,
                                                    const QDate &today);

} // namespace Csm
