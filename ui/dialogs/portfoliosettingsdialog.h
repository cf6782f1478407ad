// The portfolio's thresholds and targets in a dialog of their own, opened from the portfolio
// page; Preferences shows the same editor as one of its pages.
#pragma once

#include "portfoliosettingseditor.h"

#include <QDialog>

namespace Csm {

class PortfolioSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortfolioSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    PortfolioSettings settings() const { return m_editor->settings(); }
    QAbstractSpinBox *editor(const QString &key) const { return m_editor->editor(key); }

    // Pushes one undo step ("Change portfolio thresholds") with a child for each setting whose
    // value differs from the workspace's; nothing when none differs. Returns whether something
    // was pushed. Called on accept().
    bool apply();
    void accept() override;

private:
    Workspace *m_workspace;
    PortfolioSettingsEditor *m_editor;
};

} // namespace Csm
