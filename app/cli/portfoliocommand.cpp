// csmw portfolio: the portfolio's metrics against their targets, and each customer's health
// and alerts with their reasons.
#include "command.h"
#include "commandsupport.h"
#include "console.h"
#include "workspaceaccess.h"

#include "portfolio/portfoliojson.h"
#include "portfolio/portfoliometrics.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Csm::Cli {

namespace {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("json")},
                              CliText::tr("Print the portfolio as JSON."));
}

QCommandLineOption asOfDateOption()
{
    return asOfOption(CliText::tr("The portfolio as of DATE (YYYY-MM-DD) instead of today."));
}

QString decimal(double value)
{
    // One decimal, none when it is a whole number.
    if (std::abs(value - std::round(value)) < 1e-9)
        return QLocale::c().toString(qint64(std::llround(value)));
    return QLocale::c().toString(value, 'f', 1);
}

QString figure(MetricUnit unit, double value)
{
    switch (unit) {
    case MetricUnit::Days:
        return CliText::tr("%1 days").arg(decimal(value));
    case MetricUnit::BusinessDays:
        return CliText::tr("%1 business days").arg(decimal(value));
    case MetricUnit::Fraction:
        return QStringLiteral("%1 %").arg(std::lround(value * 100));
    case MetricUnit::Satisfaction:
        return QLocale::c().toString(value, 'f', 1);
    case MetricUnit::Nps:
        break;
    }
    return decimal(value);
}

QString targetText(const PortfolioMetric &m)
{
    return m.lowerIsBetter ? CliText::tr("at most %1").arg(figure(m.unit, m.target))
                           : CliText::tr("at least %1").arg(figure(m.unit, m.target));
}

QString verdict(const PortfolioMetric &m)
{
    const std::optional<bool> on = m.onTarget();
    if (!on)
        return CliText::tr("no data");
    return *on ? CliText::tr("on target") : CliText::tr("off target");
}

QString summary(const QList<PortfolioRow> &rows, const PortfolioMetrics &metrics)
{
    const QString asOf = metrics.today.toString(Qt::ISODate);
    QString text =
        (metrics.customers == 1
             ? CliText::tr("Portfolio of 1 customer as of %1").arg(asOf)
             : CliText::tr("Portfolio of %1 customers as of %2").arg(metrics.customers).arg(asOf)) +
        QLatin1String("\n\n");

    QList<QStringList> table{{CliText::tr("Metric"), CliText::tr("Value"), CliText::tr("Target"),
                              CliText::tr("Verdict"), QString()}};
    for (const PortfolioMetric &m : metrics.metrics)
        table.append({m.label, m.value ? figure(m.unit, *m.value) : CliText::tr("-"), targetText(m),
                      verdict(m), m.detail});
    text += alignedTable(table);

    text += QLatin1Char('\n') + CliText::tr("Time to first value") + QLatin1Char('\n');
    QList<QStringList> buckets;
    for (const TtfvBucket &b : metrics.ttfvDistribution)
        buckets.append({QStringLiteral("  ") + b.label, QString::number(b.customers)});
    buckets.append({QStringLiteral("  ") + CliText::tr("not reached yet"),
                    QString::number(metrics.withoutFirstValue)});
    text += alignedTable(buckets, {1});

    if (!metrics.cohorts.isEmpty()) {
        text += QLatin1Char('\n') + CliText::tr("Cohorts by signature month") + QLatin1Char('\n');
        QList<QStringList> cohorts{{QStringLiteral("  ") + CliText::tr("Month"),
                                    CliText::tr("Customers"), CliText::tr("With first value"),
                                    CliText::tr("Median TTFV")}};
        for (const SignatureCohort &c : metrics.cohorts)
            cohorts.append({QStringLiteral("  ") + c.month.toString(QStringLiteral("yyyy-MM")),
                            QString::number(c.customers),
                            CliText::tr("%1 (%2 %)")
                                .arg(c.withFirstValue)
                                .arg(std::lround(c.shareWithFirstValue * 100)),
                            c.medianTtfv ? CliText::tr("%1 days").arg(decimal(*c.medianTtfv))
                                         : CliText::tr("-")});
        text += alignedTable(cohorts, {1, 2, 3});
    }

    text += QLatin1Char('\n') + CliText::tr("Customers") + QLatin1Char('\n');
    for (const PortfolioRow &row : rows) {
        QStringList facts{enumDisplayName(row.phase)};
        if (row.daysSinceSignature)
            facts.append(CliText::tr("day %1").arg(*row.daysSinceSignature));
        facts.append(row.health.score ? CliText::tr("health %1 (%2)")
                                            .arg(*row.health.score)
                                            .arg(healthBandName(row.health.band).toLower())
                                      : CliText::tr("health not known"));
        text += row.accountName + QLatin1String(": ") + facts.join(QLatin1String(", ")) +
                QLatin1Char('\n');
        QStringList parts;
        for (const HealthPart &part : row.health.parts)
            parts.append(part.hasData
                             ? CliText::tr("%1 %2").arg(healthPartName(part.kind)).arg(part.score)
                             : CliText::tr("%1 no data").arg(healthPartName(part.kind)));
        text += QStringLiteral("  ") + parts.join(QLatin1String(", ")) + QLatin1Char('\n');
        for (const PortfolioAlert &alert : row.alerts) {
            const QString tag = alert.snooze ? CliText::tr("[snoozed]")
                                : alert.severity == AlertSeverity::Critical
                                    ? CliText::tr("[critical]")
                                    : CliText::tr("[warning]");
            QString line = QStringLiteral("  ") + tag + QLatin1Char(' ') +
                           alertKindName(alert.kind) + QLatin1String(": ") + alert.reason;
            if (alert.snooze && !alert.snooze->note.isEmpty())
                line += CliText::tr(" (%1)").arg(alert.snooze->note.simplified());
            text += line + QLatin1Char('\n');
        }
    }

    if (!metrics.todayItems.isEmpty()) {
        text += QLatin1Char('\n') + CliText::tr("Today") + QLatin1Char('\n');
        QList<QStringList> today;
        for (const TodayItem &item : metrics.todayItems) {
            QString kind;
            switch (item.kind) {
            case TodayKind::ActionOverdue:
                kind = CliText::tr("overdue");
                break;
            case TodayKind::ActionDue:
                kind = CliText::tr("due");
                break;
            case TodayKind::Meeting:
                kind = CliText::tr("meeting");
                break;
            case TodayKind::SlaRunningOut:
                kind = CliText::tr("SLA");
                break;
            }
            today.append({QStringLiteral("  ") + item.date.toString(Qt::ISODate), kind,
                          item.customerName, item.text});
        }
        text += alignedTable(today);
    }
    return text;
}

int runPortfolio(const Invocation &invocation)
{
    const QCommandLineParser &parser = *invocation.parser;
    QDate asOf;
    if (int exitCode = 0; !readAsOf(portfolioCommand(), parser, &asOf, &exitCode))
        return exitCode;
    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    if (!asOf.isValid())
        asOf = workspace->today();

    const PortfolioSettings settings = PortfolioSettings::fromWorkspace(*workspace);
    const QList<PortfolioRow> rows = computeRows(*workspace, settings, asOf);
    const PortfolioMetrics metrics = aggregatePortfolio(rows, settings, asOf);
    if (parser.isSet(jsonOption())) {
        writeOut(QJsonDocument(portfolioToJson(rows, metrics)).toJson(QJsonDocument::Indented));
        return Success;
    }
    printOut(summary(rows, metrics));
    return Success;
}

} // namespace

Command portfolioCommand()
{
    Command command;
    command.name = QStringLiteral("portfolio");
    command.summary = CliText::tr(
        "Print the portfolio's metrics against their targets, and each customer's health "
        "and alerts.");
    command.description = CliText::tr(
        "Prints, as of today (or the date given), the portfolio's metrics against the "
        "targets set in the workspace: time to kickoff, kickoff completion, time to first "
        "value, implementation on-time rate, user adoption 30 days after go-live, goal "
        "achievement by day 90, onboarding completion, satisfaction and NPS; the time to "
        "first value by range of days and the cohorts by signature month; each customer's "
        "health with its parts and its alerts with their reasons; and what needs doing "
        "today. As a summary, or as JSON with --json.");
    command.options = {jsonOption(), asOfDateOption()};
    command.run = runPortfolio;
    return command;
}

} // namespace Csm::Cli
