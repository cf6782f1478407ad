// Start-up benchmark: time from process start to the first paint, and peak memory, of a bare
// QMainWindow (the reference) and of CSM Workspace on a workspace with the sample portfolio.
// Prints medians over several runs and the ratios against the targets: under 10x the bare
// window's time and under 100 MB. Built by the test build, run by hand:
//   startup-benchmark [--runs N]
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The reference: the smallest Qt Widgets window, reporting its first paint like the app does.
int runBare(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    struct Probe : QObject
    {
        QElapsedTimer *clock;
        bool done = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (!done && event->type() == QEvent::Paint) {
                done = true;
                QTimer::singleShot(0, qApp, [this] {
                    std::printf("first-paint-ms %lld\npeak-kib %lld\n",
                                static_cast<long long>(clock->elapsed()),
                                static_cast<long long>(peakMemoryKiB()));
                    std::fflush(stdout);
                    QCoreApplication::quit();
                });
            }
            return false;
        }
    } probe;
    probe.clock = &clock;
    app.installEventFilter(&probe);
    window.show();
    return app.exec();
}

struct Sample
{
    double wallMs = 0;  // measured here, from starting the process to reading its report
    double paintMs = 0; // reported by the process, from its main() to its first paint
    double peakMiB = 0;
};

bool runOnce(const QString &program, const QStringList &arguments,
             const QProcessEnvironment &environment, Sample *sample)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return false;
    }
    sample->wallMs = double(timer.nsecsElapsed()) / 1e6;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        if (parts[0] == "first-paint-ms")
            sample->paintMs = parts[1].toDouble();
        else if (parts[0] == "peak-kib")
            sample->peakMiB = parts[1].toDouble() / 1024.0;
    }
    return process.exitCode() == 0 && sample->peakMiB > 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--bare") == 0)
        return runBare(argc, argv);

    QCoreApplication app(argc, argv);
    int runs = 7;
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt >= 0 && runsAt + 1 < args.size())
        runs = std::max(1, args.at(runsAt + 1).toInt());

    const QString appPath = QStringLiteral(CSM_WORKSPACE_PATH);
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keep the benchmark's settings and data away from the user's.
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QString workspace = home.filePath(QStringLiteral("benchmark.csmw"));
    const QStringList appArguments{QStringLiteral("--workspace"), workspace,
                                   QStringLiteral("--exit-after-first-paint")};

    // The first start creates the workspace with the sample portfolio; measure the starts
    // after it, as a user sees every day.
    Sample warmup;
    if (!runOnce(appPath, appArguments, environment, &warmup)) {
        std::fprintf(stderr, "startup-benchmark: %s did not report a first paint\n",
                     qPrintable(appPath));
        return 1;
    }
    runOnce(QCoreApplication::applicationFilePath(), {QStringLiteral("--bare")}, environment,
            &warmup);

    QList<double> bareWall, barePaint, bareMem, appWall, appPaint, appMem;
    for (int i = 0; i < runs; ++i) {
        Sample bare, ours;
        if (!runOnce(QCoreApplication::applicationFilePath(), {QStringLiteral("--bare")},
                     environment, &bare) ||
            !runOnce(appPath, appArguments, environment, &ours)) {
            std::fprintf(stderr, "startup-benchmark: run %d failed\n", i + 1);
            return 1;
        }
        bareWall << bare.wallMs;
        barePaint << bare.paintMs;
        bareMem << bare.peakMiB;
        appWall << ours.wallMs;
        appPaint << ours.paintMs;
        appMem << ours.peakMiB;
    }

    const double timeRatio = median(appWall) / median(bareWall);
    const double memoryRatio = median(appMem) / median(bareMem);
    std::printf("Start-up to first paint, median of %d runs (platform %s)\n", runs,
                qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"))));
    std::printf("%-38s %12s %14s %12s\n", "", "process ms", "in-main ms", "peak MiB");
    std::printf("%-38s %12.1f %14.1f %12.1f\n", "reference: bare QMainWindow", median(bareWall),
                median(barePaint), median(bareMem));
    std::printf("%-38s %12.1f %14.1f %12.1f\n", "CSM Workspace, sample portfolio", median(appWall),
                median(appPaint), median(appMem));
    std::printf("ratio (ours / reference)               %12.2fx %27.2fx\n", timeRatio, memoryRatio);
    const bool timeOk = timeRatio < 10.0;
    const bool memoryOk = median(appMem) < 100.0;
    std::printf("target start-up < 10x reference: %s\n", timeOk ? "met" : "NOT MET");
    std::printf("target peak memory < 100 MB:     %s\n", memoryOk ? "met" : "NOT MET");
    return timeOk && memoryOk ? 0 : 2;
}
