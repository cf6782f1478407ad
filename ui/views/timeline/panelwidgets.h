// Small widgets the Timeline page's panels build the same way: hints, captions, compact lists
// and tables that fit their rows.
#pragma once

#include "widgets/optionaldateedit.h"
#include "widgets/pagewidgets.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace Csm::TimelineWidgets {

using Csm::hintLabel;

inline QLabel *valueLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

inline QLabel *boldLabel(const QString &text = {}, qreal scale = 1.0)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The height that shows the rows of a list or table, between `minRows` and `maxRows`, so that
// the side panel, not each list, scrolls.
inline int heightForRows(QAbstractItemView *view, int minRows, int maxRows)
{
    const int rows = std::clamp(view->model() ? view->model()->rowCount() : 0, minRows, maxRows);
    int rowHeight = view->fontMetrics().height() + 8;
    int header = 0;
    if (auto *table = qobject_cast<QTableView *>(view)) {
        rowHeight = table->verticalHeader()->defaultSectionSize();
        header = table->horizontalHeader()->isHidden()
                     ? 0
                     : table->horizontalHeader()->sizeHint().height();
    } else if (view->model() && view->model()->rowCount() > 0) {
        rowHeight = std::max(rowHeight, view->sizeHintForRow(0));
    }
    return header + rows * rowHeight + 2 * view->frameWidth() + 2;
}

inline QListView *compactList(QAbstractItemModel *model)
{
    auto *list = new QListView;
    list->setModel(model);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setWordWrap(false);
    list->setTextElideMode(Qt::ElideRight);
    list->setUniformItemSizes(true);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

inline QTableView *compactTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

// A small calendar page, in a grey that reads on light and dark buttons.
inline QIcon calendarIcon()
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        const QColor ink(0x7d, 0x87, 0x96);
        painter.setPen(QPen(ink, 1.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 1.5, 1.5);
        painter.fillRect(QRectF(1.5, 2.5, 13, 3.5), ink);
        painter.drawLine(QPointF(5, 1), QPointF(5, 4));
        painter.drawLine(QPointF(11, 1), QPointF(11, 4));
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        for (int row = 0; row < 2; ++row) {
            for (int col = 0; col < 3; ++col)
                painter.drawRect(QRectF(4 + col * 3, 8 + row * 3, 2, 2));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// A date field for a narrow column: the calendar button shows an icon, not a word, and the
// date keeps room for its digits.
inline OptionalDateEdit *compactDateEdit(OptionalDateEdit *edit)
{
    if (auto *button = edit->findChild<QToolButton *>()) {
        button->setAccessibleName(button->text());
        button->setIcon(calendarIcon());
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    const QFontMetrics metrics = edit->lineEdit()->fontMetrics();
    edit->lineEdit()->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("0000-00-00")) + 40);
    return edit;
}

// Saves and closes the cell editor open in `view`, if any, without moving its current cell.
inline void commitOpenEditors(QAbstractItemView *view)
{
    QAbstractItemDelegate *delegate = view->itemDelegate();
    if (!delegate)
        return;
    // An open cell editor is a direct child of the viewport.
    const auto editors = view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *editor : editors) {
        if (!editor->isVisible())
            continue;
        Q_EMIT delegate->commitData(editor);
        Q_EMIT delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

} // namespace Csm::TimelineWidgets
