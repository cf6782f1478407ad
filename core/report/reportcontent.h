// The value review, EBR and graduation report as content: sections of paragraphs, tables and
// small charts gathered from the workspace, ready to be laid out as a PDF (reportpdf.h) or shown
// on screen. Plain data, no formatting beyond alignment: every text is plain text.
#pragma once

#include "domain/id.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Csm {

class Workspace;

enum class ReportKind { ValueReview, Ebr, Graduation };

QString reportKindKey(ReportKind kind); // "value-review", "ebr", "graduation"
// A figure with at most two decimals and no trailing zeros ("7.5", "12"), in `locale`.
QString reportNumber(double value, const QLocale &locale);
std::optional<ReportKind> reportKindFromKey(QStringView key);
QString reportKindTitle(ReportKind kind); // translated: "Value review", ...

// The keys of the sections, in the order they appear.
namespace ReportSectionKey {
inline constexpr const char *cover = "cover";
inline constexpr const char *goals = "goals";
inline constexpr const char *firstValue = "first-value";
inline constexpr const char *adoption = "adoption";
inline constexpr const char *valueDelivered = "value-delivered";
inline constexpr const char *survey = "survey";
inline constexpr const char *expansion = "expansion";
inline constexpr const char *nextQuarter = "next-quarter";
inline constexpr const char *handover = "graduation-handover";
} // namespace ReportSectionKey

// The sections a kind of report offers, in order.
QStringList reportSectionKeys(ReportKind kind);
// A section's title as the report prints it ("Goals and progress"); the cover is "Cover".
QString reportSectionTitle(ReportKind kind, const QString &section);

struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numeric; // per column: right-aligned; shorter than header means "text"

    bool isNumeric(int column) const { return column < numeric.size() && numeric.at(column); }
};

// A small chart as data: one series of points, with the baseline and target as lines.
struct ReportChart
{
    enum class Type { Line, Bar };
    struct Point
    {
        QString label; // the x axis label ("Mar 3", "W12")
        double value = 0;
    };
    Type type = Type::Line;
    QString title;
    QString unit;
    QList<Point> points;
    std::optional<double> baseline;
    std::optional<double> target;
    QString targetLabel; // "Target", "Seats"
};

// One piece of a section, in reading order.
struct ReportBlock
{
    enum class Type { Subheading, Paragraph, Table, Chart };
    Type type = Type::Paragraph;
    QString text; // subheading or paragraph
    ReportTable table;
    ReportChart chart;
};

struct ReportSection
{
    QString key;
    QString title;
    QList<ReportBlock> blocks;
    QString commentary; // the CSM's own words, shown after the section; may be empty

    QStringList paragraphs() const;
    QList<ReportTable> tables() const;
    QList<ReportChart> charts() const;

    void addSubheading(const QString &text);
    void addParagraph(const QString &text);
    void addTable(const ReportTable &table);
    void addChart(const ReportChart &chart);
};

struct ReportContent
{
    ReportKind kind = ReportKind::ValueReview;
    QString title;        // "Executive business review"
    QString customerName; // as typed, plain text
    QDate date;           // the meeting (the report's as-of date)
    QString preparedBy;   // the CSM
    QLocale locale;       // for numbers, dates and the paper size
    QList<ReportSection> sections;

    const ReportSection *section(const QString &key) const;
    QStringList sectionKeys() const;
};

struct ReportOptions
{
    // The sections to include; nothing set means all the kind offers. Sections without data
    // (value delivered, expansion, hand-over before that data exists) are left out anyway.
    std::optional<QSet<QString>> sections;
    QHash<QString, QString> commentary; // section key -> the CSM's commentary
    QLocale locale;                     // numbers, dates, paper size; the default locale
};

// The report of `customer` as of `asOf` (the meeting date). An unknown customer gives an
// empty content with only the kind and title.
//
// Weeks in the goal sentences count from the signature date (day 0 of the onboarding clock,
// as everywhere in the product), or from the kickoff when no signature date is set; without
// either the sentence names the target date instead of a week. "By week N" rounds up (a
// target on day 50 is reached in week 8), "after N weeks" counts whole weeks gone.
//
// Time to first value: days from signature to the customer's first value date, or to the
// first-value forecast of the implementation plan when not reached yet; against the plan's
// first-value milestone and the median over every customer in the workspace with both a
// signature and a first value date.
ReportContent buildReport(const Workspace &ws, const CustomerId &customer, ReportKind kind,
                          const ReportOptions &options, const QDate &asOf);

// The goal sentence of an objective ("Your goal was to increase X from 5 to 10 by week 8; you
// are at 7.5 after 4 weeks and on track."), exposed for tests and the app.
struct GoalSentenceInput
{
    QString metric;
    QString unit;
    double baseline = 0;
    double target = 0;
    std::optional<int> targetWeek; // week of the target date, when a start is known
    QDate targetDate;
    std::optional<double> actual;
    std::optional<int> weeksSoFar;
    QString statusKey; // enumKey(ObjectiveStatus)
};
QString goalSentence(const GoalSentenceInput &input, const QLocale &locale);

// The median of `values`; 0 for none. The mean of the two middle ones for an even count.
double medianOf(QList<int> values);

} // namespace Csm
