// Search, filter by phase, status and tier, and sort over the customer list.
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace Csm {

class CustomerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Each filter is an enum value as int; nullopt shows all.
    void setPhaseFilter(std::optional<int> phase);
    void setStatusFilter(std::optional<int> status);
    void setTierFilter(std::optional<int> tier);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    std::optional<int> m_phase;
    std::optional<int> m_status;
    std::optional<int> m_tier;
};

} // namespace Csm
