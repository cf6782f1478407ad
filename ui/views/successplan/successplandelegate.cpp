#include "successplandelegate.h"

#include "models/successplantreemodel.h"

#include <QApplication>
#include <QDateEdit>
#include <QPainter>

namespace Csm {

namespace {

using Model = SuccessPlanTreeModel;

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    font.setBold(true);
    return font;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

int SuccessPlanDelegate::badgeWidth(const QString &text, const QFont &font)
{
    return QFontMetrics(badgeFont(font)).horizontalAdvance(text) + 16;
}

void SuccessPlanDelegate::paintBadge(QPainter *painter, const QRect &rect, const QString &text,
                                     const QColor &color, const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter->setFont(badgeFont(font));
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

QColor SuccessPlanDelegate::alertColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

void SuccessPlanDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const auto kind = Model::ItemKind(index.data(Model::KindRole).toInt());

    if (index.column() == Model::StatusColumn && kind == Model::ItemKind::Objective) {
        const QString text = opt.text;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QColor color =
            Model::statusColor(ObjectiveStatus(index.data(Model::StatusRole).toInt()));
        const int height = QFontMetrics(badgeFont(opt.font)).height() + 4;
        const int width = qMin(badgeWidth(text, opt.font), opt.rect.width() - 8);
        const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width,
                          height);
        paintBadge(painter, badge, text, color, opt.font);
        return;
    }

    if (index.column() == Model::TitleColumn && index.data(Qt::EditRole).toString().isEmpty()) {
        // "(untitled outcome)": a placeholder, not content.
        opt.font.setItalic(true);
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
    }
    if (kind == Model::ItemKind::Step && index.column() == Model::StatusColumn) {
        if (index.data(Model::OverdueRole).toBool())
            opt.palette.setColor(QPalette::Text, alertColor(opt.palette));
        // Styles outline the check box in a shade of the window colour, which vanishes on a
        // dark base; a lighter window colour gives it an edge.
        if (isDark(opt.palette))
            opt.palette.setColor(QPalette::Window, QColor(0xb0, 0xb0, 0xb0));
    }

    if (index.column() == Model::TitleColumn && kind == Model::ItemKind::Objective &&
        index.data(Model::QuickWinRole).toBool()) {
        // The quick-win tag sits at the right end of the title; the title elides before it.
        const QString tag = tr("Quick win");
        const int tagWidth = badgeWidth(tag, opt.font);
        const int height = QFontMetrics(badgeFont(opt.font)).height() + 2;
        QStyleOptionViewItem background = opt;
        background.text.clear();
        background.icon = {};
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        QStyleOptionViewItem text = opt;
        text.rect.setRight(opt.rect.right() - tagWidth - 8);
        text.backgroundBrush = Qt::NoBrush;
        text.state &= ~QStyle::State_HasFocus;
        text.features &= ~QStyleOptionViewItem::Alternate;
        // Only the text: the background (and selection) was drawn across the whole cell.
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &text, widget);
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
        painter->restore();
        const QRect badge(opt.rect.right() - tagWidth - 4, opt.rect.center().y() - height / 2 + 1,
                          tagWidth, height);
        paintBadge(painter, badge, tag, QColor(0x8e, 0x44, 0xad), opt.font);
        return;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QSize SuccessPlanDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    const auto kind = Model::ItemKind(index.data(Model::KindRole).toInt());
    if (kind == Model::ItemKind::Objective && index.column() == Model::StatusColumn)
        size.setWidth(badgeWidth(index.data().toString(), option.font) + 8);
    if (kind == Model::ItemKind::Objective && index.column() == Model::TitleColumn &&
        index.data(Model::QuickWinRole).toBool())
        size.rwidth() += badgeWidth(tr("Quick win"), option.font) + 8;
    return size;
}

QWidget *SuccessPlanDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (index.column() == Model::DateColumn) {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void SuccessPlanDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate value = index.data(Qt::EditRole).toDate();
        date->setDate(value.isValid() ? value : QDate::currentDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SuccessPlanDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Csm
