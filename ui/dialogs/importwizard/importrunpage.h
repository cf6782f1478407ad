// The import wizard's last page: the import itself on a worker thread, with progress and
// Cancel, then what was imported, skipped and rejected, or that nothing was changed.
#pragma once

#include "adoption/usageimporter.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QWidget;

namespace Csm {

class ImportProgressPanel;
class ImportTask;
class ImportWizard;

class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    // Entering the page starts the import.
    void initializePage() override;
    // Once the import has ended, however it ended.
    bool isComplete() const override;

    bool isRunning() const;
    // Asks the running import to stop; nothing is written.
    void cancelImport();
    bool hasResult() const { return m_hasResult; }
    const ImportResult &result() const { return m_result; }

    ImportProgressPanel *progressPanel() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *importedLabel() const { return m_imported; }
    QLabel *duplicatesLabel() const { return m_duplicates; }
    QLabel *rejectedLabel() const { return m_rejected; }

private:
    void onFinished();

    ImportWizard *m_wizard;
    QPointer<ImportTask> m_task;
    ImportResult m_result;
    bool m_hasResult = false;

    ImportProgressPanel *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_summary = nullptr;
    QLabel *m_imported = nullptr;
    QLabel *m_duplicates = nullptr;
    QLabel *m_rejected = nullptr;
};

} // namespace Csm
