// Usage import benchmark: a million-row usage export imported by `csmw import-usage` into a
// fresh workspace, against the sqlite3 shell's `.import` of the same file into a plain table
// (the reference: the least any import into SQLite can cost), with wall time and peak memory
// of each; then the time to compute the customer's adoption metrics from the workspace.
// Targets: at most 1.5x the reference's time, under 300 MB, metrics under 50 ms. Built by the
// test build, run by hand:
//   usage-import-benchmark [CSV] [--runs N] [--tool MAKE_USAGE_CSV] [--rows N]
// Without CSV, the file is made by the make-usage-csv tool named by --tool or by the
// CSM_MAKE_USAGE_CSV environment variable (`TOOL ROWS OUT --bad-every 1000`), else by the
// same generator the tests use.
#include "usagecsvgenerator.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct ChildRun
{
    bool ok = false;
    double wallMs = 0;
    double peakMiB = 0;
    QByteArray out;
};

// Runs a program to its end with its standard output in a file and its standard error
// dropped; measures its wall time and, through wait4, its own peak resident memory.
ChildRun runChild(const QStringList &command, const QString &outputFile)
{
    ChildRun run;
    std::vector<QByteArray> storage;
    for (const QString &part : command)
        storage.push_back(part.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = outputFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.peakMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    QFile file(outputFile);
    if (file.open(QIODevice::ReadOnly))
        run.out = file.readAll();
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

qint64 figure(const QByteArray &output, const char *label)
{
    const QRegularExpression pattern(QStringLiteral("%1\\s+([0-9,]+)").arg(QLatin1String(label)));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(output));
    return match.hasMatch() ? match.captured(1).remove(QLatin1Char(',')).toLongLong() : -1;
}

void fail(const char *message)
{
    std::fprintf(stderr, "usage-import-benchmark: %s\n", message);
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    qint64 rows = 1000000;
    QString tool =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("CSM_MAKE_USAGE_CSV"));
    QString csv;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (arg == QLatin1String("--rows") && i + 1 < args.size())
            rows = std::max<qint64>(1, args.at(++i).toLongLong());
        else if (arg == QLatin1String("--tool") && i + 1 < args.size())
            tool = args.at(++i);
        else if (!arg.startsWith(QLatin1String("--")))
            csv = arg;
        else
            fail("usage: usage-import-benchmark [CSV] [--runs N] [--rows N] [--tool PATH]");
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        fail("cannot make a temporary folder");
    const char *source = "the file given";
    if (csv.isEmpty()) {
        csv = dir.filePath(QStringLiteral("usage.csv"));
        QElapsedTimer timer;
        timer.start();
        if (!tool.isEmpty() && QFileInfo(tool).isExecutable()) {
            source = "make-usage-csv";
            const ChildRun made = runChild({tool, QString::number(rows), csv,
                                            QStringLiteral("--bad-every"), QStringLiteral("1000")},
                                           dir.filePath(QStringLiteral("tool.out")));
            if (!made.ok)
                fail("make-usage-csv failed");
        } else {
            source = "the built-in generator";
            if (!Csm::Test::UsageCsvGenerator(7).write(csv, rows, 1000))
                fail("cannot write the usage file");
        }
        std::printf("Usage file: %lld rows from %s in %.1f s\n", static_cast<long long>(rows),
                    source, double(timer.elapsed()) / 1000.0);
    }
    const qint64 bytes = QFileInfo(csv).size();
    if (bytes <= 0)
        fail("the usage file is missing or empty");
    std::printf("File: %s, %.1f MiB\n", qPrintable(QDir::toNativeSeparators(csv)),
                double(bytes) / (1 << 20));
    std::printf("Load average before: %s", qPrintable([] {
                    QFile load(QStringLiteral("/proc/loadavg"));
                    return load.open(QIODevice::ReadOnly) ? QString::fromLatin1(load.readAll())
                                                          : QStringLiteral("?\n");
                }()));
    std::fflush(stdout);

    const QString csmw = QStringLiteral(CSMW_PATH);
    const QString customerFile =
        QDir(QStringLiteral(CSM_CLI_DATA_DIR)).filePath(QStringLiteral("northwind-traders.json"));
    const QString output = dir.filePath(QStringLiteral("child.out"));

    QList<double> sqliteMs, sqliteMiB, csmwMs, csmwMiB;
    qint64 imported = -1, rejected = -1, duplicates = -1, rowsRead = -1;
    QString workspace;
    for (int run = 0; run < runs; ++run) {
        // (a) The reference: the sqlite3 shell's CSV import into a table without constraints.
        const QString db = dir.filePath(QStringLiteral("reference-%1.db").arg(run));
        const ChildRun reference = runChild(
            {QStringLiteral("sqlite3"), db, QStringLiteral("-cmd"),
             QStringLiteral("CREATE TABLE u(user_email TEXT, user_role TEXT, event TEXT, "
                            "feature TEXT, timestamp TEXT, duration_s INTEGER)"),
             QStringLiteral(".mode csv"), QStringLiteral(".import --skip 1 %1 u").arg(csv)},
            output);
        if (reference.wallMs <= 0)
            fail("sqlite3 could not be run");
        sqliteMs.append(reference.wallMs);
        sqliteMiB.append(reference.peakMiB);
        QFile::remove(db);

        // (b) csmw import-usage into a fresh workspace with one customer.
        workspace = dir.filePath(QStringLiteral("workspace-%1.csmw").arg(run));
        if (!runChild({csmw, QStringLiteral("--workspace"), workspace,
                       QStringLiteral("import-json"), customerFile},
                      output)
                 .ok)
            fail("csmw import-json failed");
        const ChildRun ours =
            runChild({csmw, QStringLiteral("--workspace"), workspace,
                      QStringLiteral("import-usage"), QStringLiteral("Northwind Traders"), csv,
                      QStringLiteral("--rejects"), dir.filePath(QStringLiteral("rejects.csv"))},
                     output);
        if (!ours.ok)
            fail("csmw import-usage failed");
        csmwMs.append(ours.wallMs);
        csmwMiB.append(ours.peakMiB);
        rowsRead = figure(ours.out, "Rows read:");
        imported = figure(ours.out, "Imported:");
        duplicates = figure(ours.out, "Duplicates:");
        rejected = figure(ours.out, "Rejected:");
        std::printf("Run %d: sqlite3 %.0f ms %.1f MiB, csmw %.0f ms %.1f MiB\n", run + 1,
                    reference.wallMs, reference.peakMiB, ours.wallMs, ours.peakMiB);
        std::fflush(stdout);
        if (run + 1 < runs)
            QFile::remove(workspace);
    }

    // (c) The metrics, in process, from the last workspace: the rollups read from SQLite and
    // computed, as the application does when the adoption page or the success plan asks.
    QString error;
    const std::unique_ptr<Csm::Workspace> opened = Csm::Workspace::open(workspace, &error);
    if (!opened)
        fail(qPrintable(error));
    const Csm::CustomerId customer = opened->customerIds().value(0);
    QList<double> metricsMs, rollupsMs, computeMs;
    Csm::AdoptionMetrics metrics;
    Csm::AdoptionMetrics lastDay; // as of the last day with data, for the figures printed
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer timer;
        timer.start();
        metrics = opened->adoptionMetrics(customer);
        metricsMs.append(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        const Csm::UsageRollups rollups = opened->usageRollups(customer);
        rollupsMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        // As of the last day with data, so the 90 days in range hold all of it.
        const QDate asOf = metrics.lastActivity.isValid() ? metrics.lastActivity : opened->today();
        lastDay = Csm::computeAdoptionMetrics(rollups, opened->adoptionInputs(customer, asOf));
        computeMs.append(double(timer.nsecsElapsed()) / 1e6);
    }

    const double ratio = median(csmwMs) / median(sqliteMs);
    const double peak = *std::max_element(csmwMiB.cbegin(), csmwMiB.cend());
    std::printf("\nMedian of %d runs:\n", runs);
    std::printf("  sqlite3 .import (reference)  %8.0f ms  %6.1f MiB\n", median(sqliteMs),
                *std::max_element(sqliteMiB.cbegin(), sqliteMiB.cend()));
    std::printf("  csmw import-usage            %8.0f ms  %6.1f MiB  (%.0f rows/s)\n",
                median(csmwMs), peak, double(rowsRead) / (median(csmwMs) / 1000.0));
    std::printf("  ratio                        %8.2fx      target <= 1.5x: %s\n", ratio,
                ratio <= 1.5 ? "met" : "MISSED");
    std::printf("  peak memory of csmw          %8.1f MB       target < 300 MB: %s\n",
                peak * 1.048576, peak * 1.048576 < 300 ? "met" : "MISSED");
    std::printf("  rows read %lld, imported %lld, duplicates %lld, rejected %lld\n",
                static_cast<long long>(rowsRead), static_cast<long long>(imported),
                static_cast<long long>(duplicates), static_cast<long long>(rejected));
    std::printf("  adoption metrics             %8.2f ms  (rollups read %.2f ms, computed as of "
                "the last day with data %.2f ms; median of 9)  target < 50 ms: %s\n",
                median(metricsMs), median(rollupsMs), median(computeMs),
                median(metricsMs) < 50 ? "met" : "MISSED");
    std::printf("  metrics as of %s: %d users, %d weekly active, %lld weeks\n",
                qPrintable(lastDay.lastActivity.toString(Qt::ISODate)), lastDay.usersProvisioned,
                lastDay.weeklyActive, static_cast<long long>(lastDay.weeks.size()));
    return 0;
}
