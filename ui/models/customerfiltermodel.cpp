#include "customerfiltermodel.h"

#include "customerlistmodel.h"

namespace Csm {

CustomerFilterModel::CustomerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CustomerListModel::SortRole);
    setDynamicSortFilter(true);
}

void CustomerFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void CustomerFilterModel::setPhaseFilter(std::optional<int> phase)
{
    m_phase = phase;
    invalidateFilter();
}

void CustomerFilterModel::setStatusFilter(std::optional<int> status)
{
    m_status = status;
    invalidateFilter();
}

void CustomerFilterModel::setTierFilter(std::optional<int> tier)
{
    m_tier = tier;
    invalidateFilter();
}

bool CustomerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    auto matches = [&](const std::optional<int> &filter, int role) {
        return !filter || index.data(role).toInt() == *filter;
    };
    if (!matches(m_phase, CustomerListModel::PhaseRole) ||
        !matches(m_status, CustomerListModel::StatusRole) ||
        !matches(m_tier, CustomerListModel::TierRole))
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(CustomerListModel::SearchTextRole)
        .toString()
        .contains(m_search, Qt::CaseInsensitive);
}

bool CustomerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const int order = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                      : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                             : 0;
    if (order != 0)
        return order < 0;
    // Ties fall back to the account name so the order is stable.
    return left.sibling(left.row(), CustomerListModel::AccountColumn).data(sortRole()).toString() <
           right.sibling(right.row(), CustomerListModel::AccountColumn).data(sortRole()).toString();
}

} // namespace Csm
