#include "opportunitydelegate.h"

#include "expansionstyle.h"

#include <QDoubleSpinBox>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace Csm {

OpportunityDelegate::OpportunityDelegate(int moneyColumn, int statusColumn, QObject *parent)
    : RecordDelegate(parent)
    , m_moneyColumn(moneyColumn)
    , m_statusColumn(statusColumn)
{}

QWidget *OpportunityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (index.column() != m_moneyColumn)
        return RecordDelegate::createEditor(parent, option, index);
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(0);
    spin->setRange(0, 1e12);
    spin->setGroupSeparatorShown(true);
    spin->setSuffix(QLatin1Char(' ') + m_currency);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setAccessibleName(tr("Potential ARR"));
    return spin;
}

void OpportunityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (index.column() == m_moneyColumn) {
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->setValue(double(index.data(Qt::EditRole).toLongLong()));
            return;
        }
    }
    RecordDelegate::setEditorData(editor, index);
}

void OpportunityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (index.column() == m_moneyColumn) {
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->interpretText();
            model->setData(index, qint64(std::llround(spin->value())), Qt::EditRole);
            return;
        }
    }
    RecordDelegate::setModelData(editor, model, index);
}

void OpportunityDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    RecordDelegate::initStyleOption(option, index);
    const auto status =
        OpportunityStatus(index.siblingAtColumn(m_statusColumn).data(Qt::EditRole).toInt());
    if (index.column() == m_moneyColumn)
        option->text = ExpansionStyle::money(index.data(Qt::EditRole).toLongLong(), m_currency);
    if (index.column() == m_statusColumn) {
        // A dot in the status's colour, as on the map.
        const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        const int size = std::max(8, option->fontMetrics.ascent() - 3);
        QPixmap dot(QSize(size, size) * ratio);
        dot.setDevicePixelRatio(ratio);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ExpansionStyle::statusColor(status, option->palette));
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        painter.end();
        option->icon = QIcon(dot);
        option->decorationSize = QSize(size, size);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (status == OpportunityStatus::Lost) {
        // Lost ones recede, as on the map.
        const QColor muted = ExpansionStyle::blend(option->palette.color(QPalette::Base),
                                                   option->palette.color(QPalette::Text), 0.6);
        option->palette.setColor(QPalette::Text, muted);
    }
}

} // namespace Csm
