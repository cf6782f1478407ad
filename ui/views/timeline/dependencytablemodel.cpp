#include "dependencytablemodel.h"

#include "commands/timelinecommands.h"
#include "models/recordtablemodel.h"
#include "workspace/workspace.h"

#include <QUndoCommand>

namespace Csm {

DependencyTableModel::DependencyTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &) {
        if (customer != m_customer || m_task.isNull())
            return;
        if (kind == RecordKind::Dependency) {
            resync();
        } else if (kind == RecordKind::Task && !m_rows.isEmpty()) {
            // The names of the linked tasks.
            Q_EMIT dataChanged(index(0, TaskColumn), index(rowCount() - 1, TaskColumn));
        }
    };
    connect(workspace, &Workspace::recordAdded, this, follow);
    connect(workspace, &Workspace::recordRemoved, this, follow);
    connect(workspace, &Workspace::recordChanged, this, follow);
    connect(workspace, &Workspace::customerRemoved, this, [this](const CustomerId &id) {
        if (id == m_customer)
            setTask({});
    });
}

void DependencyTableModel::setTask(const TaskId &task)
{
    beginResetModel();
    m_task = task;
    const PlanTask *record = m_workspace->record<PlanTask>(task);
    m_customer = record ? record->customerId : CustomerId();
    m_rows = currentIds();
    endResetModel();
}

QList<DependencyId> DependencyTableModel::currentIds() const
{
    // What the task waits for first, then what waits for it.
    QList<DependencyId> before;
    QList<DependencyId> after;
    if (m_task.isNull())
        return {};
    for (const TaskDependency &d : m_workspace->records<TaskDependency>(m_customer)) {
        if (d.successorId == m_task)
            before.append(d.id);
        else if (d.predecessorId == m_task)
            after.append(d.id);
    }
    return before + after;
}

void DependencyTableModel::resync()
{
    const QList<DependencyId> wanted = currentIds();
    if (wanted == m_rows) {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = wanted;
    endResetModel();
}

DependencyId DependencyTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : DependencyId();
}

int DependencyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DependencyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DependencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LinkColumn:
        return tr("Link");
    case TaskColumn:
        return tr("Task");
    case TypeColumn:
        return tr("Type");
    case LagColumn:
        return tr("Lag");
    default:
        return {};
    }
}

Qt::ItemFlags DependencyTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == TypeColumn || index.column() == LagColumn ? base | Qt::ItemIsEditable
                                                                       : base;
}

QVariant DependencyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskDependency *d = m_workspace->record<TaskDependency>(idAt(index.row()));
    if (!d)
        return {};
    if (role == RecordTableModelBase::IdRole)
        return d->id.toString();
    if (role == RecordTableModelBase::FieldKindRole)
        return int(index.column() == TypeColumn  ? FieldKind::Enum
                   : index.column() == LagColumn ? FieldKind::Integer
                                                 : FieldKind::Text);
    const bool waitsFor = d->successorId == m_task;
    switch (index.column()) {
    case LinkColumn:
        if (role == Qt::DisplayRole)
            return waitsFor ? tr("Waits for") : tr("Holds up");
        if (role == Qt::ToolTipRole)
            return waitsFor ? tr("This task waits for the other one.")
                            : tr("The other task waits for this one.");
        break;
    case TaskColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const PlanTask *other =
                m_workspace->record<PlanTask>(waitsFor ? d->predecessorId : d->successorId);
            return other ? other->name : tr("(removed)");
        }
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return enumDisplayName(d->type);
        if (role == Qt::EditRole)
            return int(d->type);
        if (role == RecordTableModelBase::OptionsRole) {
            QVariantList options;
            for (int i = 0; i < enumCount<DependencyType>(); ++i)
                options.append(QVariant(QVariantList{enumDisplayName(DependencyType(i)), i}));
            return options;
        }
        break;
    case LagColumn:
        if (role == Qt::DisplayRole)
            return d->lagDays == 0 ? tr("None")
                                   : tr("%n business day(s)", nullptr, int(d->lagDays));
        if (role == Qt::EditRole)
            return int(d->lagDays);
        break;
    default:
        break;
    }
    return {};
}

bool DependencyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const TaskDependency *d = m_workspace->record<TaskDependency>(idAt(index.row()));
    if (!d)
        return false;
    DependencyType type = d->type;
    int lag = int(d->lagDays);
    if (index.column() == TypeColumn) {
        const int v = value.toInt();
        if (v < 0 || v >= enumCount<DependencyType>())
            return false;
        type = DependencyType(v);
    } else if (index.column() == LagColumn) {
        bool ok = false;
        lag = value.toInt(&ok);
        if (!ok)
            return false;
    } else {
        return false;
    }
    QUndoCommand *command = makeChangeDependency(m_workspace, d->id, type, lag);
    if (!command)
        return false;
    m_workspace->undoStack()->push(command);
    return true;
}

} // namespace Csm
