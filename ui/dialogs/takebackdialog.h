// Takes a shared onboarding file back: what the file holds, what taking it back changes here,
// and the conflicts side by side (here and there) for the user to decide; then takeBack().
#pragma once

#include "sharing/sharefile.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace Csm {

class Workspace;

class TakeBackDialog : public QDialog
{
    Q_OBJECT

public:
    // The conflicts table's columns.
    enum Column { RecordColumn, FieldColumn, HereColumn, ThereColumn, ChoiceColumn, ColumnCount };

    // `file` is what `plan` was made from; it must outlive the dialog.
    TakeBackDialog(Workspace *workspace, const SharedFile *file, TakeBackPlan plan,
                   QWidget *parent = nullptr);

    const TakeBackPlan &plan() const { return m_plan; }

    // One choice per conflict, in the plan's order; all keep here at first.
    QList<MergeChoice> choices() const { return m_choices; }
    void setChoice(int conflict, MergeChoice choice);
    void keepAllHere();
    void takeAllTheirs();

    // True when taking the file back changes nothing here: no conflict, no change, no usage
    // data to take. Accepting then only records the exchange.
    bool nothingToTake() const;

    QTableWidget *conflictTable() const { return m_conflicts; }
    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *changeList() const { return m_changes; }
    QPushButton *okButton() const { return m_ok; }

    // Takes the file back with the choices; on failure shows why and stays open.
    void accept() override;

private:
    void fillConflicts();
    void setChoices(const QList<MergeChoice> &choices);
    void showChoice(int row);
    void updateSummary();
    QString stalePlanReason() const;
    int fittingHeight(int width) const;

    Workspace *m_workspace;
    const SharedFile *m_file;
    TakeBackPlan m_plan;
    QList<MergeChoice> m_choices;

    QLabel *m_summary = nullptr;
    QToolButton *m_showChanges = nullptr;
    QListWidget *m_changes = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QList<QButtonGroup *> m_choiceGroups;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Csm
