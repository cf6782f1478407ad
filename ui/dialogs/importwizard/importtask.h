// One run of the usage importer on a worker thread of its own: progress and the end are
// delivered on the thread that owns the task, and destroying the task cancels the run and
// waits for it, so a window can never go away under a running import.
#pragma once

#include "adoption/usageimporter.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace Csm {

class ImportTask : public QObject
{
    Q_OBJECT

public:
    ImportTask(QString workspacePath, ImportOptions options, QString filePath,
               QObject *parent = nullptr);
    ~ImportTask() override;

    // Starts the import on a new thread; once only.
    void start();
    // Asks the import to stop soon, writing nothing; finished() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelRequested() const { return m_cancel.load(); }
    const ImportOptions &options() const { return m_options; }
    QString filePath() const { return m_filePath; }
    // The outcome, once finished() has been emitted.
    const ImportResult &result() const { return m_result; }
    // The last progress reported, zero before the first report.
    const ImportProgress &progress() const { return m_progress; }

Q_SIGNALS:
    void progressed(const Csm::ImportProgress &progress);
    void finished();

private:
    void onThreadFinished();

    QString m_workspacePath;
    ImportOptions m_options;
    QString m_filePath;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
    bool m_running = false;
    ImportResult m_result; // written by the worker, read after it has finished
    ImportProgress m_progress;
};

} // namespace Csm
