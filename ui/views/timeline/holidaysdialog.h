// The workspace's holidays in a dialog of their own, opened from the timeline page;
// Preferences shows the same editor as one of its pages.
#pragma once

#include "holidayseditor.h"

#include <QDialog>

namespace Csm {

class HolidaysDialog : public QDialog
{
    Q_OBJECT

public:
    HolidaysDialog(const QList<QDate> &holidays, const QDate &today, QWidget *parent = nullptr);

    QList<QDate> holidays() const { return m_editor->holidays(); }

    // For tests: the list and the buttons.
    QListWidget *list() const { return m_editor->list(); }
    QCalendarWidget *calendar() const { return m_editor->calendar(); }
    QPushButton *addButton() const { return m_editor->addButton(); }
    QPushButton *removeButton() const { return m_editor->removeButton(); }

private:
    HolidaysEditor *m_editor;
};

} // namespace Csm
