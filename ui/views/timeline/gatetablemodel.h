// The phase gates of a customer's plan (Implementation, Go-live, Activation, Graduation) in
// that order, with their due date and where each stands: passed, missed, or how many of its
// criteria are met. Read-only; the gate's details are edited beside the list.
#pragma once

#include "domain/timeline.h"

#include <QAbstractTableModel>
#include <QList>

namespace Csm {

class Workspace;

class GateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GateColumn, DueColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString id
        MissedRole,                // bool: not passed and due before today
    };

    explicit GateTableModel(Workspace *workspace, QObject *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    GateId idAt(int row) const;
    int rowOf(const GateId &id) const { return int(m_rows.indexOf(id)); }
    int missedCount() const;

    // "Passed on 3 Mar", "Missed: due 2 Mar", "2 of 4 criteria met".
    static QString statusText(const PhaseGate &gate, const QList<GateCriterion> &criteria,
                              const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void gatesChanged();

private:
    void resync();
    QList<GateId> currentIds() const;
    QList<GateCriterion> criteriaOf(const GateId &gate) const;

    Workspace *m_workspace;
    CustomerId m_customer;
    QList<GateId> m_rows;
};

} // namespace Csm
