// csmw report: a customer's value review, EBR or graduation summary as a PDF, or one for every
// customer of the workspace.
#include "command.h"
#include "commandsupport.h"
#include "console.h"
#include "workspaceaccess.h"

#include "report/reportcontent.h"
#include "report/reportnotes.h"
#include "report/reportpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Csm::Cli {

namespace {

QCommandLineOption kindOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("kind")},
        CliText::tr("The report: value-review (day 30), ebr (day 90) or graduation. "
                    "Default: value-review."),
        CliText::tr("KIND"));
}

QCommandLineOption outputOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        CliText::tr("Write the PDF to FILE; with --all, one PDF per customer into "
                    "the folder FOLDER."),
        CliText::tr("FILE"));
}

QCommandLineOption allOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("all")},
                              CliText::tr("A report for every customer of the workspace."));
}

QCommandLineOption asOfDateOption()
{
    return asOfOption(
        CliText::tr("The report as of DATE (YYYY-MM-DD), the meeting date, instead of today."));
}

QCommandLineOption withoutOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("without")},
        CliText::tr("Leave out the sections listed, separated by commas: goals, "
                    "first-value, adoption, value-delivered, survey, expansion, "
                    "next-quarter, graduation-handover. The sections and commentary "
                    "chosen in the app apply too."),
        CliText::tr("SECTIONS"));
}

int usageError(const QString &reason)
{
    return reportCommand().usageError(reason);
}

// A file name from an account name: letters, digits, spaces, dots and dashes kept.
QString fileNameFor(const QString &accountName, const QString &kindKey)
{
    QString base = accountName;
    base.replace(QRegularExpression(QStringLiteral("[^\\w .-]"),
                                    QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("_"));
    base = base.simplified();
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("customer");
    return base.left(100) + QLatin1Char('-') + kindKey + QStringLiteral(".pdf");
}

// The sections and commentary the CSM saved for the customer's report, less those left out on
// the command line.
bool writeOne(const Workspace &workspace, const CustomerId &id, ReportKind kind,
              const QSet<QString> &leftOut, const QDate &asOf, const QString &path)
{
    ReportOptions options = savedReportOptions(workspace, id, kind);
    if (options.sections)
        options.sections->subtract(leftOut);
    const ReportContent content = buildReport(workspace, id, kind, options, asOf);
    QString error;
    if (!writeReportPdf(content, path, &error)) {
        fail(error);
        return false;
    }
    return true;
}

int runReport(const Invocation &invocation)
{
    const QCommandLineParser &parser = *invocation.parser;
    ReportKind kind = ReportKind::ValueReview;
    if (parser.isSet(kindOption())) {
        const auto parsed = reportKindFromKey(parser.value(kindOption()).trimmed());
        if (!parsed)
            return usageError(
                CliText::tr("report: --kind must be value-review, ebr or graduation, not \"%1\"")
                    .arg(parser.value(kindOption())));
        kind = *parsed;
    }
    const bool all = parser.isSet(allOption());
    if (all && !invocation.arguments.isEmpty())
        return usageError(CliText::tr("report: give either CUSTOMER or --all, not both"));
    if (!all && invocation.arguments.isEmpty())
        return usageError(CliText::tr("report: missing CUSTOMER (or --all)"));
    if (!parser.isSet(outputOption()) || parser.value(outputOption()).isEmpty())
        return usageError(all ? CliText::tr("report: --all needs -o FOLDER")
                              : CliText::tr("report: missing -o FILE"));
    const QString output = parser.value(outputOption());
    QDate asOf;
    if (int exitCode = 0; !readAsOf(reportCommand(), parser, &asOf, &exitCode))
        return exitCode;
    QSet<QString> leftOut;
    if (parser.isSet(withoutOption())) {
        const QStringList offered = reportSectionKeys(kind);
        const QStringList off =
            parser.value(withoutOption()).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &raw : off) {
            const QString key = raw.trimmed();
            if (!offered.contains(key) || key == QLatin1String(ReportSectionKey::cover))
                return usageError(CliText::tr("report: no section \"%1\" to leave out").arg(key));
            leftOut.insert(key);
        }
    }

    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    if (!asOf.isValid())
        asOf = workspace->today();

    if (!all) {
        const CustomerId id = resolveCustomer(*workspace, invocation.arguments.at(0));
        if (id.isNull())
            return Failure;
        if (!writeOne(*workspace, id, kind, leftOut, asOf, output))
            return Failure;
        printOut(CliText::tr("Wrote %1").arg(displayPath(output)) + QLatin1Char('\n'));
        return Success;
    }

    const QDir folder(output);
    if (!folder.exists() && !QDir().mkpath(output))
        return fail(CliText::tr("cannot create the folder %1").arg(displayPath(output)));
    QSet<QString> used;
    int written = 0;
    for (const CustomerId &id : workspace->customerIds()) {
        const Customer *customer = workspace->customer(id);
        if (!customer)
            continue;
        QString name = fileNameFor(customer->accountName, reportKindKey(kind));
        if (used.contains(name.toLower()))
            name = fileNameFor(customer->accountName + QLatin1Char(' ') + id.toString().left(8),
                               reportKindKey(kind));
        used.insert(name.toLower());
        if (!writeOne(*workspace, id, kind, leftOut, asOf, folder.filePath(name)))
            return Failure;
        ++written;
    }
    printOut(CliText::tr("Wrote %n report(s) to %1", nullptr, written).arg(displayPath(output)) +
             QLatin1Char('\n'));
    return Success;
}

} // namespace

Command reportCommand()
{
    Command command;
    command.name = QStringLiteral("report");
    command.argumentNames = {CliText::tr("CUSTOMER")};
    command.argumentsOptional = true;
    command.summary =
        CliText::tr("Write a customer's value review, EBR or graduation summary as a PDF.");
    command.description = CliText::tr(
        "Writes the report CUSTOMER's CSM takes into the meeting as a PDF: the day-30 value "
        "review, the day-90 executive business review or the graduation summary. It holds "
        "the cover (customer, meeting, CSM, executive sponsor), each objective's baseline, "
        "target, actual, status and trend with a chart, time to first value against the "
        "plan and the portfolio's median, the adoption summary, and the goals and open "
        "actions ahead. With --all instead of CUSTOMER, writes one PDF per customer into "
        "the folder given with -o. A4, or Letter where the locale measures in inches.");
    command.options = {kindOption(), outputOption(), allOption(), asOfDateOption(),
                       withoutOption()};
    command.run = runReport;
    return command;
}

} // namespace Csm::Cli
