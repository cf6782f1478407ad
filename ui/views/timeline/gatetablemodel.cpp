#include "gatetablemodel.h"

#include "timelinestyle.h"
#include "workspace/workspace.h"

#include <QFont>

#include <algorithm>

namespace Csm {

GateTableModel::GateTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &) {
        if (customer != m_customer)
            return;
        if (kind == RecordKind::Gate) {
            resync();
        } else if (kind == RecordKind::Criterion && !m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
            Q_EMIT gatesChanged();
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

void GateTableModel::setCustomer(const CustomerId &customer)
{
    beginResetModel();
    m_customer = customer;
    m_rows = currentIds();
    endResetModel();
    Q_EMIT gatesChanged();
}

QList<GateId> GateTableModel::currentIds() const
{
    QList<PhaseGate> gates = m_workspace->records<PhaseGate>(m_customer);
    // In the order the customer passes them.
    std::stable_sort(gates.begin(), gates.end(),
                     [](const PhaseGate &a, const PhaseGate &b) { return a.kind < b.kind; });
    QList<GateId> ids;
    for (const PhaseGate &gate : gates)
        ids.append(gate.id);
    return ids;
}

void GateTableModel::resync()
{
    const QList<GateId> wanted = currentIds();
    if (wanted == m_rows) {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT gatesChanged();
        return;
    }
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
        const int existing = int(m_rows.indexOf(wanted.at(row)));
        if (existing > row) {
            // A gate whose kind changed moves to its place.
            beginMoveRows({}, existing, existing, {}, row);
            m_rows.move(existing, row);
            endMoveRows();
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, wanted.at(row));
        endInsertRows();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT gatesChanged();
}

GateId GateTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : GateId();
}

QList<GateCriterion> GateTableModel::criteriaOf(const GateId &gate) const
{
    QList<GateCriterion> result;
    for (const GateCriterion &c : m_workspace->records<GateCriterion>(m_customer)) {
        if (c.gateId == gate)
            result.append(c);
    }
    return result;
}

int GateTableModel::missedCount() const
{
    int count = 0;
    for (const GateId &id : m_rows) {
        const PhaseGate *gate = m_workspace->record<PhaseGate>(id);
        count += gate && gate->isMissed(m_workspace->today());
    }
    return count;
}

QString GateTableModel::statusText(const PhaseGate &gate, const QList<GateCriterion> &criteria,
                                   const QDate &today)
{
    if (gate.isPassed())
        return tr("Passed on %1").arg(TimelineStyle::shortDate(gate.passedDate));
    if (gate.isMissed(today))
        return tr("Missed: due %1").arg(TimelineStyle::shortDate(gate.dueDate));
    if (criteria.isEmpty())
        return tr("No criteria yet");
    const auto met = std::count_if(criteria.cbegin(), criteria.cend(),
                                   [](const GateCriterion &c) { return c.met; });
    return tr("%1 of %2 criteria met").arg(met).arg(criteria.size());
}

int GateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GateColumn:
        return tr("Gate");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Where it stands");
    default:
        return {};
    }
}

QVariant GateTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhaseGate *gate = m_workspace->record<PhaseGate>(idAt(index.row()));
    if (!gate)
        return {};
    const QDate today = m_workspace->today();
    if (role == IdRole)
        return gate->id.toString();
    if (role == MissedRole)
        return gate->isMissed(today);

    switch (index.column()) {
    case GateColumn:
        if (role == Qt::DisplayRole)
            return enumDisplayName(gate->kind);
        break;
    case DueColumn:
        if (role == Qt::DisplayRole)
            return gate->dueDate.isValid() ? TimelineStyle::shortDate(gate->dueDate) : QString();
        break;
    case StatusColumn: {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return statusText(*gate, criteriaOf(gate->id), today);
        if (role == Qt::DecorationRole) {
            using TimelineStyle::Tone;
            const QList<GateCriterion> criteria = criteriaOf(gate->id);
            const bool allMet =
                !criteria.isEmpty() && std::all_of(criteria.cbegin(), criteria.cend(),
                                                   [](const GateCriterion &c) { return c.met; });
            return TimelineStyle::dotIcon(gate->isPassed()        ? Tone::Good
                                          : gate->isMissed(today) ? Tone::Bad
                                          : allMet                ? Tone::Good
                                                                  : Tone::Neutral);
        }
        if (role == Qt::FontRole && gate->isMissed(today)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace Csm
