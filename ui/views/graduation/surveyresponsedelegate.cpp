#include "surveyresponsedelegate.h"

#include "views/adoption/adoptionstyle.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QSpinBox>
#include <QToolTip>

namespace Csm {

SurveyResponseDelegate::SurveyResponseDelegate(int satisfactionColumn, int npsColumn,
                                               QObject *parent)
    : RecordDelegate(parent)
    , m_satisfactionColumn(satisfactionColumn)
    , m_npsColumn(npsColumn)
{}

bool SurveyResponseDelegate::isScore(const QModelIndex &index) const
{
    return index.column() == m_satisfactionColumn || index.column() == m_npsColumn;
}

qint64 SurveyResponseDelegate::notGiven(const QModelIndex &index) const
{
    return index.column() == m_satisfactionColumn ? 0 : -1;
}

QWidget *SurveyResponseDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    if (!isScore(index))
        return RecordDelegate::createEditor(parent, option, index);
    auto *spin = new QSpinBox(parent);
    spin->setRange(int(notGiven(index)), index.column() == m_satisfactionColumn ? 5 : 10);
    spin->setSpecialValueText(tr("Not given"));
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return spin;
}

void SurveyResponseDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor); spin && isScore(index)) {
        spin->setValue(int(index.data(Qt::EditRole).toLongLong()));
        return;
    }
    RecordDelegate::setEditorData(editor, index);
}

void SurveyResponseDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                          const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor); spin && isScore(index)) {
        spin->interpretText();
        model->setData(index, qint64(spin->value()), Qt::EditRole);
        return;
    }
    RecordDelegate::setModelData(editor, model, index);
}

void SurveyResponseDelegate::initStyleOption(QStyleOptionViewItem *option,
                                             const QModelIndex &index) const
{
    RecordDelegate::initStyleOption(option, index);
    if (isScore(index) && index.data(Qt::EditRole).toLongLong() == notGiven(index)) {
        option->text = QStringLiteral("\u2013");
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}

void SurveyResponseDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QString problem = m_problem ? m_problem(index) : QString();
    if (problem.isEmpty()) {
        RecordDelegate::paint(painter, option, index);
        return;
    }
    QColor bad = AdoptionStyle::toneColor(AdoptionStyle::Tone::Bad, option.palette);
    painter->save();
    QColor tint = bad;
    tint.setAlpha(40);
    painter->fillRect(option.rect, tint);
    painter->restore();
    RecordDelegate::paint(painter, option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(bad, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 2, 2);
    painter->restore();
}

bool SurveyResponseDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString problem = m_problem ? m_problem(index) : QString();
    if (event && event->type() == QEvent::ToolTip && !problem.isEmpty()) {
        QToolTip::showText(event->globalPos(), problem, view);
        return true;
    }
    return RecordDelegate::helpEvent(event, view, option, index);
}

} // namespace Csm
