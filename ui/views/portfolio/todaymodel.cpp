#include "todaymodel.h"

#include "portfolio/portfoliotracker.h"
#include "views/adoption/adoptionstyle.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Csm {

TodayModel::TodayModel(PortfolioTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
{
    connect(tracker, &PortfolioTracker::reset, this, &TodayModel::refresh);
    connect(tracker, &PortfolioTracker::rowsChanged, this, &TodayModel::refresh);
    refresh();
}

void TodayModel::refresh()
{
    const PortfolioMetrics &metrics = m_tracker->snapshot().metrics();
    if (metrics.todayItems == m_items && metrics.today == m_today)
        return;
    beginResetModel();
    m_items = metrics.todayItems;
    m_today = metrics.today;
    endResetModel();
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TodayItem *TodayModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items.at(row) : nullptr;
}

QString TodayModel::kindName(TodayKind kind)
{
    switch (kind) {
    case TodayKind::ActionOverdue:
        return tr("Overdue");
    case TodayKind::ActionDue:
        return tr("Due today");
    case TodayKind::Meeting:
        return tr("Meeting");
    case TodayKind::SlaRunningOut:
        return tr("SLA running out");
    }
    return {};
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TodayItem &item = m_items.at(index.row());
    switch (role) {
    case KindRole:
        return int(item.kind);
    case CustomerIdRole:
        return item.customer.toString();
    case PageRole:
        return item.page;
    case RecordIdRole:
        return item.recordId.isNull() ? QString() : item.recordId.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: {
            const qint64 days =
                m_today.isValid() && item.date.isValid() ? m_today.daysTo(item.date) : 0;
            const QString date = QLocale().toString(item.date, QLocale::ShortFormat);
            if (days == 0)
                return tr("Today");
            if (days == 1)
                return tr("Tomorrow");
            if (days < 0)
                return tr("%1 (%n day(s) ago)", nullptr, int(-days)).arg(date);
            return tr("%1 (in %n day(s))", nullptr, int(days))
                .arg(QLocale().toString(item.date, QStringLiteral("ddd")) + QLatin1Char(' ') +
                     date);
        }
        case CustomerColumn:
            return item.customerName;
        case WhatColumn:
            return item.text;
        case KindColumn:
            return kindName(item.kind);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (item.kind == TodayKind::ActionOverdue || item.kind == TodayKind::SlaRunningOut)
            return AdoptionStyle::toneColor(item.kind == TodayKind::ActionOverdue
                                                ? AdoptionStyle::Tone::Bad
                                                : AdoptionStyle::Tone::Warning,
                                            QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2 (double-click to open)").arg(item.customerName, item.text);
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case CustomerColumn:
        return tr("Customer");
    case WhatColumn:
        return tr("What");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

} // namespace Csm
