#include "importtask.h"

#include <QThread>

namespace Csm {

ImportTask::ImportTask(QString workspacePath, ImportOptions options, QString filePath,
                       QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_options(std::move(options))
    , m_filePath(std::move(filePath))
{}

ImportTask::~ImportTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportTask::start()
{
    Q_ASSERT(!m_thread);
    m_running = true;
    m_thread = QThread::create([this] {
        UsageImporter importer(m_workspacePath, m_options);
        importer.setCancelFlag(&m_cancel);
        importer.setProgressHandler([this](const ImportProgress &progress) {
            // Posted to this object's thread; dropped if the task is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, progress] {
                    if (!m_running)
                        return;
                    m_progress = progress;
                    Q_EMIT progressed(progress);
                },
                Qt::QueuedConnection);
        });
        m_result = importer.run(m_filePath);
    });
    m_thread->setObjectName(QStringLiteral("usage import"));
    // QThread::finished is emitted on the worker; the connection queues it to this thread.
    connect(m_thread, &QThread::finished, this, &ImportTask::onThreadFinished);
    m_thread->start(QThread::LowPriority);
}

void ImportTask::cancel()
{
    m_cancel = true;
}

void ImportTask::onThreadFinished()
{
    if (!m_running)
        return;
    m_thread->wait();
    m_running = false;
    Q_EMIT finished();
}

} // namespace Csm
