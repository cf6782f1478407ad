// Paints the success plan tree: status badges, a quick-win tag, muted placeholders for
// untitled rows, overdue steps; gives dates a calendar editor.
#pragma once

#include <QStyledItemDelegate>

namespace Csm {

class SuccessPlanDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // A rounded badge with white text, as in the tree and the detail panel.
    static void paintBadge(QPainter *painter, const QRect &rect, const QString &text,
                           const QColor &color, const QFont &font);
    static int badgeWidth(const QString &text, const QFont &font);
    // Red that reads on the palette's base colour, light or dark.
    static QColor alertColor(const QPalette &palette);
};

} // namespace Csm
