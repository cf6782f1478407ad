// Starts the desktop application on the default workspace or the one given.
#include "mainwindow.h"
#include "sample/sampleportfolio.h"
#include "sharing/instancechannel.h"
#include "workspace/applicationidentity.h"
#include "workspace/translations.h"
#include "workspace/userpreferences.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QUndoCommand>

#include <cstdio>

namespace {

// Peak resident memory of this process in KiB, from the kernel's accounting.
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

// Reports the first paint of the main window on stdout and quits: used by the start-up
// benchmark.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *window, const QElapsedTimer &clock)
        : m_window(window)
        , m_clock(clock)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            QTimer::singleShot(0, qApp, [this] {
                std::printf("first-paint-ms %lld\npeak-kib %lld\n",
                            static_cast<long long>(m_clock.elapsed()),
                            static_cast<long long>(peakMemoryKiB()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    Csm::setApplicationIdentity();
    Csm::Translators translators;
    Csm::installTranslations(translators, Csm::UserPreferences::load(QSettings()).language);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "CSM Workspace"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("csm-workspace"), QIcon(QStringLiteral(":/icons/csm-workspace.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("csm-workspace"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "The offline workspace for B2B customer onboardings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QApplication::translate("main",
                                "Open the workspace file at <path> instead of the default."),
        QStringLiteral("path"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("exit-after-first-paint"),
        QApplication::translate("main", "Print start-up time and peak memory at the first paint, "
                                        "then quit (for benchmarks)."));
    parser.addOption(workspaceOption);
    parser.addOption(firstPaintOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "A shared onboarding file (.onboarding) to take back, or a "
                                        "JSON onboarding file to import."),
        QStringLiteral("[file]"));
    parser.process(app);

    const QString path = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                       : Csm::startWorkspacePath(QSettings());
    const bool firstRun = !QFileInfo::exists(path);
    const QStringList files = parser.positionalArguments();

    // One application per workspace: a second start hands its files to the first and exits.
    const bool benchmark = parser.isSet(firstPaintOption);
    const QString channelName = Csm::InstanceChannel::nameFor(path);
    if (!benchmark && !firstRun && Csm::InstanceChannel::forward(channelName, files))
        return 0;
    Csm::InstanceChannel channel;
    if (!benchmark)
        channel.listen(channelName);

    Csm::MainWindow window;
    QString error;
    // The portfolio, shown first, reads every customer's usage: start on it while loading.
    std::unique_ptr<Csm::Workspace> workspace =
        Csm::Workspace::open(path, &error, nullptr, Csm::UsagePrefetch::AllRollups);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open workspace"),
                              error);
        return 1;
    }
    Csm::setWorkspaceUser(*workspace);
    if (firstRun) {
        // A new user sees the product working at once; not an undoable edit of theirs.
        if (QUndoCommand *sample = Csm::makeAddSamplePortfolio(workspace.get())) {
            workspace->undoStack()->push(sample);
            workspace->undoStack()->clear();
        }
    }
    window.setWorkspace(std::move(workspace));

    FirstPaintProbe probe(&window, clock);
    if (parser.isSet(firstPaintOption))
        app.installEventFilter(&probe);

    window.show();
    QObject::connect(&channel, &Csm::InstanceChannel::filesReceived, &window,
                     [&window](const QStringList &received) {
                         window.showNormal();
                         window.raise();
                         window.activateWindow();
                         for (const QString &file : received)
                             window.openFile(file);
                     });
    if (!files.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, files] {
            for (const QString &file : files)
                window.openFile(file);
        });
    }
    return app.exec();
}
