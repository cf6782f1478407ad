#include "customerlistdelegate.h"

#include "domain/enums.h"
#include "models/customerlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Csm {

QColor CustomerListDelegate::statusColor(int status)
{
    switch (Status(status)) {
    case Status::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::AtRisk:
        return QColor(0xe6, 0x51, 0x00);
    case Status::Stalled:
        return QColor(0xc6, 0x28, 0x28);
    case Status::Paused:
        return QColor(0x61, 0x61, 0x61);
    }
    return Qt::gray;
}

QSize CustomerListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int line = option.fontMetrics.height();
    return {220, line * 2 + 18};
}

void CustomerListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const QRect area = option.rect.adjusted(10, 6, -10, -6);
    const int line = option.fontMetrics.height();
    const QString name =
        index.sibling(index.row(), CustomerListModel::AccountColumn).data().toString();
    const QVariant days = index.sibling(index.row(), CustomerListModel::DaysColumn).data();
    const QString dayText = days.isValid() ? tr("Day %1").arg(days.toLongLong()) : QString();
    const int status = index.data(CustomerListModel::StatusRole).toInt();
    const QString statusText = enumDisplayName(Status(status));
    const QString secondLine = QStringLiteral("%1 · %2").arg(
        index.sibling(index.row(), CustomerListModel::PhaseColumn).data().toString(),
        index.sibling(index.row(), CustomerListModel::TierColumn).data().toString());

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int dayWidth = option.fontMetrics.horizontalAdvance(dayText) + 8;
    painter->setFont(bold);
    painter->setPen(text);
    const QRect nameRect(area.left(), area.top(), area.width() - dayWidth, line);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(area.right() - dayWidth, area.top(), dayWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, dayText);

    // Status badge on the second line, right-aligned.
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const int badgeWidth = smallMetrics.horizontalAdvance(statusText) + 12;
    const QRect badge(area.right() - badgeWidth + 1, area.top() + line + 4, badgeWidth,
                      smallMetrics.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColor(status));
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, statusText);

    painter->setFont(option.font);
    painter->setPen(muted);
    const QRect secondRect(area.left(), area.top() + line + 4, area.width() - badgeWidth - 6, line);
    painter->drawText(
        secondRect, Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(secondLine, Qt::ElideRight, secondRect.width()));
    painter->restore();
}

} // namespace Csm
