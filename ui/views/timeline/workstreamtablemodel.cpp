#include "workstreamtablemodel.h"

#include "commands/changerecordfield.h"
#include "timeline/schedule.h"
#include "timelinestyle.h"
#include "workspace/workspace.h"

#include <QFont>

namespace Csm {

namespace {

WorkstreamField fieldOf(int column)
{
    switch (column) {
    case WorkstreamTableModel::VendorOwnerColumn:
        return WorkstreamField::VendorOwner;
    case WorkstreamTableModel::CustomerOwnerColumn:
        return WorkstreamField::CustomerOwner;
    default:
        return WorkstreamField::Name;
    }
}

// Green once started, red without a customer owner, grey while waiting for its first task.
QIcon stateIcon(bool started, bool hasOwner)
{
    using TimelineStyle::Tone;
    return TimelineStyle::dotIcon(started ? Tone::Good : hasOwner ? Tone::Neutral : Tone::Bad);
}

} // namespace

WorkstreamTableModel::WorkstreamTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &id) {
        if (customer != m_customer)
            return;
        if (kind == RecordKind::Workstream) {
            const int row = rowOf(WorkstreamId(id));
            if (row >= 0 && m_rows == currentIds()) {
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                Q_EMIT workstreamsChanged();
            } else {
                resync();
            }
        } else if (kind == RecordKind::Task && !m_rows.isEmpty()) {
            // A task that starts or moves to another workstream changes the states.
            Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
            Q_EMIT workstreamsChanged();
        }
    };
    connect(workspace, &Workspace::recordAdded, this, follow);
    connect(workspace, &Workspace::recordRemoved, this, follow);
    connect(workspace, &Workspace::recordChanged, this, follow);
    auto reset = [this](const CustomerId &id) {
        if (id == m_customer)
            setCustomer(m_customer);
    };
    connect(workspace, &Workspace::customerAdded, this, reset);
    connect(workspace, &Workspace::customerRemoved, this, reset);
}

void WorkstreamTableModel::setCustomer(const CustomerId &customer)
{
    beginResetModel();
    m_customer = customer;
    m_rows = currentIds();
    endResetModel();
    Q_EMIT workstreamsChanged();
}

QList<WorkstreamId> WorkstreamTableModel::currentIds() const
{
    QList<WorkstreamId> ids;
    for (const Workstream &w : m_workspace->records<Workstream>(m_customer))
        ids.append(w.id);
    return ids;
}

void WorkstreamTableModel::resync()
{
    // Row-level changes, so that a selection or an open editor in another row survives.
    const QList<WorkstreamId> wanted = currentIds();
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_rows.at(row))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < wanted.size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row) == wanted.at(row))
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, wanted.at(row));
        endInsertRows();
    }
    Q_EMIT workstreamsChanged();
}

WorkstreamId WorkstreamTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : WorkstreamId();
}

int WorkstreamTableModel::notStartedCount() const
{
    const QList<PlanTask> tasks = m_workspace->records<PlanTask>(m_customer);
    int count = 0;
    for (const WorkstreamId &id : m_rows) {
        if (const Workstream *w = m_workspace->record<Workstream>(id))
            count += !isWorkstreamStarted(*w, tasks);
    }
    return count;
}

int WorkstreamTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkstreamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkstreamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The owner columns sit in a narrow side panel: short headers, the full name as tooltip.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Workstream");
        case VendorOwnerColumn:
            return tr("Ours", "owner of a workstream on our side, as a short column header");
        case CustomerOwnerColumn:
            return tr("Customer",
                      "owner of a workstream on the customer's side, as a short column header");
        case StateColumn:
            return tr("State");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case VendorOwnerColumn:
            return tr("Our owner");
        case CustomerOwnerColumn:
            return tr("Customer owner");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags WorkstreamTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == StateColumn ? base : base | Qt::ItemIsEditable;
}

QVariant WorkstreamTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workstream *w = m_workspace->record<Workstream>(idAt(index.row()));
    if (!w)
        return {};
    const bool hasOwner = w->hasCustomerOwner();
    auto started = [&] {
        return isWorkstreamStarted(*w, m_workspace->records<PlanTask>(m_customer));
    };
    if (role == IdRole)
        return w->id.toString();
    if (role == StartedRole)
        return started();

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return w->name;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2): %3")
                .arg(w->name, enumDisplayName(w->kind),
                     started() ? tr("started") : tr("not started"));
        if (role == Qt::DecorationRole)
            return stateIcon(started(), hasOwner);
        break;
    case VendorOwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return w->vendorOwner;
        break;
    case CustomerOwnerColumn:
        if (role == Qt::EditRole)
            return w->customerOwner;
        if (role == Qt::DisplayRole)
            return hasOwner ? w->customerOwner : tr("None: not started");
        if (role == Qt::FontRole && !hasOwner) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::ToolTipRole && !hasOwner)
            return tr("Name the person on the customer's side who owns this workstream; until "
                      "then it counts as not started.");
        break;
    case StateColumn: {
        const bool isStarted = started();
        if (role == Qt::DisplayRole)
            return isStarted ? tr("Started") : tr("Not started");
        if (role == Qt::DecorationRole)
            return stateIcon(isStarted, hasOwner);
        if (role == Qt::ToolTipRole)
            return !hasOwner   ? tr("Not started: no customer owner named yet.")
                   : isStarted ? tr("A task of this workstream is under way or done.")
                               : tr("Not started: none of its tasks has started.");
        break;
    }
    default:
        break;
    }
    return {};
}

bool WorkstreamTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == StateColumn)
        return false;
    const Workstream *w = m_workspace->record<Workstream>(idAt(index.row()));
    if (!w)
        return false;
    const WorkstreamField field = fieldOf(index.column());
    const QString text = value.toString().trimmed();
    if (text == recordValue(*w, field).toString())
        return false;
    m_workspace->undoStack()->push(
        new ChangeRecordField<Workstream>(m_workspace, w->id, field, text));
    return true;
}

} // namespace Csm
