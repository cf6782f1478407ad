// Search, the "show" filter and sorting over the portfolio table; group rows stay while one of
// their customers is shown, and keep their natural order whatever the column sorted by.
#pragma once

#include <QSortFilterProxyModel>

namespace Csm {

class PortfolioFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show {
        All,
        NeedingAttention, // an active alert, or health at risk
        AtRisk,           // health at risk
        Onboarding,       // not graduated
        Graduated,
    };

    explicit PortfolioFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    Show m_show = Show::All;
};

} // namespace Csm
