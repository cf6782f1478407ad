#include "ganttdelegate.h"

#include "domain/enums.h"
#include "ganttmodel.h"
#include "ganttpainter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>

namespace Csm {

int GanttDelegate::rowHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 14;
}

QWidget *GanttDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const bool task =
        index.data(GanttModel::ItemTypeRole).toInt() != int(GanttModel::ItemType::Summary);
    if (task) {
        switch (index.column()) {
        case GanttModel::StartColumn:
        case GanttModel::FinishColumn: {
            auto *edit = new QDateEdit(parent);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            return edit;
        }
        case GanttModel::ProgressColumn: {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, 100);
            spin->setSingleStep(10);
            spin->setSuffix(tr(" %"));
            return spin;
        }
        case GanttModel::StatusColumn: {
            auto *combo = new QComboBox(parent);
            for (int i = 0; i < enumCount<TaskStatus>(); ++i)
                combo->addItem(enumDisplayName(TaskStatus(i)), i);
            return combo;
        }
        default:
            break;
        }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void GanttDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        // A task without dates starts from the day the chart calls today.
        QDate shown = value.toDate();
        if (!shown.isValid()) {
            if (const auto *model = qobject_cast<const GanttModel *>(index.model()))
                shown = model->today();
        }
        date->setDate(shown);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void GanttDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        if (date->date() != index.data(Qt::EditRole).toDate())
            model->setData(index, date->date(), Qt::EditRole);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

QSize GanttDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), rowHeight(option.fontMetrics)));
    return size;
}

void GanttDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == GanttModel::FinishColumn &&
        index.data(GanttModel::OverdueRole).toBool()) {
        const QColor overdue = GanttPainter::colorsFor(option->palette).overdue;
        option->palette.setColor(QPalette::Text, overdue);
        option->font.setBold(true);
    }
}

} // namespace Csm
