#include "valuereview.h"

#include <QCoreApplication>

static_assert(std::tuple_size_v<decltype(Csm::WhitespaceTotals::byStatus)> ==
              size_t(Csm::enumCount<Csm::OpportunityStatus>()));
static_assert(std::tuple_size_v<decltype(Csm::WhitespaceTotals::byDimension)> ==
              size_t(Csm::enumCount<Csm::WhitespaceDimension>()));

namespace Csm {

SurveySummary summariseSurvey(const QList<SurveyResponse> &responses)
{
    SurveySummary summary;
    qint64 satisfactionSum = 0;
    for (const SurveyResponse &response : responses) {
        ++summary.responses;
        if (response.satisfaction >= 1 && response.satisfaction <= 5) {
            ++summary.satisfactionAnswers;
            satisfactionSum += response.satisfaction;
        }
        if (response.npsScore >= 0 && response.npsScore <= 10) {
            ++summary.npsAnswers;
            if (response.npsScore >= 9)
                ++summary.promoters;
            else if (response.npsScore >= 7)
                ++summary.passives;
            else
                ++summary.detractors;
        }
    }
    if (summary.satisfactionAnswers > 0)
        summary.averageSatisfaction = double(satisfactionSum) / summary.satisfactionAnswers;
    if (summary.npsAnswers > 0)
        summary.nps = 100.0 * (summary.promoters - summary.detractors) / summary.npsAnswers;
    return summary;
}

double hoursValuePerMonth(const ValueItem &item)
{
    return item.hoursSavedPerMonth * double(item.hourlyRate);
}

ValueTotals valueTotals(const QList<ValueItem> &items)
{
    ValueTotals totals;
    for (const ValueItem &item : items) {
        totals.hoursSavedPerMonth += item.hoursSavedPerMonth;
        totals.hoursValuePerMonth += hoursValuePerMonth(item);
        totals.revenueImpact += item.revenueImpact;
        totals.costImpact += item.costImpact;
    }
    totals.hoursValuePerYear = 12 * totals.hoursValuePerMonth;
    totals.totalPerYear =
        totals.hoursValuePerYear + double(totals.revenueImpact) + double(totals.costImpact);
    return totals;
}

bool isOpen(OpportunityStatus status)
{
    return status != OpportunityStatus::Won && status != OpportunityStatus::Lost;
}

WhitespaceTotals whitespaceTotals(const QList<WhitespaceOpportunity> &opportunities)
{
    WhitespaceTotals totals;
    for (const WhitespaceOpportunity &o : opportunities) {
        ++totals.opportunities;
        totals.byStatus.at(size_t(o.status)) += o.potentialArr;
        totals.byDimension.at(size_t(o.dimension)) += o.potentialArr;
        if (isOpen(o.status))
            totals.open += o.potentialArr;
        else if (o.status == OpportunityStatus::Won)
            totals.won += o.potentialArr;
        totals.total += o.potentialArr;
    }
    return totals;
}

QList<SurveyResponseProblem> validateSurveyResponse(const SurveyResponse &response,
                                                    const QDate &today)
{
    QList<SurveyResponseProblem> problems;
    if (response.satisfaction != 0 && (response.satisfaction < 1 || response.satisfaction > 5))
        problems.append({SurveyResponseField::Satisfaction,
                         QCoreApplication::translate("Csm::Validation",
                                                     "Satisfaction is a score from 1 to 5.")});
    if (response.npsScore != -1 && (response.npsScore < 0 || response.npsScore > 10))
        problems.append(
            {SurveyResponseField::NpsScore,
             QCoreApplication::translate("Csm::Validation",
                                         "Likelihood to recommend is a score from 0 to 10.")});
    if (response.date.isValid() && today.isValid() && response.date > today)
        problems.append(
            {SurveyResponseField::Date,
             QCoreApplication::translate("Csm::Validation", "The survey date is in the future.")});
    return problems;
}

} // namespace Csm
