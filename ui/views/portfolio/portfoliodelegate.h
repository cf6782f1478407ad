// Paints the portfolio table: the health score as a pill in its band's colour, active alerts as
// a badge (red when one is critical), figures off target in the colour that says so.
#pragma once

#include <QStyledItemDelegate>

namespace Csm {

class PortfolioDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Csm
