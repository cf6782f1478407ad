// Edits the portfolio's thresholds and targets (alerts, metric targets, health weights and
// bands): the page of Preferences and the body of the thresholds dialog.
#pragma once

#include "portfolio/portfoliosettings.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAbstractSpinBox;
class QLabel;
class QUndoCommand;

namespace Csm {

class Workspace;

class PortfolioSettingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioSettingsEditor(Workspace *workspace, QWidget *parent = nullptr);

    // The settings as the editors show them now.
    PortfolioSettings settings() const { return m_values; }
    // The editor of one setting, for tests (a QSpinBox or QDoubleSpinBox), or nullptr.
    QAbstractSpinBox *editor(const QString &key) const { return m_editors.value(key); }

    // Adds a ChangeWorkspaceSetting child to `parent` for each setting whose value differs from
    // the workspace's. Returns whether it added any.
    bool addChanges(QUndoCommand *parent) const;
    // Shows the defaults from the playbooks (applied only with the rest).
    void restoreDefaults();

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
