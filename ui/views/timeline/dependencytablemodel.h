// The links of one task: the tasks it waits for and the tasks that wait for it, with the type
// of each link and its lag. Type and lag are editable; a change moves the tasks that need to
// move, as one undo step.
#pragma once

#include "domain/timeline.h"

#include <QAbstractTableModel>
#include <QList>

namespace Csm {

class Workspace;

class DependencyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LinkColumn, TaskColumn, TypeColumn, LagColumn, ColumnCount };
    // IdRole (the dependency's id), FieldKindRole and OptionsRole as in RecordTableModelBase,
    // so that RecordDelegate offers the types in a list.

    explicit DependencyTableModel(Workspace *workspace, QObject *parent = nullptr);

    void setTask(const TaskId &task);
    TaskId task() const { return m_task; }

    DependencyId idAt(int row) const;
    int rowOf(const DependencyId &id) const { return int(m_rows.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<DependencyId> currentIds() const;
    void resync();

    Workspace *m_workspace;
    TaskId m_task;
    CustomerId m_customer;
    QList<DependencyId> m_rows;
};

} // namespace Csm
