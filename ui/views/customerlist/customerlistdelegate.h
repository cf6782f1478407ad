// Paints a customer in the side list: name and day count, phase and tier, a status badge.
#pragma once

#include <QStyledItemDelegate>

namespace Csm {

class CustomerListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Badge colours per status, shared with other views.
    static QColor statusColor(int status);
};

} // namespace Csm
