#include "portfoliodelegate.h"

#include "portfolio/health.h"
#include "portfoliomodel.h"
#include "views/adoption/adoptionstyle.h"

#include <QApplication>
#include <QPainter>

namespace Csm {

namespace {

using Tone = AdoptionStyle::Tone;

Tone toneOf(PortfolioModel::Tone tone)
{
    switch (tone) {
    case PortfolioModel::Tone::Good:
        return Tone::Good;
    case PortfolioModel::Tone::Warning:
        return Tone::Warning;
    case PortfolioModel::Tone::Bad:
        return Tone::Bad;
    case PortfolioModel::Tone::Neutral:
        break;
    }
    return Tone::Neutral;
}

Tone bandTone(HealthBand band)
{
    switch (band) {
    case HealthBand::Good:
        return Tone::Good;
    case HealthBand::Watch:
        return Tone::Warning;
    case HealthBand::AtRisk:
        return Tone::Bad;
    }
    return Tone::Neutral;
}

// A rounded label of `text` centred in `rect`, filled with `fill`.
void paintPill(QPainter *painter, const QRect &rect, const QString &text, const QColor &fill,
               const QColor &textColor, const QFont &font)
{
    const QFontMetrics metrics(font);
    const int height = std::min(rect.height() - 4, metrics.height() + 4);
    const int width = std::max(height * 2, metrics.horizontalAdvance(text) + 14);
    const QRect pill(rect.center().x() - width / 2, rect.center().y() - height / 2 + 1, width,
                     height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(textColor);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace

void PortfolioDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant tone = index.data(PortfolioModel::ToneRole);
    if (!tone.isValid())
        return;
    const Tone t = toneOf(PortfolioModel::Tone(tone.toInt()));
    // Good figures keep the text colour: only what needs attention stands out.
    if (t == Tone::Bad || t == Tone::Warning)
        option->palette.setColor(QPalette::Text, AdoptionStyle::toneColor(t, option->palette));
}

void PortfolioDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const int column = index.column();
    const bool group = index.data(PortfolioModel::IsGroupRole).toBool();
    const bool health = column == PortfolioModel::HealthColumn && !group &&
                        index.data(PortfolioModel::HealthScoreRole).isValid();
    const bool alerts = column == PortfolioModel::AlertsColumn &&
                        index.data(PortfolioModel::ActiveAlertsRole).toInt() > 0;
    if (!health && !alerts) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection, without its text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    const Tone tone = health
                          ? bandTone(HealthBand(index.data(PortfolioModel::HealthBandRole).toInt()))
                      : index.data(PortfolioModel::CriticalAlertsRole).toInt() > 0 ? Tone::Bad
                                                                                   : Tone::Warning;
    paintPill(painter, option.rect, index.data().toString(),
              AdoptionStyle::toneColor(tone, option.palette), Qt::white, font);
    painter->restore();
}

QSize PortfolioDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace Csm
