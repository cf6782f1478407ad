// Edits a list of holidays (days besides weekends on which no plan work is counted): a
// calendar to pick a day, the list of days, add and remove. The body of the holidays dialog
// and a page of Preferences.
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Csm {

class HolidaysEditor : public QWidget
{
    Q_OBJECT

public:
    HolidaysEditor(const QList<QDate> &holidays, const QDate &today, QWidget *parent = nullptr);

    QList<QDate> holidays() const { return m_holidays; }
    void setHolidays(const QList<QDate> &holidays);

    // For tests: the list and the buttons.
    QListWidget *list() const { return m_list; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // Shown instead of the list while there are no holidays.
    QLabel *emptyHint() const { return m_emptyHint; }

private:
    void refresh();

    QList<QDate> m_holidays;
    QCalendarWidget *m_calendar;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_emptyHint;
    QStackedWidget *m_listStack;
};

} // namespace Csm
