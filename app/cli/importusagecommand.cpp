// csmw import-usage: imports a usage, roster or training file into a customer's usage data.
#include "command.h"
#include "commandsupport.h"
#include "console.h"
#include "workspaceaccess.h"

#include "adoption/importschema.h"
#include "adoption/usageimporter.h"
#include "workspace/applicationidentity.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

#include <unistd.h>

namespace Csm::Cli {

namespace {

QCommandLineOption kindOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("kind")},
        CliText::tr("What the file holds: usage (events, the default), roster "
                    "(users and seats) or training (course completions)."),
        CliText::tr("KIND"));
}

QCommandLineOption mapOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("map")},
        CliText::tr("Take FIELD (e.g. user_email) from the column named COLUMN, "
                    "whatever was guessed or remembered. May be repeated."),
        CliText::tr("FIELD=COLUMN"));
}

QCommandLineOption timeZoneOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("time-zone")},
        CliText::tr("Read times that do not state their offset in ZONE (an IANA "
                    "name such as Europe/Berlin, or UTC) and count days there. "
                    "Default: the zone last used for such a file, else UTC."),
        CliText::tr("ZONE"));
}

QCommandLineOption dateOrderOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("date-order")},
        CliText::tr("How dates like 03/04/2026 are read: dmy (day first) or mdy "
                    "(month first). Default: as the file's first rows show."),
        CliText::tr("ORDER"));
}

QCommandLineOption rejectsOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("rejects")},
        CliText::tr("Write the rejected rows to FILE. Default: FILE.rejects.csv "
                    "beside the imported file."),
        CliText::tr("FILE"));
}

QCommandLineOption dryRunOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("dry-run")},
        CliText::tr("Check every row and count what would be imported, without "
                    "writing to the workspace."));
}

int usageError(const QString &reason)
{
    return importUsageCommand().usageError(reason);
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QLatin1String(", "));
}

QStringList fieldKeys(ImportKind kind)
{
    QStringList keys;
    for (const ImportFieldSpec &spec : importFields(kind))
        keys.append(QLatin1String(spec.key));
    return keys;
}

// What the command line asks for, checked before anything is read.
struct Request
{
    ImportKind kind = ImportKind::Usage;
    QList<QPair<QString, QString>> overrides; // field key, column name, in the order given
    std::optional<QTimeZone> timeZone;
    std::optional<DateOrder> dateOrder;
    QString rejectsPath;
    bool dryRun = false;
};

// Reads the options into `request`; on bad usage says why and returns the exit code.
std::optional<int> readRequest(const QCommandLineParser &parser, Request *request)
{
    if (parser.isSet(kindOption())) {
        const QString key = parser.value(kindOption()).trimmed().toLower();
        if (!importKindFromKey(key, &request->kind))
            return usageError(
                CliText::tr("import-usage: --kind must be usage, roster or training, not "
                            "\"%1\"")
                    .arg(parser.value(kindOption())));
    }
    for (const QString &value : parser.values(mapOption())) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(
                CliText::tr("import-usage: --map expects FIELD=COLUMN, not \"%1\"").arg(value));
        const QString field = value.left(equals).trimmed();
        if (!importFieldSpec(request->kind, field))
            return usageError(
                CliText::tr("import-usage: a %1 file has no field \"%2\"; its fields are %3")
                    .arg(importKindKey(request->kind), field,
                         fieldKeys(request->kind).join(QLatin1String(", "))));
        request->overrides.append({field, value.mid(equals + 1)});
    }
    if (parser.isSet(timeZoneOption())) {
        const QString name = parser.value(timeZoneOption()).trimmed();
        const QTimeZone zone(name.toUtf8());
        if (!zone.isValid())
            return usageError(
                CliText::tr("import-usage: unknown time zone \"%1\"; give an IANA name such as "
                            "Europe/Berlin, or UTC")
                    .arg(name));
        request->timeZone = zone;
    }
    if (parser.isSet(dateOrderOption())) {
        const QString order = parser.value(dateOrderOption()).trimmed().toLower();
        if (order == QLatin1String("dmy"))
            request->dateOrder = DateOrder::DayFirst;
        else if (order == QLatin1String("mdy"))
            request->dateOrder = DateOrder::MonthFirst;
        else
            return usageError(
                CliText::tr("import-usage: --date-order must be dmy or mdy, not \"%1\"")
                    .arg(parser.value(dateOrderOption())));
    }
    if (parser.isSet(rejectsOption())) {
        request->rejectsPath = parser.value(rejectsOption());
        if (request->rejectsPath.isEmpty())
            return usageError(CliText::tr("import-usage: --rejects needs a file name"));
    }
    request->dryRun = parser.isSet(dryRunOption());
    return std::nullopt;
}

// The column of `name` in the header: the exact name, else the only one that matches it
// ignoring case and surrounding spaces; -1 when none.
int columnNamed(const QStringList &header, const QString &name)
{
    const int exact = int(header.indexOf(name));
    if (exact >= 0)
        return exact;
    int found = -1;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            if (found >= 0)
                return -1;
            found = i;
        }
    }
    return found;
}

// The mapping remembered from the last import of a file with this header, when there is one
// (it is what the user chose then); fields it leaves out take the column guessed from the
// header, if still free; then the command line's --map. On a --map naming no column of the
// header returns the usage error's exit code.
std::optional<int> buildMapping(const Request &request, const QStringList &header,
                                const std::optional<RememberedMapping> &remembered,
                                ColumnMapping *mapping)
{
    *mapping =
        remembered ? mappingFromJson(request.kind, remembered->mapping, header) : ColumnMapping();
    const ColumnMapping guessed = guessMapping(request.kind, header);
    for (auto it = guessed.cbegin(); it != guessed.cend(); ++it) {
        const QList<int> taken = mapping->values();
        if (!mapping->contains(it.key()) && !taken.contains(it.value()))
            mapping->insert(it.key(), it.value());
    }
    for (const auto &[key, columnName] : request.overrides) {
        const ImportField field = importFieldSpec(request.kind, key)->field;
        const int column = columnNamed(header, columnName);
        if (column < 0)
            return usageError(
                CliText::tr("import-usage: --map %1=%2: the file has no column \"%2\"; its "
                            "columns are %3")
                    .arg(key, columnName, quotedList(header)));
        // A column feeds one field: the one named on the command line.
        for (auto it = mapping->begin(); it != mapping->end();) {
            if (it.value() == column && it.key() != field)
                it = mapping->erase(it);
            else
                ++it;
        }
        mapping->insert(field, column);
    }
    return std::nullopt;
}

// The core names the file by its name only; the command line names it as the user typed it.
QString namingFile(const QString &message, const QString &path)
{
    const QString prefix = QFileInfo(path).fileName() + QLatin1String(": ");
    return message.startsWith(prefix)
               ? displayPath(path) + QLatin1String(": ") + message.mid(prefix.size())
               : message;
}

QString number(qint64 value)
{
    return QLocale::c().toString(value);
}

// A line on the terminal that follows the import, rewritten in place; nothing when standard
// error goes to a file or a pipe.
class ProgressLine
{
public:
    ProgressLine()
        : m_enabled(isatty(STDERR_FILENO) == 1)
    {}
    ~ProgressLine() { clear(); }

    void show(const ImportProgress &progress)
    {
        if (!m_enabled)
            return;
        QString text = CliText::tr("%1 rows read").arg(number(progress.rowsRead));
        if (progress.bytesTotal > 0)
            text += CliText::tr(" (%1 %)").arg(progress.bytesRead * 100 / progress.bytesTotal);
        printErr(QLatin1Char('\r') + text);
        m_shown = true;
    }

    void clear()
    {
        if (m_shown)
            printErr(QStringLiteral("\r\x1b[K"));
        m_shown = false;
    }

private:
    bool m_enabled;
    bool m_shown = false;
};

int runImportUsage(const Invocation &invocation)
{
    Request request;
    if (const std::optional<int> code = readRequest(*invocation.parser, &request))
        return *code;
    const QString path = invocation.arguments.at(1);
    const QString source = displayPath(path);

    // The workspace gives the customer and what was used for a file like this one; the
    // import itself runs on a connection of its own, so it is closed before.
    CustomerId customer;
    QString customerName;
    std::optional<RememberedMapping> remembered;
    ImportPreview preview;
    {
        const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
        if (!workspace)
            return Failure;
        customer = resolveCustomer(*workspace, invocation.arguments.at(0));
        if (customer.isNull())
            return Failure;
        customerName = workspace->customer(customer)->accountName;

        preview = previewImportFile(path, 50);
        if (!preview.error.isEmpty())
            return fail(namingFile(preview.error, path));
        remembered = workspace->rememberedMapping(request.kind,
                                                  headerFingerprint(request.kind, preview.header));
    }

    ColumnMapping mapping;
    if (const std::optional<int> code = buildMapping(request, preview.header, remembered, &mapping))
        return *code;
    const QList<ImportField> missing = unmappedRequired(request.kind, mapping);
    if (!missing.isEmpty()) {
        QStringList keys;
        for (const ImportField field : missing)
            keys.append(QLatin1String(importFieldSpec(request.kind, field)->key));
        return fail(CliText::tr("%1: no column found for %2 (%3 file); the file's columns are %4; "
                                "name one with --map %5=COLUMN")
                        .arg(source, keys.join(QLatin1String(", ")), importKindKey(request.kind),
                             quotedList(preview.header), keys.constFirst()));
    }

    ImportOptions options;
    options.customer = customer;
    options.kind = request.kind;
    options.mapping = mapping;
    if (request.timeZone)
        options.timeZone = *request.timeZone;
    else if (remembered && QTimeZone(remembered->timeZone.toUtf8()).isValid())
        options.timeZone = QTimeZone(remembered->timeZone.toUtf8());
    if (request.dateOrder)
        options.dateOrder = *request.dateOrder;
    else if (!preview.dateOrderCertain && remembered)
        options.dateOrder = remembered->dateOrder;
    else
        options.dateOrder = preview.dateOrder;
    options.write = !request.dryRun;
    options.rejectsPath =
        request.rejectsPath.isEmpty() ? path + QLatin1String(".rejects.csv") : request.rejectsPath;
    options.author = defaultAuthorName();
    options.importedAt = QDateTime::currentDateTimeUtc();

    UsageImporter importer(invocation.workspacePath, options);
    ProgressLine progressLine;
    importer.setProgressHandler(
        [&progressLine](const ImportProgress &progress) { progressLine.show(progress); });
    const ImportResult result = importer.run(path);
    progressLine.clear();
    if (!result.ok)
        return fail(result.error.isEmpty() ? CliText::tr("%1: not imported").arg(source)
                                           : namingFile(result.error, path));

    const double seconds = double(qMax<qint64>(result.milliseconds, 1)) / 1000.0;
    QString text = request.dryRun
                       ? CliText::tr("Checked %1 for \"%2\" in %3 s (%4 rows/s); nothing "
                                     "was written.")
                       : CliText::tr("Imported %1 into \"%2\" in %3 s (%4 rows/s).");
    text = text.arg(source, customerName, QLocale::c().toString(seconds, 'f', 1),
                    number(qRound64(double(result.rowsRead) / seconds)));
    text += QLatin1Char('\n');
    QStringList used;
    for (const ImportFieldSpec &spec : importFields(request.kind)) {
        const int column = mapping.value(spec.field, -1);
        if (column >= 0)
            used.append(
                QStringLiteral("%1=%2").arg(QLatin1String(spec.key), preview.header.at(column)));
    }
    text += CliText::tr("Columns: %1").arg(used.join(QLatin1String(", "))) + QLatin1Char('\n');
    const QList<QStringList> rows{
        {CliText::tr("Rows read:"), number(result.rowsRead)},
        {request.dryRun ? CliText::tr("New rows:") : CliText::tr("Imported:"),
         number(result.imported)},
        {CliText::tr("Duplicates:"), number(result.duplicates)},
        {CliText::tr("Rejected:"), number(result.rejected)},
    };
    text += alignedTable(rows, {1});
    if (result.rejected > 0) {
        if (QFileInfo::exists(options.rejectsPath))
            text += CliText::tr("Rejected rows, with the reason for each: %1")
                        .arg(displayPath(options.rejectsPath)) +
                    QLatin1Char('\n');
        for (const RejectedRow &reject : result.firstRejects.mid(0, 3)) {
            note(
                reject.column.isEmpty()
                    ? CliText::tr("%1: line %2: %3").arg(source).arg(reject.line).arg(reject.reason)
                    : CliText::tr("%1: line %2, column \"%3\": %4")
                          .arg(source)
                          .arg(reject.line)
                          .arg(reject.column, reject.reason));
        }
    }
    printOut(text);
    return Success;
}

} // namespace

Command importUsageCommand()
{
    Command command;
    command.name = QStringLiteral("import-usage");
    command.argumentNames = {CliText::tr("CUSTOMER"), CliText::tr("FILE")};
    command.summary =
        CliText::tr("Import a usage, roster or training file into a customer's usage data.");
    command.description = CliText::tr(
        "Reads a CSV or TSV file exported from the product's analytics (usage events), the "
        "customer's user list (roster) or their learning system (training), checks every "
        "row and adds the new ones to the usage data of CUSTOMER, all or nothing. Rows "
        "already imported are counted as duplicates and left out; rows that fail a check "
        "are rejected and written, with the line, column and reason, to a CSV file. Which "
        "column feeds which field is taken from the last import of a file with the same "
        "columns, else guessed from the header, and set with --map. The workspace must "
        "exist.");
    command.options = {kindOption(),      mapOption(),     timeZoneOption(),
                       dateOrderOption(), rejectsOption(), dryRunOption()};
    command.run = runImportUsage;
    return command;
}

} // namespace Csm::Cli
