// The workspace's customers as a flat list, one row per customer, updated from the
// workspace's change signals.
#pragma once

#include "domain/id.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Csm {

class Workspace;

class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AccountColumn,
        PhaseColumn,
        StatusColumn,
        TierColumn,
        ArrColumn,
        DaysColumn,
        CsmOwnerColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString id
        PhaseRole,                 // int Phase
        StatusRole,                // int Status
        TierRole,                  // int Tier
        DaysSinceSignatureRole,    // qint64
        SortRole,                  // a value that sorts naturally for the column
        SearchTextRole,            // account, industry and owners, for filtering
        StatusReasonRole,
    };

    explicit CustomerListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    CustomerId customerAt(int row) const;
    int rowOf(const CustomerId &id) const;

    // The day "days since signature" counts to; the workspace's today by default.
    void setToday(const QDate &today);

private:
    void onCustomerAdded(const CustomerId &id);
    void onCustomerRemoved(const CustomerId &id);
    void onCustomerChanged(const CustomerId &id);

    Workspace *m_workspace;
    QList<CustomerId> m_rows;
    QDate m_today;
};

} // namespace Csm
