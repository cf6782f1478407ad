#include "portfoliosettingsdialog.h"

#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QUndoCommand>
#include <QVBoxLayout>

#include <memory>

namespace Csm {

PortfolioSettingsDialog::PortfolioSettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_editor(new PortfolioSettingsEditor(workspace))
{
    setWindowTitle(tr("Portfolio thresholds and targets"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setText(tr("Restore defaults"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    // Wide enough for the longest labels next to their editors without scrolling sideways.
    resize(620, 640);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, m_editor, &PortfolioSettingsEditor::restoreDefaults);
}

bool PortfolioSettingsDialog::apply()
{
    auto command = std::make_unique<QUndoCommand>(tr("Change portfolio thresholds"));
    if (!m_editor->addChanges(command.get()))
        return false;
    m_workspace->undoStack()->push(command.release());
    return true;
}

void PortfolioSettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace Csm
