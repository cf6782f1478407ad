// The import wizard's first page: the file, chosen in a file dialog or dropped on the page,
// with its detected encoding and delimiter, and what kind of data it holds.
#pragma once

#include "adoption/importschema.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Csm {

class ImportWizard;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    // Opens a file dialog and takes the chosen file.
    void chooseFile();

    ImportKind kind() const;
    void setKind(ImportKind kind);
    // The kind the header suggests, if one kind fits it clearly.
    static std::optional<ImportKind> guessKind(const QStringList &header);

    void initializePage() override;
    bool isComplete() const override;

    QPushButton *chooseButton() const { return m_choose; }
    QRadioButton *kindButton(ImportKind kind) const;
    QLabel *fileLabel() const { return m_file; }
    QLabel *formatLabel() const { return m_format; }
    QLabel *kindNote() const { return m_kindNote; }
    QLabel *errorLabel() const { return m_error; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showFile();
    void setDropHighlight(bool on);

    ImportWizard *m_wizard;
    QWidget *m_dropZone = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_format = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QLabel *m_kindNote = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Csm
