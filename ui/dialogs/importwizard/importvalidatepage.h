// The import wizard's third page: every row checked on a worker thread without writing, then
// the counts, the rejected rows with where and why, and the choice to import the valid rows or
// go back.
#pragma once

#include "adoption/usageimporter.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace Csm {

class ImportProgressPanel;
class ImportTask;
class ImportWizard;
class RejectedRowsModel;

class ImportValidatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportValidatePage(ImportWizard *wizard);

    // Entering the page starts the check; leaving it backwards cancels a check still running.
    void initializePage() override;
    void cleanupPage() override;
    // Once the check found rows to import.
    bool isComplete() const override;

    void startValidation();
    bool isRunning() const;
    bool hasResult() const { return m_hasResult; }
    const ImportResult &result() const { return m_result; }

    // Asks where to save the rejected rows, then saves them.
    void chooseRejectsFile();
    // Copies the rejected rows the check wrote to `path`, replacing it in one step. False and
    // `error` when that fails.
    bool saveRejects(const QString &path, QString *error = nullptr);

    ImportProgressPanel *progressPanel() const { return m_progress; }
    RejectedRowsModel *rejectsModel() const { return m_rejectsModel; }
    QTableView *rejectsView() const { return m_rejectsView; }
    QPushButton *saveRejectsButton() const { return m_saveRejects; }
    QLabel *rowsLabel() const { return m_rows; }
    QLabel *validLabel() const { return m_valid; }
    QLabel *duplicatesLabel() const { return m_duplicates; }
    QLabel *rejectedLabel() const { return m_rejected; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *nextStepLabel() const { return m_nextStep; }

private:
    void reset();
    void onFinished();
    void showResult();

    ImportWizard *m_wizard;
    QPointer<ImportTask> m_task;
    ImportResult m_result;
    bool m_hasResult = false;
    QString m_rejectsPath; // written by the check, when there were rejects

    ImportProgressPanel *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_summary = nullptr;
    QLabel *m_rows = nullptr;
    QLabel *m_valid = nullptr;
    QLabel *m_duplicates = nullptr;
    QLabel *m_rejected = nullptr;
    QWidget *m_rejectsBox = nullptr;
    QLabel *m_rejectsNote = nullptr;
    RejectedRowsModel *m_rejectsModel = nullptr;
    QTableView *m_rejectsView = nullptr;
    QPushButton *m_saveRejects = nullptr;
    QLabel *m_nextStep = nullptr;
};

} // namespace Csm
