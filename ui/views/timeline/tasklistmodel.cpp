#include "tasklistmodel.h"

namespace Csm {

void TaskListModel::setItems(const QList<Item> &items)
{
    if (items == m_items)
        return;
    beginResetModel();
    m_items = items;
    endResetModel();
}

TaskId TaskListModel::taskAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).task : TaskId();
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.reason.isEmpty() ? item.name : tr("%1 — %2").arg(item.name, item.reason);
    case Qt::ToolTipRole:
        return tr("%1\n%2\nPress Enter or double-click to select it in the chart.")
            .arg(item.name, item.reason);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(item.name, item.reason);
    case Qt::DecorationRole:
        return TimelineStyle::dotIcon(item.tone);
    case TaskIdRole:
        return item.task.toString();
    case ReasonRole:
        return item.reason;
    default:
        return {};
    }
}

} // namespace Csm
