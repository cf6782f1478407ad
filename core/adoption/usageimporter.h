// Imports an adoption file (usage events, user roster or training completions) into one
// customer's usage data: streams the file, validates every row, skips rows already imported,
// and keeps the rollups the metrics read up to date, all in one transaction on a connection
// of its own, so it can run on a worker thread while the window stays responsive.
#pragma once

#include "adoption/csvreader.h"
#include "adoption/importschema.h"
#include "domain/id.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>

namespace Csm {

// The first rows of a file, to show before importing and to guess the mapping from.
struct ImportPreview
{
    CsvFormat format;
    QStringList header;
    QList<QStringList> rows; // up to the number asked for, after the header
    // Guessed from the sample rows' dates ("31/01/2026" means day first).
    DateOrder dateOrder = DateOrder::DayFirst;
    bool dateOrderCertain = false;
    QString error; // why the file cannot be read ("line 3: ..."), empty when it can
};

ImportPreview previewImportFile(const QString &path, int rows = 50);

struct ImportOptions
{
    CustomerId customer;
    ImportKind kind = ImportKind::Usage;
    ColumnMapping mapping;
    // How times without an offset are read ("2026-01-05T09:12:00" in this zone); times that
    // state their offset ("...Z", "+01:00") keep it. Days are counted in this zone.
    QTimeZone timeZone = QTimeZone::utc();
    DateOrder dateOrder = DateOrder::DayFirst;
    // False checks every row and counts what would happen, writing nothing.
    bool write = true;
    // Where to write the rejected rows as CSV (their columns plus row, column and reason);
    // empty writes none. Written atomically, only when there are rejects.
    QString rejectsPath;
    QString author;       // recorded with the import
    QDateTime importedAt; // recorded with the import; now when invalid
};

// A row that failed validation: where, which column and why ("missing e-mail").
struct RejectedRow
{
    qint64 line = 0; // line of the file the row starts on (the header is line 1)
    QString column;  // the column's header name; empty when the row as a whole is wrong
    QString reason;
};

struct ImportProgress
{
    qint64 rowsRead = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    double rowsPerSecond = 0;
};

struct ImportResult
{
    bool ok = false; // false: nothing was written (cancelled or failed)
    bool cancelled = false;
    QString error;         // what stopped the import, naming the file and line
    qint64 rowsRead = 0;   // data rows, header excluded, blank lines skipped
    qint64 imported = 0;   // new rows written (or that would be, when not writing)
    qint64 duplicates = 0; // rows already in the workspace or earlier in the same file
    qint64 rejected = 0;
    QList<RejectedRow> firstRejects; // the first ones, for showing; all are in the file
    static constexpr int MaxRejectsKept = 1000;
    qint64 milliseconds = 0;
};

class UsageImporter
{
public:
    // Imports into the workspace file at `workspacePath`, which must be a current workspace.
    UsageImporter(QString workspacePath, ImportOptions options);

    // Called from run() about every 64k rows, on the thread running the import.
    void setProgressHandler(std::function<void(const ImportProgress &)> handler)
    {
        m_progress = std::move(handler);
    }
    // Setting the flag from any thread stops run() soon after, writing nothing.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    ImportResult run(const QString &filePath);

private:
    QString m_workspacePath;
    ImportOptions m_options;
    std::function<void(const ImportProgress &)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

// The mapping, time zone and date order last used for a file with this header fingerprint,
// read from the workspace; false when none was remembered. (The importer remembers them.)
struct RememberedMapping
{
    QJsonObject mapping;
    QString timeZone;
    DateOrder dateOrder = DateOrder::DayFirst;
};

} // namespace Csm
