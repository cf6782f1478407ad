#include "stakeholderdelegate.h"

#include "domain/enums.h"
#include "models/stakeholdermodel.h"

#include <QComboBox>
#include <QDateEdit>

namespace Csm {

namespace {

template<typename E> void fillCombo(QComboBox *combo, bool (*accept)(E, int), int context)
{
    for (int i = 0; i < enumCount<E>(); ++i) {
        if (accept(E(i), context))
            combo->addItem(enumDisplayName(E(i)), i);
    }
}

} // namespace

QWidget *StakeholderDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const int side = index.data(StakeholderModel::SideRole).toInt();
    switch (StakeholderModel::fieldOf(index.column())) {
    case StakeholderField::Side: {
        auto *combo = new QComboBox(parent);
        fillCombo<Side>(
            combo, [](Side, int) { return true; }, side);
        return combo;
    }
    case StakeholderField::Role: {
        auto *combo = new QComboBox(parent);
        // Offer the roles of the person's own side only.
        fillCombo<StakeholderRole>(
            combo,
            [](StakeholderRole role, int s) {
                return isVendorRole(role) == (Side(s) == Side::Vendor);
            },
            side);
        return combo;
    }
    case StakeholderField::Sentiment: {
        auto *combo = new QComboBox(parent);
        fillCombo<Sentiment>(
            combo, [](Sentiment, int) { return true; }, side);
        return combo;
    }
    case StakeholderField::LastContact: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void StakeholderDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        const QDate date = index.data(Qt::EditRole).toDate();
        edit->setDate(date.isValid() ? date : QDate::currentDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void StakeholderDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Csm
