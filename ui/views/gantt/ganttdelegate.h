// Editors for the plan's tree beside the Gantt chart: a calendar for dates, a spin box for
// progress, a list for the status; rows tall enough for the bars beside them, and overdue
// finishes in the chart's overdue colour.
#pragma once

#include <QStyledItemDelegate>

namespace Csm {

class GanttDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The height of every row, for the tree and the chart alike.
    static int rowHeight(const QFontMetrics &metrics);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Csm
