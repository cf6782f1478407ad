// The workstreams of a customer's plan with their owner on each side and whether each has
// started: a workstream without a named customer owner counts as not started. The name and
// the owners are editable; each edit is an undo step.
#pragma once

#include "domain/timeline.h"

#include <QAbstractTableModel>
#include <QList>

namespace Csm {

class Workspace;

class WorkstreamTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VendorOwnerColumn, CustomerOwnerColumn, StateColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString id
        StartedRole,               // bool, isWorkstreamStarted()
    };

    explicit WorkstreamTableModel(Workspace *workspace, QObject *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    WorkstreamId idAt(int row) const;
    int rowOf(const WorkstreamId &id) const { return int(m_rows.indexOf(id)); }
    // Workstreams without a customer owner or without a task under way.
    int notStartedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // Rows came or went, or what they show changed.
    void workstreamsChanged();

private:
    void resync();
    QList<WorkstreamId> currentIds() const;

    Workspace *m_workspace;
    CustomerId m_customer;
    QList<WorkstreamId> m_rows;
};

} // namespace Csm
