#include "checklistmark.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace Csm {

ChecklistMark::ChecklistMark(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ChecklistMark::setMark(Shape shape, AdoptionStyle::Tone tone)
{
    m_shape = shape;
    m_tone = tone;
    update();
}

QSize ChecklistMark::sizeHint() const
{
    // The size of a check box's indicator, so that marks and check boxes line up.
    return {style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this),
            style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this)};
}

void ChecklistMark::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    const QRectF box((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    switch (m_shape) {
    case Shape::Done: {
        const QColor fill = AdoptionStyle::toneColor(AdoptionStyle::Tone::Good, palette());
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(box.adjusted(1, 1, -1, -1));
        QPainterPath tick;
        tick.moveTo(box.left() + side * 0.28, box.top() + side * 0.52);
        tick.lineTo(box.left() + side * 0.44, box.top() + side * 0.68);
        tick.lineTo(box.left() + side * 0.73, box.top() + side * 0.35);
        painter.setPen(
            QPen(Qt::white, qMax(1.5, side / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
        break;
    }
    case Shape::Open: {
        QColor ring = palette().color(QPalette::WindowText);
        ring.setAlphaF(0.45f);
        painter.setPen(QPen(ring, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    }
    case Shape::Dot: {
        const qreal inset = side * 0.25;
        painter.setPen(Qt::NoPen);
        painter.setBrush(AdoptionStyle::toneColor(m_tone, palette()));
        painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset));
        break;
    }
    }
}

} // namespace Csm
