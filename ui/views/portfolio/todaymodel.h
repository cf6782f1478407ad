// What needs doing today across the portfolio, one row per item: overdue and due actions,
// meetings in the next days and SLAs running out, in the order the portfolio lists them.
#pragma once

#include "portfolio/portfoliometrics.h"

#include <QAbstractTableModel>

namespace Csm {

class PortfolioTracker;

class TodayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, CustomerColumn, WhatColumn, KindColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int TodayKind
        CustomerIdRole,              // QString
        PageRole,                    // QString AlertPage key
        RecordIdRole,                // QString, empty when none
    };

    explicit TodayModel(PortfolioTracker *tracker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const TodayItem *itemAt(int row) const;
    static QString kindName(TodayKind kind);

private:
    void refresh();

    PortfolioTracker *m_tracker;
    QList<TodayItem> m_items;
    QDate m_today;
};

} // namespace Csm
