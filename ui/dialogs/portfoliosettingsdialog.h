// Edits the portfolio's thresholds and targets (alerts, metric targets, health weights and bands).
#pragma once

#include "portfolio/portfoliosettings.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QAbstractSpinBox;
class QLabel;

namespace Csm {

class Workspace;

class PortfolioSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortfolioSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    // The settings as the editors show them now.
    PortfolioSettings settings() const { return m_values; }
    // The editor of one setting, for tests (a QSpinBox or QDoubleSpinBox), or nullptr.
    QAbstractSpinBox *editor(const QString &key) const { return m_editors.value(key); }

    // Pushes one undo step ("Change portfolio thresholds") with a ChangeWorkspaceSetting child
    // for each setting whose value differs from the workspace's; nothing when none differs.
    // Returns whether something was pushed. Called on accept().
    bool apply();
    void accept() override;

private:
    struct Row
    {
        const PortfolioSettingSpec *spec;
        QAbstractSpinBox *editor;
    };

    QAbstractSpinBox *createEditor(const PortfolioSettingSpec &spec);
    void showValue(const Row &row, double value);
    double shownValue(const Row &row) const;
    void showSettings(const PortfolioSettings &settings);
    void restoreDefaults();
    void reloadFromWorkspace();
    void updateWeightsHint();

    Workspace *m_workspace;
    QList<Row> m_rows;
    QHash<QString, QAbstractSpinBox *> m_editors;
    // The exact values: an editor's rounded display (a fraction as a whole percentage) only
    // replaces its value once the user changes it, so untouched values are never rewritten.
    PortfolioSettings m_values;
    // The workspace's settings as last read, to tell the user's changes from the workspace's.
    PortfolioSettings m_loaded;
    QLabel *m_weightsHint;
};

} // namespace Csm
