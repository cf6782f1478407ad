#include "importrunpage.h"

#include "importprogresspanel.h"
#include "importtask.h"
#include "importwizard.h"
#include "importwizardstyle.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Csm {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The rows are written in one step: all of them, or none if you cancel."));

    m_progress = new ImportProgressPanel;
    m_message = ImportStyle::bannerLabel(QStringLiteral("importMessage"));

    auto *summary = new QGroupBox(tr("Imported"));
    summary->setObjectName(QStringLiteral("importSummary"));
    m_summary = summary;
    const auto count = [](const QString &name) {
        auto *label = new QLabel;
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    m_imported = count(QStringLiteral("importedCount"));
    m_duplicates = count(QStringLiteral("skippedDuplicatesCount"));
    m_rejected = count(QStringLiteral("skippedRejectedCount"));
    auto *form = new QFormLayout(summary);
    form->addRow(tr("Rows imported:"), m_imported);
    form->addRow(tr("Already imported, skipped:"), m_duplicates);
    form->addRow(tr("Rejected, skipped:"), m_rejected);
    summary->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(summary);
    layout->addStretch();
}

void ImportRunPage::initializePage()
{
    m_hasResult = false;
    m_result = {};
    m_summary->hide();
    ImportStyle::setBanner(m_message, ImportStyle::Banner::Info, QString());
    setTitle(tr("Importing"));
    setSubTitle(tr("The rows are written in one step: all of them, or none if you cancel."));
    // Cancel stops the import while it runs; once it is done there is nothing to cancel.
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_progress->start(tr("Importing %1\u2026").arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_progress->show();
    m_task = m_wizard->startTask(true);
    connect(m_task, &ImportTask::progressed, m_progress, &ImportProgressPanel::setProgress);
    connect(m_task, &ImportTask::finished, this, &ImportRunPage::onFinished);
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_hasResult;
}

bool ImportRunPage::isRunning() const
{
    return m_task && m_task->isRunning();
}

void ImportRunPage::cancelImport()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_progress->start(tr("Cancelling the import\u2026"));
    if (QAbstractButton *cancel = m_wizard->button(QWizard::CancelButton))
        cancel->setEnabled(false);
}

void ImportRunPage::onFinished()
{
    if (!m_task)
        return;
    m_result = m_task->result();
    m_hasResult = true;
    m_task = nullptr;
    m_progress->hide();
    if (QAbstractButton *cancel = m_wizard->button(QWizard::CancelButton))
        cancel->setEnabled(true);
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, true);

    const QLocale locale;
    if (m_result.ok) {
        setTitle(tr("Import finished"));
        setSubTitle(tr("The customer's adoption metrics now include these rows."));
        m_imported->setText(locale.toString(m_result.imported));
        m_duplicates->setText(locale.toString(m_result.duplicates));
        m_rejected->setText(locale.toString(m_result.rejected));
        m_summary->show();
        ImportStyle::setBanner(m_message, ImportStyle::Banner::Success,
                               tr("%1 rows from %2 were added to the customer's usage data.")
                                   .arg(locale.toString(m_result.imported),
                                        QFileInfo(m_wizard->filePath()).fileName()));
        m_wizard->workspace()->notifyUsageImported(m_wizard->customer());
    } else if (m_result.cancelled) {
        setTitle(tr("Import cancelled"));
        setSubTitle(tr("Nothing was written."));
        ImportStyle::setBanner(m_message, ImportStyle::Banner::Warning,
                               tr("The import was cancelled. Nothing was changed in the "
                                  "workspace."));
    } else {
        setTitle(tr("Import failed"));
        setSubTitle(tr("Nothing was written."));
        ImportStyle::setBanner(m_message, ImportStyle::Banner::Error,
                               tr("%1\nNothing was changed in the workspace.").arg(m_result.error));
    }
    Q_EMIT completeChanged();
    Q_EMIT m_wizard->importFinished();
}

} // namespace Csm
