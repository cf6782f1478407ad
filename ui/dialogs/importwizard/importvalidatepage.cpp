#include "importvalidatepage.h"

#include "importprogresspanel.h"
#include "importtask.h"
#include "importwizard.h"
#include "importwizardstyle.h"
#include "rejectedrowsmodel.h"
#include "widgets/pagewidgets.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace Csm {

namespace {

QLabel *countLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ImportValidatePage::ImportValidatePage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row is checked before anything is written to the workspace."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_progress = new ImportProgressPanel;
    m_error = ImportStyle::bannerLabel(QStringLiteral("validateError"));

    // The counts.
    auto *summary = new QGroupBox(tr("Result of the check"));
    summary->setObjectName(QStringLiteral("validateSummary"));
    m_summary = summary;
    m_rows = countLabel(QStringLiteral("rowsCount"));
    m_valid = countLabel(QStringLiteral("validCount"));
    m_duplicates = countLabel(QStringLiteral("duplicatesCount"));
    m_rejected = countLabel(QStringLiteral("rejectedCount"));
    auto *counts = new QFormLayout(summary);
    counts->addRow(tr("Rows in the file:"), m_rows);
    counts->addRow(tr("Valid, to be imported:"), m_valid);
    counts->addRow(tr("Already imported, to be skipped:"), m_duplicates);
    counts->addRow(tr("Rejected:"), m_rejected);

    // The rejected rows.
    auto *rejectsBox = new QGroupBox(tr("Rejected rows"));
    rejectsBox->setObjectName(QStringLiteral("rejectsBox"));
    m_rejectsBox = rejectsBox;
    m_rejectsModel = new RejectedRowsModel(this);
    m_rejectsView = new QTableView;
    m_rejectsView->setObjectName(QStringLiteral("rejectsTable"));
    m_rejectsView->setAccessibleName(tr("Rejected rows"));
    m_rejectsView->setModel(m_rejectsModel);
    m_rejectsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectsView->setAlternatingRowColors(true);
    m_rejectsView->setWordWrap(false);
    m_rejectsView->verticalHeader()->hide();
    m_rejectsView->verticalHeader()->setDefaultSectionSize(
        m_rejectsView->verticalHeader()->minimumSectionSize());
    m_rejectsView->horizontalHeader()->setStretchLastSection(true);
    m_rejectsView->setColumnWidth(RejectedRowsModel::RowColumn, 70);
    m_rejectsView->setColumnWidth(RejectedRowsModel::ColumnColumn, 140);
    m_rejectsNote = hintLabel();
    m_saveRejects = new QPushButton(tr("&Save rejects as CSV\u2026"));
    m_saveRejects->setObjectName(QStringLiteral("saveRejectsButton"));
    m_saveRejects->setAccessibleName(tr("Save the rejected rows as a CSV file"));
    m_saveRejects->setAutoDefault(false);
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportValidatePage::chooseRejectsFile);
    auto *rejectsButtons = new QHBoxLayout;
    rejectsButtons->addWidget(m_rejectsNote, 1);
    rejectsButtons->addWidget(m_saveRejects, 0, Qt::AlignTop);
    auto *rejectsLayout = new QVBoxLayout(rejectsBox);
    rejectsLayout->addWidget(m_rejectsView, 1);
    rejectsLayout->addLayout(rejectsButtons);

    m_nextStep = ImportStyle::bannerLabel(QStringLiteral("validateNextStep"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(summary);
    layout->addWidget(rejectsBox, 1);
    layout->addWidget(m_nextStep);
    layout->addStretch();
    reset();
}

void ImportValidatePage::reset()
{
    m_hasResult = false;
    m_result = {};
    m_rejectsPath.clear();
    m_rejectsModel->setRejects({});
    m_progress->hide();
    m_summary->hide();
    m_rejectsBox->hide();
    ImportStyle::setBanner(m_error, ImportStyle::Banner::Error, QString());
    ImportStyle::setBanner(m_nextStep, ImportStyle::Banner::Info, QString());
    Q_EMIT completeChanged();
}

void ImportValidatePage::initializePage()
{
    startValidation();
}

void ImportValidatePage::cleanupPage()
{
    if (m_task) {
        // The wizard keeps the task until it has stopped.
        m_task->disconnect(this);
        m_task->cancel();
        m_task = nullptr;
    }
    reset();
    QWizardPage::cleanupPage();
}

bool ImportValidatePage::isRunning() const
{
    return m_task && m_task->isRunning();
}

void ImportValidatePage::startValidation()
{
    if (m_task) {
        m_task->disconnect(this);
        m_task->cancel();
    }
    reset();
    m_progress->start(
        tr("Checking every row of %1\u2026").arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_progress->show();
    m_task = m_wizard->startTask(false);
    connect(m_task, &ImportTask::progressed, m_progress, &ImportProgressPanel::setProgress);
    connect(m_task, &ImportTask::finished, this, &ImportValidatePage::onFinished);
}

void ImportValidatePage::onFinished()
{
    ImportTask *task = m_task;
    if (!task)
        return;
    m_result = task->result();
    m_hasResult = true;
    const QString rejectsPath = task->options().rejectsPath;
    m_rejectsPath = QFileInfo::exists(rejectsPath) ? rejectsPath : QString();
    m_task = nullptr;
    showResult();
    Q_EMIT completeChanged();
    Q_EMIT m_wizard->validationFinished();
}

void ImportValidatePage::showResult()
{
    m_progress->hide();
    const QLocale locale;
    if (m_result.cancelled) {
        ImportStyle::setBanner(m_error, ImportStyle::Banner::Warning,
                               tr("The check was cancelled."));
        return;
    }
    if (!m_result.ok) {
        ImportStyle::setBanner(
            m_error, ImportStyle::Banner::Error,
            tr("The file could not be checked. %1\nNothing was changed.").arg(m_result.error));
        return;
    }

    m_rows->setText(locale.toString(m_result.rowsRead));
    m_valid->setText(locale.toString(m_result.imported));
    m_duplicates->setText(locale.toString(m_result.duplicates));
    m_rejected->setText(locale.toString(m_result.rejected));
    m_summary->show();

    m_rejectsModel->setRejects(m_result.firstRejects);
    m_rejectsBox->setVisible(m_result.rejected > 0);
    m_saveRejects->setEnabled(!m_rejectsPath.isEmpty());
    if (m_result.rejected > m_result.firstRejects.size())
        m_rejectsNote->setText(tr("The first %1 of %2 rejected rows are listed. The saved file "
                                  "holds them all, with their columns.")
                                   .arg(locale.toString(m_result.firstRejects.size()),
                                        locale.toString(m_result.rejected)));
    else
        m_rejectsNote->setText(tr("Save them to correct them in a spreadsheet: the file holds "
                                  "each row's columns and why it was rejected."));
    if (m_rejectsModel->rowCount() > 0)
        m_rejectsView->selectRow(0);

    if (m_result.imported == 0) {
        setButtonText(QWizard::CommitButton, tr("&Import"));
        ImportStyle::setBanner(
            m_nextStep, ImportStyle::Banner::Error,
            m_result.rejected == 0 && m_result.duplicates > 0
                ? tr("Every row of this file is already imported. There is nothing to import.")
                : tr("No row can be imported. Go back to choose other columns, or correct the "
                     "file and choose it again."));
    } else if (m_result.rejected > 0) {
        setButtonText(QWizard::CommitButton, tr("&Import valid rows"));
        ImportStyle::setBanner(
            m_nextStep, ImportStyle::Banner::Warning,
            tr("Import the %1 valid rows and skip the %2 rejected ones, or go back to choose "
               "other columns. To keep the rejected rows, save them, correct them and import "
               "that file afterwards.")
                .arg(locale.toString(m_result.imported), locale.toString(m_result.rejected)));
    } else {
        setButtonText(QWizard::CommitButton, tr("&Import"));
        ImportStyle::setBanner(m_nextStep, ImportStyle::Banner::Success,
                               tr("All rows are valid. Import adds %1 rows to the workspace.")
                                   .arg(locale.toString(m_result.imported)));
    }
}

bool ImportValidatePage::isComplete() const
{
    return m_hasResult && m_result.ok && !m_result.cancelled && m_result.imported > 0;
}

void ImportValidatePage::chooseRejectsFile()
{
    if (m_rejectsPath.isEmpty())
        return;
    const QFileInfo source(m_wizard->filePath());
    const QString suggested =
        source.absoluteDir().filePath(tr("%1 rejects.csv").arg(source.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRejects(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save the rejected rows"), error);
        return;
    }
    m_rejectsNote->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool ImportValidatePage::saveRejects(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_rejectsPath.isEmpty())
        return fail(tr("There are no rejected rows to save."));
    QFile source(m_rejectsPath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("The rejected rows cannot be read: %1").arg(source.errorString()));
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return fail(tr("%1: %2").arg(QDir::toNativeSeparators(path), target.errorString()));
    // In chunks: a big file can have many rejects.
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return fail(tr("The rejected rows cannot be read: %1").arg(source.errorString()));
        if (target.write(chunk) != chunk.size())
            return fail(tr("%1: %2").arg(QDir::toNativeSeparators(path), target.errorString()));
    }
    if (!target.commit())
        return fail(tr("%1: %2").arg(QDir::toNativeSeparators(path), target.errorString()));
    return true;
}

} // namespace Csm
