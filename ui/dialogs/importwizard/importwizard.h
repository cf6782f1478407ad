// The wizard that imports an adoption file (usage events, user roster or training completions)
// into one customer's usage data: choose the file, match its columns, check every row, import.
// The checks and the import run on a worker thread; the wizard does not close while one runs.
#pragma once

#include "adoption/importschema.h"
#include "adoption/usageimporter.h"
#include "domain/id.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QWizard>

namespace Csm {

class ImportFilePage;
class ImportMappingPage;
class ImportRunPage;
class ImportTask;
class ImportValidatePage;
class Workspace;

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, ValidatePageId, ImportPageId };

    ImportWizard(Workspace *workspace, const CustomerId &customer, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace *workspace() const { return m_workspace; }
    CustomerId customer() const { return m_customer; }

    // Reads the file's first rows, shows its format and guesses its kind from the header.
    void setFile(const QString &path);
    QString filePath() const { return m_filePath; }
    const ImportPreview &preview() const { return m_preview; }

    void setKind(ImportKind kind);
    ImportKind kind() const;

    // What the mapping page says: columns, time zone, date order.
    ColumnMapping mapping() const;
    QTimeZone timeZone() const;
    DateOrder dateOrder() const;

    // The options for a check (write false) or the import (write true).
    ImportOptions options(bool write) const;

    // Starts the importer on a worker thread. The wizard keeps it until it finishes; it is
    // also cancelled and waited for if the wizard goes away first.
    ImportTask *startTask(bool write);
    // True while a check or the import runs.
    bool isBusy() const;

    // The folder where checks write the rejected rows, removed with the wizard.
    QString rejectsTempPath() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportValidatePage *validatePage() const { return m_validatePage; }
    ImportRunPage *runPage() const { return m_runPage; }

public Q_SLOTS:
    // While the import runs: cancels it and stays open to say that nothing was changed. While
    // a check runs: cancels it and closes once it has stopped.
    void reject() override;

Q_SIGNALS:
    void fileChanged();
    // A check or the import ended (finished, failed or cancelled).
    void validationFinished();
    void importFinished();

private:
    void onTaskFinished(ImportTask *task);

    Workspace *m_workspace;
    CustomerId m_customer;
    QString m_filePath;
    ImportPreview m_preview;
    QTemporaryDir m_tempDir;
    int m_checks = 0;
    QList<QPointer<ImportTask>> m_tasks;
    bool m_closeWhenIdle = false;

    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportValidatePage *m_validatePage = nullptr;
    ImportRunPage *m_runPage = nullptr;
};

} // namespace Csm
