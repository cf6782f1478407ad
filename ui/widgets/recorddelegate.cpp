#include "recorddelegate.h"

#include "domain/field.h"
#include "models/recordtablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>

namespace Csm {

QWidget *RecordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    switch (FieldKind(index.data(RecordTableModelBase::FieldKindRole).toInt())) {
    case FieldKind::Enum:
    case FieldKind::Reference: {
        auto *combo = new QComboBox(parent);
        if (FieldKind(index.data(RecordTableModelBase::FieldKindRole).toInt()) ==
            FieldKind::Reference)
            combo->addItem(tr("(none)"), QString());
        for (const QVariant &choice : index.data(RecordTableModelBase::OptionsRole).toList()) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(0).toString(), pair.value(1));
        }
        return combo;
    }
    case FieldKind::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    case FieldKind::Number: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(2);
        return spin;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, date->date(), Qt::EditRole);
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        model->setData(index, spin->value(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Csm
