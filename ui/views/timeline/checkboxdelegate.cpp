#include "checkboxdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace Csm {

void CheckBoxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!(opt.features & QStyleOptionViewItem::HasCheckIndicator)) {
        RecordDelegate::paint(painter, option, index);
        return;
    }
    // The cell without its indicator, then the indicator where the style puts it, so that
    // clicks land where they always do.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect box = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
    const Qt::CheckState state = opt.checkState;
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor ink = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRectF square = QRectF(box).adjusted(1.5, 1.5, -1.5, -1.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor rim = ink;
    rim.setAlphaF(0.7);
    painter->setPen(QPen(rim, 1.2));
    painter->setBrush(opt.palette.color(QPalette::Base));
    painter->drawRoundedRect(square, 2, 2);
    if (state == Qt::Checked) {
        QPainterPath tick;
        tick.moveTo(square.left() + square.width() * 0.22, square.top() + square.height() * 0.52);
        tick.lineTo(square.left() + square.width() * 0.43, square.top() + square.height() * 0.74);
        tick.lineTo(square.left() + square.width() * 0.80, square.top() + square.height() * 0.28);
        painter->setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
    } else if (state == Qt::PartiallyChecked) {
        painter->fillRect(square.adjusted(3, square.height() / 2 - 1, -3, -square.height() / 2 + 1),
                          ink);
    }
    painter->restore();
}

} // namespace Csm
