#include "holidayseditor.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

#include <algorithm>

namespace Csm {

HolidaysEditor::HolidaysEditor(const QList<QDate> &holidays, const QDate &today, QWidget *parent)
    : QWidget(parent)
    , m_holidays(holidays)
    , m_calendar(new QCalendarWidget)
    , m_list(new QListWidget)
    , m_add(new QPushButton(tr("&Add the day")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_emptyHint(new QLabel(tr("No holidays yet. Pick a day in the calendar and add it, or "
                                "double-click the day.")))
    , m_listStack(new QStackedWidget)
{
    auto *intro = new QLabel(tr("Days off besides weekends, for every customer of this workspace. "
                                "Task lengths and links count business days without them; "
                                "dates already planned stay where they are."));
    intro->setWordWrap(true);
    m_calendar->setSelectedDate(today);
    m_calendar->setGridVisible(true);
    m_calendar->setAccessibleName(tr("Day to add"));
    m_list->setAccessibleName(tr("Holidays"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_emptyHint->setObjectName(QStringLiteral("holidaysEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setMargin(12);
    // One frame around the list and the hint that stands in for it.
    m_list->setFrameShape(QFrame::NoFrame);
    m_listStack->setFrameShape(QFrame::StyledPanel);
    m_listStack->setAutoFillBackground(true);
    m_listStack->setBackgroundRole(QPalette::Base);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_emptyHint);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    // The calendar keeps its own size; the list of days takes the room left.
    auto *calendar = new QVBoxLayout;
    calendar->addWidget(m_calendar);
    calendar->addStretch();
    auto *row = new QHBoxLayout;
    row->addLayout(calendar);
    row->addLayout(buttons);
    row->addWidget(m_listStack, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QDate day = m_calendar->selectedDate();
        if (!m_holidays.contains(day))
            m_holidays.append(day);
        refresh();
    });
    connect(m_calendar, &QCalendarWidget::activated, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        for (QListWidgetItem *item : selected)
            m_holidays.removeAll(item->data(Qt::UserRole).toDate());
        refresh();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    refresh();
}

void HolidaysEditor::setHolidays(const QList<QDate> &holidays)
{
    m_holidays = holidays;
    refresh();
}

void HolidaysEditor::refresh()
{
    std::sort(m_holidays.begin(), m_holidays.end());
    m_list->clear();
    for (const QDate &day : std::as_const(m_holidays)) {
        auto *item = new QListWidgetItem(QLocale().toString(day, QLocale::LongFormat));
        item->setData(Qt::UserRole, day);
        m_list->addItem(item);
    }
    m_remove->setEnabled(false);
    m_listStack->setCurrentWidget(m_holidays.isEmpty() ? static_cast<QWidget *>(m_emptyHint)
                                                       : m_list);

    // The calendar shows the holidays as days off: bold, in the colour of its weekends.
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat dayOff = m_calendar->weekdayTextFormat(Qt::Sunday);
    dayOff.setFontWeight(QFont::Bold);
    dayOff.setFontUnderline(true);
    for (const QDate &day : std::as_const(m_holidays))
        m_calendar->setDateTextFormat(day, dayOff);
}

} // namespace Csm
