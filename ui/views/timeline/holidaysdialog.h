// The workspace's holidays: days besides weekends on which no plan work is counted.
#pragma once

#include <QDate>
#include <QDialog>
#include <QList>

class QCalendarWidget;
class QListWidget;
class QPushButton;

namespace Csm {

class HolidaysDialog : public QDialog
{
    Q_OBJECT

public:
    HolidaysDialog(const QList<QDate> &holidays, const QDate &today, QWidget *parent = nullptr);

    QList<QDate> holidays() const { return m_holidays; }

    // For tests: the list and the buttons.
    QListWidget *list() const { return m_list; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void refresh();

    QList<QDate> m_holidays;
    QCalendarWidget *m_calendar;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Csm
