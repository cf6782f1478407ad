// Picks who attends the kickoff from the customer's stakeholders on both sides: a checkable
// list of the people not attending yet.
#pragma once

#include "domain/stakeholder.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Csm {

class AttendeePickerDialog : public QDialog
{
    Q_OBJECT

public:
    // `candidates` in display order: the customer's side first.
    explicit AttendeePickerDialog(const QList<Stakeholder> &candidates, QWidget *parent = nullptr);

    // The ticked stakeholders, in the order listed.
    QList<StakeholderId> checkedStakeholders() const;
    void setChecked(const StakeholderId &stakeholder, bool checked);
    void setAllChecked(bool checked);

    QListWidget *list() const { return m_list; }

private:
    QListWidgetItem *itemOf(const StakeholderId &stakeholder) const;
    void updateButtons();

    QListWidget *m_list;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};

} // namespace Csm
