// csmw adoption: a customer's adoption metrics from the imported usage data.
#include "command.h"
#include "commandsupport.h"
#include "console.h"
#include "workspaceaccess.h"

#include "adoption/adoptionmetrics.h"

#include <QJsonDocument>
#include <QLocale>

namespace Csm::Cli {

namespace {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("json")},
                              CliText::tr("Print the metrics as JSON."));
}

QCommandLineOption asOfDateOption()
{
    return asOfOption(CliText::tr("The metrics as of DATE (YYYY-MM-DD) instead of today."));
}

QCommandLineOption daysOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("days")},
        CliText::tr("The weekly series and feature use cover the N days up to the "
                    "date. Default: 90."),
        CliText::tr("N"));
}

int usageError(const QString &reason)
{
    return adoptionCommand().usageError(reason);
}

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(qRound(fraction * 100));
}

QString decimal(double value)
{
    return QLocale::c().toString(value, 'f', 1);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : CliText::tr("none");
}

QString summary(const QString &customerName, const AdoptionInputs &inputs, int days,
                const AdoptionMetrics &m)
{
    QString text = CliText::tr("Adoption of \"%1\" as of %2 (the last %3 days)")
                       .arg(customerName, inputs.asOf.toString(Qt::ISODate))
                       .arg(days) +
                   QLatin1String("\n\n");
    QList<QStringList> rows;
    rows.append(
        {CliText::tr("Seats"),
         m.licensedSeats > 0
             ? CliText::tr("%1 licensed, %2 users provisioned")
                   .arg(m.licensedSeats)
                   .arg(m.usersProvisioned)
             : CliText::tr("%1 users provisioned (seats not known)").arg(m.usersProvisioned)});
    rows.append({CliText::tr("Logged in"), CliText::tr("%1 of %2 (%3)")
                                               .arg(m.usersLoggedIn)
                                               .arg(m.usersProvisioned)
                                               .arg(percent(m.loginRate))});
    rows.append(
        {CliText::tr("Active users"), CliText::tr("%1 on the day, %2 in 7 days, %3 in 30 days")
                                          .arg(m.dailyActive)
                                          .arg(m.weeklyActive)
                                          .arg(m.monthlyActive)});
    rows.append({CliText::tr("Adoption rate"), percent(m.adoptionRate)});
    rows.append({CliText::tr("Stickiness"),
                 CliText::tr("%1 (daily / monthly active)").arg(percent(m.stickiness))});
    rows.append(
        {CliText::tr("Activation"), m.activationEvent.isEmpty()
                                        ? CliText::tr("no activation event chosen")
                                        : CliText::tr("%1 users did \"%2\" (%3)")
                                              .arg(m.activatedUsers)
                                              .arg(m.activationEvent, percent(m.activationRate))});
    rows.append({CliText::tr("Funnel"),
                 CliText::tr("%1 provisioned, %2 logged in, %3 used the core feature, %4 "
                             "activated")
                     .arg(m.funnelProvisioned)
                     .arg(m.funnelLoggedIn)
                     .arg(m.funnelCoreFeature)
                     .arg(m.funnelActivated)});
    rows.append(
        {CliText::tr("Frequency"),
         CliText::tr("%1 active days per user per week").arg(decimal(m.activeDaysPerUserPerWeek))});
    rows.append({CliText::tr("Depth"),
                 CliText::tr("%1 features per active user").arg(decimal(m.featuresPerUser))});
    rows.append(
        {CliText::tr("Time in product"),
         CliText::tr("%1 minutes per user per week").arg(decimal(m.minutesPerUserPerWeek))});
    rows.append(
        {CliText::tr("Trend"),
         CliText::tr("%1 (%2 weekly active users in the last 7 days, %3 a week in the 3 weeks "
                     "before)")
             .arg(trendLabel(m.trend).toLower())
             .arg(m.trendWindows[3])
             .arg(decimal((m.trendWindows[0] + m.trendWindows[1] + m.trendWindows[2]) / 3.0))});
    if (m.loginRateAtFlag)
        rows.append({CliText::tr("Login rate after 14 days"), percent(*m.loginRateAtFlag)});
    if (m.adoptionAtTarget)
        rows.append({CliText::tr("Adoption after 30 days"), percent(*m.adoptionAtTarget)});
    rows.append({CliText::tr("Training"),
                 m.training.isEmpty()
                     ? CliText::tr("no training data")
                     : CliText::tr("%1 completed").arg(percent(m.trainingCompletion))});
    rows.append({CliText::tr("Last activity"), dateText(m.lastActivity)});
    text += alignedTable(rows);

    if (!m.features.isEmpty()) {
        text += QLatin1Char('\n') + CliText::tr("Features") + QLatin1Char('\n');
        QList<QStringList> featureRows;
        for (const FeatureAdoption &f : m.features)
            featureRows.append({QStringLiteral("  ") + f.feature,
                                CliText::tr("%1 users").arg(f.users), percent(f.share),
                                CliText::tr("%1 events").arg(f.events)});
        text += alignedTable(featureRows, {1, 2, 3});
    }
    if (!m.training.isEmpty()) {
        text += QLatin1Char('\n') + CliText::tr("Training by role track") + QLatin1Char('\n');
        QList<QStringList> trackRows;
        for (const TrackCompletion &t : m.training)
            trackRows.append({QStringLiteral("  ") + t.track,
                              CliText::tr("%1 of %2").arg(t.completed).arg(t.users),
                              percent(t.rate)});
        text += alignedTable(trackRows, {1, 2});
    }
    if (!m.flags.isEmpty()) {
        text += QLatin1Char('\n') + CliText::tr("Flags") + QLatin1Char('\n');
        for (const AdoptionFlag &flag : m.flags)
            text += QStringLiteral("  ") + flag.message + QLatin1Char('\n');
    }
    return text;
}

int runAdoption(const Invocation &invocation)
{
    const QCommandLineParser &parser = *invocation.parser;
    QDate asOf;
    if (int exitCode = 0; !readAsOf(adoptionCommand(), parser, &asOf, &exitCode))
        return exitCode;
    int days = 90;
    if (parser.isSet(daysOption())) {
        bool ok = false;
        days = parser.value(daysOption()).toInt(&ok);
        if (!ok || days < 1 || days > 3660)
            return usageError(
                CliText::tr("adoption: --days expects a number of days from 1 to 3660, "
                            "not \"%1\"")
                    .arg(parser.value(daysOption())));
    }

    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    const CustomerId id = resolveCustomer(*workspace, invocation.arguments.at(0));
    if (id.isNull())
        return Failure;
    if (!asOf.isValid())
        asOf = workspace->today();

    const AdoptionInputs inputs = workspace->adoptionInputs(id, asOf, days);
    const AdoptionMetrics metrics = computeAdoptionMetrics(workspace->usageRollups(id), inputs);
    if (parser.isSet(jsonOption())) {
        writeOut(QJsonDocument(adoptionMetricsToJson(metrics)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QString name = workspace->customer(id)->accountName;
    if (!metrics.hasData) {
        printOut(CliText::tr("No usage data for \"%1\" yet; import a file with csmw import-usage.")
                     .arg(name) +
                 QLatin1Char('\n'));
        return Success;
    }
    printOut(summary(name, inputs, days, metrics));
    return Success;
}

} // namespace

Command adoptionCommand()
{
    Command command;
    command.name = QStringLiteral("adoption");
    command.argumentNames = {CliText::tr("CUSTOMER")};
    command.summary =
        CliText::tr("Print a customer's adoption metrics from the imported usage data.");
    command.description = CliText::tr(
        "Prints the adoption metrics of CUSTOMER as of today (or the date given), computed "
        "from the usage, roster and training files imported with import-usage: seats and "
        "users provisioned, login rate, daily, weekly and monthly active users, adoption "
        "rate, stickiness, activation, the funnel, feature use, frequency, depth and time "
        "in product, training completion by role track, the trend of weekly active users "
        "and the flags raised. As a summary, or as JSON with --json.");
    command.options = {jsonOption(), asOfDateOption(), daysOption()};
    command.run = runAdoption;
    return command;
}

} // namespace Csm::Cli
