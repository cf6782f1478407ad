// What the value review, the expansion map and graduation draw on: whitespace opportunities,
// onboarding survey responses and the value delivered, quantified.
#pragma once

#include "record.h"
#include "recordmeta.h"

#include <QDate>
#include <QString>

namespace Csm {

// One cell of the expansion map: a division, geography or use case the product could reach
// next. Advocates and skeptics are free text naming people, since they are often not (yet)
// stakeholders of the onboarding.
struct WhitespaceOpportunity
{
    OpportunityId id;
    CustomerId customerId;
    WhitespaceDimension dimension = WhitespaceDimension::Division;
    QString name;
    OpportunityStatus status = OpportunityStatus::NotStarted;
    qint64 potentialArr = 0; // whole units of the customer's currency
    QString advocates;
    QString skeptics;
    QString notes;
    RecordMeta meta;
    bool operator==(const WhitespaceOpportunity &) const = default;
};

// One answer to the onboarding survey. Satisfaction is 1 to 5 and 0 when not given; the NPS
// answer ("how likely are you to recommend us") is 0 to 10 and -1 when not given.
struct SurveyResponse
{
    SurveyResponseId id;
    CustomerId customerId;
    QString respondent;
    QString role;
    QDate date;
    qint64 satisfaction = 0;
    qint64 npsScore = -1;
    QString comment;
    RecordMeta meta;
    bool operator==(const SurveyResponse &) const = default;
};

// Value delivered, quantified. Hours saved are per month, at an hourly rate in the customer's
// currency; revenue and cost impact are per year (cost impact counts costs saved or avoided).
struct ValueItem
{
    ValueItemId id;
    CustomerId customerId;
    QString description;
    double hoursSavedPerMonth = 0;
    qint64 hourlyRate = 0;
    qint64 revenueImpact = 0;
    qint64 costImpact = 0;
    QString notes;
    RecordMeta meta;
    bool operator==(const ValueItem &) const = default;
};

// What the CSM decided for one section of one kind of report (value review, EBR, graduation)
// of a customer: whether it appears, and their own commentary shown after it. Kept with the
// customer, so the words written for a meeting are there for the next one and travel with the
// onboarding file. The report and section are the keys of core/report (reportKindKey(),
// ReportSectionKey); a section without a note appears without commentary.
struct ReportNote
{
    ReportNoteId id;
    CustomerId customerId;
    QString report;
    QString section;
    bool included = true;
    QString commentary;
    RecordMeta meta;
    bool operator==(const ReportNote &) const = default;
};

enum class OpportunityField {
    Dimension,
    Name,
    Status,
    PotentialArr,
    Advocates,
    Skeptics,
    Notes,
};
enum class SurveyResponseField { Respondent, Role, Date, Satisfaction, NpsScore, Comment };
enum class ValueItemField {
    Description,
    HoursSavedPerMonth,
    HourlyRate,
    RevenueImpact,
    CostImpact,
    Notes,
};

enum class ReportNoteField { Report, Section, Included, Commentary };

template<> struct RecordTraits<WhitespaceOpportunity>
{
    using Id = OpportunityId;
    using Field = OpportunityField;
    static constexpr RecordKind kind = RecordKind::Opportunity;
    static constexpr const char *entity = "opportunity";
    static constexpr const char *table = "whitespace_opportunities";
    static constexpr const char *jsonKey = "whitespace_opportunities";
    static constexpr const char *context = "Csm::WhitespaceOpportunity";
    static std::span<const FieldSpec<WhitespaceOpportunity, Field>> fields();
};

template<> struct RecordTraits<SurveyResponse>
{
    using Id = SurveyResponseId;
    using Field = SurveyResponseField;
    static constexpr RecordKind kind = RecordKind::SurveyResponse;
    static constexpr const char *entity = "survey_response";
    static constexpr const char *table = "survey_responses";
    static constexpr const char *jsonKey = "survey_responses";
    static constexpr const char *context = "Csm::SurveyResponse";
    static std::span<const FieldSpec<SurveyResponse, Field>> fields();
};

template<> struct RecordTraits<ValueItem>
{
    using Id = ValueItemId;
    using Field = ValueItemField;
    static constexpr RecordKind kind = RecordKind::ValueItem;
    static constexpr const char *entity = "value_item";
    static constexpr const char *table = "value_items";
    static constexpr const char *jsonKey = "value_items";
    static constexpr const char *context = "Csm::ValueItem";
    static std::span<const FieldSpec<ValueItem, Field>> fields();
};

template<> struct RecordTraits<ReportNote>
{
    using Id = ReportNoteId;
    using Field = ReportNoteField;
    static constexpr RecordKind kind = RecordKind::ReportNote;
    static constexpr const char *entity = "report_note";
    static constexpr const char *table = "report_notes";
    static constexpr const char *jsonKey = "report_notes";
    static constexpr const char *context = "Csm::ReportNote";
    static std::span<const FieldSpec<ReportNote, Field>> fields();
};

} // namespace Csm
