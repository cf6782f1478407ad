#include "importwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importrunpage.h"
#include "importtask.h"
#include "importvalidatepage.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QFileInfo>

namespace Csm {

ImportWizard::ImportWizard(Workspace *workspace, const CustomerId &customer, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_customer(customer)
{
    setObjectName(QStringLiteral("importWizard"));
    const Customer *c = workspace->customer(customer);
    setWindowTitle(c ? tr("Import usage data: %1").arg(c->accountName.trimmed())
                     : tr("Import usage data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    resize(880, 680);

    m_filePage = new ImportFilePage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_validatePage = new ImportValidatePage(this);
    m_runPage = new ImportRunPage(this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ValidatePageId, m_validatePage);
    setPage(ImportPageId, m_runPage);
    setStartId(FilePageId);

    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

ImportWizard::~ImportWizard()
{
    // Stop what still runs before the pages go: each task cancels and waits for its thread.
    for (const QPointer<ImportTask> &task : std::as_const(m_tasks))
        delete task.data();
}

void ImportWizard::setFile(const QString &path)
{
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_preview = previewImportFile(m_filePath);
    Q_EMIT fileChanged();
}

void ImportWizard::setKind(ImportKind kind)
{
    m_filePage->setKind(kind);
}

ImportKind ImportWizard::kind() const
{
    return m_filePage->kind();
}

ColumnMapping ImportWizard::mapping() const
{
    return m_mappingPage->mapping();
}

QTimeZone ImportWizard::timeZone() const
{
    return m_mappingPage->timeZone();
}

DateOrder ImportWizard::dateOrder() const
{
    return m_mappingPage->dateOrder();
}

ImportOptions ImportWizard::options(bool write) const
{
    ImportOptions options;
    options.customer = m_customer;
    options.kind = kind();
    options.mapping = mapping();
    options.timeZone = timeZone();
    options.dateOrder = dateOrder();
    options.write = write;
    options.author = m_workspace->author();
    options.importedAt = m_workspace->now();
    return options;
}

ImportTask *ImportWizard::startTask(bool write)
{
    ImportOptions taskOptions = options(write);
    if (!write) {
        // A file of its own for each check: a cancelled one may still be finishing.
        taskOptions.rejectsPath =
            m_tempDir.filePath(QStringLiteral("rejects-%1.csv").arg(++m_checks));
    }
    auto *task = new ImportTask(m_workspace->path(), taskOptions, m_filePath, this);
    m_tasks.append(task);
    connect(task, &ImportTask::finished, this, [this, task] { onTaskFinished(task); });
    task->start();
    return task;
}

bool ImportWizard::isBusy() const
{
    for (const QPointer<ImportTask> &task : m_tasks)
        if (task && task->isRunning())
            return true;
    return false;
}

QString ImportWizard::rejectsTempPath() const
{
    return m_tempDir.path();
}

void ImportWizard::onTaskFinished(ImportTask *task)
{
    m_tasks.removeAll(task);
    task->deleteLater();
    if (m_closeWhenIdle && !isBusy()) {
        m_closeWhenIdle = false;
        if (QAbstractButton *cancel = button(QWizard::CancelButton))
            cancel->setEnabled(true);
        QWizard::reject();
    }
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancelImport();
        return;
    }
    if (isBusy()) {
        // A check is running: stop it, and close once it has stopped.
        m_closeWhenIdle = true;
        for (const QPointer<ImportTask> &task : std::as_const(m_tasks))
            if (task)
                task->cancel();
        if (QAbstractButton *cancel = button(QWizard::CancelButton))
            cancel->setEnabled(false);
        return;
    }
    QWizard::reject();
}

} // namespace Csm
