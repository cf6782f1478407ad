#include "customerlistmodel.h"

#include "successplan/qualification.h"
#include "workspace/workspace.h"

#include <QLocale>

namespace Csm {

CustomerListModel::CustomerListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_rows(workspace->customerIds())
    , m_today(workspace->today())
{
    connect(workspace, &Workspace::customerAdded, this, &CustomerListModel::onCustomerAdded);
    connect(workspace, &Workspace::customerRemoved, this, &CustomerListModel::onCustomerRemoved);
    connect(workspace, &Workspace::customerChanged, this, &CustomerListModel::onCustomerChanged);
    // Stakeholders decide the qualification part of the status shown.
    auto stakeholdersChanged = [this](const CustomerId &customer) { onCustomerChanged(customer); };
    connect(workspace, &Workspace::stakeholdersChanged, this, stakeholdersChanged);
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer *customer = m_workspace->customer(m_rows.at(index.row()));
    if (!customer)
        return {};
    const qint64 days = customer->daysSinceSignature(m_today);
    // What the list shows is the status after the qualification rule, not only the stored one.
    const auto status = [&] {
        return effectiveStatus(*customer, m_workspace->stakeholders(customer->id));
    };

    switch (role) {
    case IdRole:
        return customer->id.toString();
    case PhaseRole:
        return int(customer->phase);
    case StatusRole:
        return int(status().status);
    case TierRole:
        return int(customer->tier);
    case DaysSinceSignatureRole:
        return days;
    case StatusReasonRole:
        return status().reason;
    case SearchTextRole:
        return QStringList{customer->accountName, customer->industry, customer->csmOwner,
                           customer->accountExecutive, customer->implementationOwner}
            .join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case AccountColumn:
            return customer->accountName.toLower();
        case PhaseColumn:
            return int(customer->phase);
        case StatusColumn:
            return int(status().status);
        case TierColumn:
            return int(customer->tier);
        case ArrColumn:
            return customer->arr;
        case DaysColumn:
            return days;
        case CsmOwnerColumn:
            return customer->csmOwner.toLower();
        }
        return {};
    case Qt::ToolTipRole: {
        const QString reason = status().reason;
        return reason.isEmpty() ? QVariant() : QVariant(reason);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == ArrColumn || index.column() == DaysColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccountColumn:
            return customer->accountName.isEmpty() ? tr("(unnamed customer)")
                                                   : customer->accountName;
        case PhaseColumn:
            return enumDisplayName(customer->phase);
        case StatusColumn:
            return enumDisplayName(status().status);
        case TierColumn:
            return enumDisplayName(customer->tier);
        case ArrColumn:
            return QLocale().toCurrencyString(double(customer->arr), customer->currency, 0);
        case DaysColumn:
            return customer->signatureDate.isValid() ? QVariant(days) : QVariant();
        case CsmOwnerColumn:
            return customer->csmOwner;
        }
        return {};
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case PhaseColumn:
        return tr("Phase");
    case StatusColumn:
        return tr("Status");
    case TierColumn:
        return tr("Tier");
    case ArrColumn:
        return tr("ARR");
    case DaysColumn:
        return tr("Days since signature");
    case CsmOwnerColumn:
        return tr("CSM owner");
    }
    return {};
}

QHash<int, QByteArray> CustomerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "customerId");
    names.insert(PhaseRole, "phase");
    names.insert(StatusRole, "status");
    names.insert(TierRole, "tier");
    names.insert(DaysSinceSignatureRole, "daysSinceSignature");
    return names;
}

CustomerId CustomerListModel::customerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CustomerId();
}

int CustomerListModel::rowOf(const CustomerId &id) const
{
    return int(m_rows.indexOf(id));
}

void CustomerListModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CustomerListModel::onCustomerAdded(const CustomerId &id)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(id);
    endInsertRows();
}

void CustomerListModel::onCustomerRemoved(const CustomerId &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void CustomerListModel::onCustomerChanged(const CustomerId &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Csm
