#include "portfoliofiltermodel.h"

#include "portfolio/health.h"
#include "portfoliomodel.h"

namespace Csm {

PortfolioFilterModel::PortfolioFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(PortfolioModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PortfolioFilterModel::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_search)
        return;
    m_search = simplified;
    invalidateFilter();
}

void PortfolioFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool PortfolioFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A group row is shown through its children (recursive filtering), never for itself.
    if (index.data(PortfolioModel::IsGroupRole).toBool())
        return false;
    if (!m_search.isEmpty() && !index.data(PortfolioModel::SearchTextRole)
                                    .toString()
                                    .contains(m_search, Qt::CaseInsensitive))
        return false;
    const bool graduated = index.data(PortfolioModel::GraduatedRole).toBool();
    const QVariant score = index.data(PortfolioModel::HealthScoreRole);
    const bool atRisk = score.isValid() && index.data(PortfolioModel::HealthBandRole).toInt() ==
                                               int(HealthBand::AtRisk);
    switch (m_show) {
    case Show::All:
        return true;
    case Show::NeedingAttention:
        return index.data(PortfolioModel::ActiveAlertsRole).toInt() > 0 || atRisk;
    case Show::AtRisk:
        return atRisk;
    case Show::Onboarding:
        return !graduated;
    case Show::Graduated:
        return graduated;
    }
    return true;
}

bool PortfolioFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftGroup = left.data(PortfolioModel::IsGroupRole).toBool();
    const bool rightGroup = right.data(PortfolioModel::IsGroupRole).toBool();
    if (leftGroup || rightGroup) {
        // Groups in their natural order in both sort directions.
        const QString a = left.siblingAtColumn(0).data(PortfolioModel::SortRole).toString();
        const QString b = right.siblingAtColumn(0).data(PortfolioModel::SortRole).toString();
        return sortOrder() == Qt::AscendingOrder ? a < b : b < a;
    }
    const QVariant a = left.data(PortfolioModel::SortRole);
    const QVariant b = right.data(PortfolioModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties by account name, so the order is stable.
    return left.siblingAtColumn(PortfolioModel::AccountColumn)
               .data(PortfolioModel::SortRole)
               .toString() < right.siblingAtColumn(PortfolioModel::AccountColumn)
                                 .data(PortfolioModel::SortRole)
                                 .toString();
}

} // namespace Csm
