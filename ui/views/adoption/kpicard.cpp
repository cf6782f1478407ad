#include "kpicard.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace Csm {

KpiCard::KpiCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title))
    , m_value(new QLabel)
    , m_detail(new QLabel)
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(title);

    m_title->setTextFormat(Qt::PlainText);
    m_title->setEnabled(false);
    m_title->setWordWrap(true);
    m_value->setTextFormat(Qt::PlainText);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_value->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.7);
    m_value->setFont(big);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setEnabled(false);
    // Two lines of detail, so the cards of a row keep one height.
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing());
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    // Room at the left for the coloured edge.
    layout->setContentsMargins(16, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void KpiCard::setValue(const QString &value, const QString &detail, Tone tone)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_tone = tone;
    setAccessibleDescription(value + QLatin1Char(' ') + detail);
    update();
}

void KpiCard::setExplanation(const QString &explanation)
{
    setToolTip(explanation);
}

QString KpiCard::title() const
{
    return m_title->text();
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::detail() const
{
    return m_detail->text();
}

void KpiCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor edge = m_tone == Tone::Neutral ? palette().color(QPalette::Mid)
                                                : AdoptionStyle::toneColor(m_tone, palette());
    painter.setPen(Qt::NoPen);
    painter.setBrush(edge);
    painter.drawRoundedRect(QRectF(3, 4, 5, height() - 8), 2, 2);
}

} // namespace Csm
