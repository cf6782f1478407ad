#include "relationshiptrianglewidget.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Csm {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 16;
constexpr int kMinChipWidth = 90;
constexpr int kMaxChipWidth = 180;
constexpr int kSummaryPadding = 8;

struct Layer
{
    const QList<Stakeholder> *people;
    int wanted;
    QString title; // "Executive sponsor"
    QString slot;  // the role an empty card waits for
};

QColor mixed(const QColor &a, const QColor &b, qreal ratio)
{
    return QColor::fromRgbF(a.redF() * (1 - ratio) + b.redF() * ratio,
                            a.greenF() * (1 - ratio) + b.greenF() * ratio,
                            a.blueF() * (1 - ratio) + b.blueF() * ratio);
}

struct SummaryColors
{
    QColor background;
    QColor border;
    QColor text;
    QColor icon;
};

SummaryColors summaryColors(bool warning, bool dark)
{
    if (warning)
        return dark ? SummaryColors{QColor(0x3a, 0x2a, 0x12), QColor(0x8a, 0x5a, 0x1a),
                                    QColor(0xff, 0xd8, 0xa8), QColor(0xff, 0xa0, 0x40)}
                    : SummaryColors{QColor(0xff, 0xf4, 0xe5), QColor(0xf5, 0xc0, 0x7a),
                                    QColor(0x66, 0x3c, 0x00), QColor(0xe6, 0x51, 0x00)};
    return dark ? SummaryColors{QColor(0x1e, 0x33, 0x20), QColor(0x3f, 0x7a, 0x45),
                                QColor(0xc8, 0xe6, 0xc9), QColor(0x66, 0xbb, 0x6a)}
                : SummaryColors{QColor(0xe8, 0xf5, 0xe9), QColor(0xa5, 0xd6, 0xa7),
                                QColor(0x1b, 0x5e, 0x20), QColor(0x2e, 0x7d, 0x32)};
}

// What a card says under the name: the person's title, or their role when untitled.
QString secondLine(const Stakeholder &person)
{
    return person.title.trimmed().isEmpty() ? enumDisplayName(person.role) : person.title.trimmed();
}

} // namespace

RelationshipTriangleWidget::RelationshipTriangleWidget(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setTriangle(relationshipTriangle({}));
}

void RelationshipTriangleWidget::setTriangle(const RelationshipTriangle &triangle)
{
    m_triangle = triangle;
    updateDescription();
    updateGeometry();
    update();
}

QString RelationshipTriangleWidget::summaryText() const
{
    if (m_triangle.isSingleThreaded())
        return m_triangle.singleThreadedWarning;
    return tr("Multi-threaded: %1 customer contacts and an executive sponsor.")
        .arg(m_triangle.customerContacts);
}

RelationshipTriangleWidget::Metrics RelationshipTriangleWidget::metrics(int width) const
{
    Metrics m{};
    const int available = width - 2 * kMargin;
    m.chipWidth = std::clamp((available - 2 * kGap) / 3, kMinChipWidth, kMaxChipWidth);
    m.chipHeight = fontMetrics().height() * 2 + 14;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m.captionHeight = QFontMetrics(small).height() + 8;
    m.rowGap = 8;
    m.triangleHeight = 3 * (m.chipHeight + m.captionHeight) + 2 * m.rowGap + kMargin;
    return m;
}

int RelationshipTriangleWidget::summaryHeight(int width) const
{
    const int iconSpace = fontMetrics().height() + 8;
    const int textWidth = std::max(40, width - 2 * kMargin - 2 * kSummaryPadding - iconSpace);
    const QRect bounds =
        fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, summaryText());
    return std::max(bounds.height(), fontMetrics().height()) + 2 * kSummaryPadding;
}

int RelationshipTriangleWidget::heightForWidth(int width) const
{
    return kMargin + metrics(width).triangleHeight + summaryHeight(width) + kMargin;
}

QSize RelationshipTriangleWidget::sizeHint() const
{
    const int width = 3 * 150 + 2 * kGap + 2 * kMargin;
    return {width, heightForWidth(width)};
}

QSize RelationshipTriangleWidget::minimumSizeHint() const
{
    const int width = 3 * kMinChipWidth + 2 * kGap + 2 * kMargin;
    return {width, heightForWidth(width)};
}

void RelationshipTriangleWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void RelationshipTriangleWidget::updateDescription()
{
    auto names = [](const QList<Stakeholder> &people) {
        QStringList list;
        for (const Stakeholder &s : people)
            list.append(s.name.trimmed());
        return list.isEmpty() ? tr("none") : list.join(tr(", "));
    };
    const QString description =
        tr("Executive sponsor: %1\nPrimary contacts: %2\nPower users: %3\n%4")
            .arg(names(m_triangle.executiveSponsors), names(m_triangle.primaryContacts),
                 names(m_triangle.powerUsers), summaryText());
    setAccessibleDescription(description);
    setToolTip(description);
}

void RelationshipTriangleWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightnessF() < 0.5;
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = mixed(text, pal.color(QPalette::Window), 0.4);
    const QColor accent = pal.color(QPalette::Highlight);

    const Metrics m = metrics(width());
    const int cx = width() / 2;
    const int halfBase = m.chipWidth + kGap; // from the middle card of the base to a corner
    auto rowTop = [&](int row) {
        return kMargin + row * (m.chipHeight + m.captionHeight + m.rowGap);
    };
    auto rowCentre = [&](int row) { return rowTop(row) + m.chipHeight / 2.0; };

    // The triangle through the centres of the corner cards; the side cards sit on its edges.
    QPainterPath shape;
    shape.moveTo(cx, rowCentre(0));
    shape.lineTo(cx + halfBase, rowCentre(2));
    shape.lineTo(cx - halfBase, rowCentre(2));
    shape.closeSubpath();
    QColor fill = accent;
    fill.setAlphaF(dark ? 0.18 : 0.10);
    QColor edge = accent;
    edge.setAlphaF(dark ? 0.75 : 0.55);
    painter.setBrush(fill);
    painter.setPen(QPen(edge, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(shape);

    const QList<Layer> tiers = {
        {&m_triangle.executiveSponsors, triangleSponsorsWanted, tr("Executive sponsor"),
         tr("Executive sponsor")},
        {&m_triangle.primaryContacts, trianglePrimaryContactsWanted, tr("Primary contacts"),
         tr("Primary contact")},
        {&m_triangle.powerUsers, trianglePowerUsersWanted, tr("Power users"), tr("Power user")},
    };

    QFont bold = font();
    bold.setBold(true);
    QFont italic = font();
    italic.setItalic(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);

    for (int row = 0; row < tiers.size(); ++row) {
        const Layer &tier = tiers.at(row);
        const int places = tier.wanted;
        const int count = int(tier.people->size());
        // Card centres: the apex, both edges halfway down, the two corners and the middle.
        QList<int> centres;
        if (places == 1)
            centres = {cx};
        else if (places == 2)
            centres = {cx - halfBase / 2, cx + halfBase / 2};
        else
            centres = {cx - halfBase, cx, cx + halfBase};

        for (int slot = 0; slot < places; ++slot) {
            const QRectF card(centres.at(slot) - m.chipWidth / 2.0, rowTop(row), m.chipWidth,
                              m.chipHeight);
            const QRectF inner = card.adjusted(8, 6, -8, -6);
            const QRectF firstLine(inner.left(), inner.top(), inner.width(), inner.height() / 2);
            const QRectF lastLine(inner.left(), inner.center().y(), inner.width(),
                                  inner.height() / 2);
            if (slot < count) {
                const Stakeholder &person = tier.people->at(slot);
                painter.setPen(QPen(accent, 1.5));
                painter.setBrush(pal.color(QPalette::Base));
                painter.drawRoundedRect(card, 6, 6);
                painter.setFont(bold);
                painter.setPen(pal.color(QPalette::Text));
                painter.drawText(firstLine, Qt::AlignHCenter | Qt::AlignVCenter,
                                 QFontMetrics(bold).elidedText(person.name.trimmed(),
                                                               Qt::ElideRight, int(inner.width())));
                painter.setFont(font());
                painter.setPen(mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.35));
                painter.drawText(lastLine, Qt::AlignHCenter | Qt::AlignVCenter,
                                 fontMetrics().elidedText(secondLine(person), Qt::ElideRight,
                                                          int(inner.width())));
            } else {
                QPen dashed(muted, 1.2, Qt::DashLine);
                painter.setPen(dashed);
                painter.setBrush(pal.color(QPalette::Window));
                painter.drawRoundedRect(card, 6, 6);
                painter.setFont(italic);
                painter.setPen(muted);
                painter.drawText(firstLine, Qt::AlignHCenter | Qt::AlignVCenter, tr("Not named"));
                painter.setFont(font());
                painter.drawText(
                    lastLine, Qt::AlignHCenter | Qt::AlignVCenter,
                    fontMetrics().elidedText(tier.slot, Qt::ElideRight, int(inner.width())));
            }
            // More people than the triangle asks for: a badge on the last card.
            if (slot == places - 1 && count > places) {
                const QString more = tr("+%1").arg(count - places);
                QFontMetrics smallMetrics(small);
                const int badgeWidth = smallMetrics.horizontalAdvance(more) + 10;
                const int badgeHeight = smallMetrics.height() + 2;
                const QRectF badge(card.right() - badgeWidth + 4, card.top() - badgeHeight / 2.0,
                                   badgeWidth, badgeHeight);
                painter.setPen(Qt::NoPen);
                painter.setBrush(accent);
                painter.drawRoundedRect(badge, badgeHeight / 2.0, badgeHeight / 2.0);
                painter.setFont(small);
                painter.setPen(pal.color(QPalette::HighlightedText));
                painter.drawText(badge, Qt::AlignCenter, more);
            }
        }

        const QString caption =
            count > places ? tr("%1 · %2, %3 wanted").arg(tier.title).arg(count).arg(places)
                           : tr("%1 · %2 of %3").arg(tier.title).arg(count).arg(places);
        // On a backdrop of its own, so the triangle's edges do not run through the words.
        painter.setFont(small);
        const QFontMetrics smallMetrics(small);
        const int captionWidth = smallMetrics.horizontalAdvance(caption) + 12;
        const QRectF captionRect(cx - captionWidth / 2.0, rowTop(row) + m.chipHeight + 3,
                                 captionWidth, smallMetrics.height() + 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Window));
        painter.drawRoundedRect(captionRect, captionRect.height() / 2, captionRect.height() / 2);
        painter.setPen(count >= places ? text : muted);
        painter.drawText(captionRect, Qt::AlignCenter, caption);
    }

    // The verdict under the triangle.
    const bool warning = m_triangle.isSingleThreaded();
    const SummaryColors colors = summaryColors(warning, dark);
    const QRectF box(kMargin, kMargin + m.triangleHeight, width() - 2 * kMargin,
                     summaryHeight(width()));
    painter.setFont(font());
    painter.setPen(QPen(colors.border, 1));
    painter.setBrush(colors.background);
    painter.drawRoundedRect(box, 4, 4);

    const int iconSize = fontMetrics().height();
    const QRectF icon(box.left() + kSummaryPadding, box.top() + kSummaryPadding, iconSize,
                      iconSize);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.icon);
    painter.drawEllipse(icon.adjusted(1, 1, -1, -1));
    painter.setPen(QPen(dark ? colors.background : QColor(Qt::white), 2, Qt::SolidLine,
                        Qt::RoundCap, Qt::RoundJoin));
    if (warning) {
        const qreal x = icon.center().x();
        painter.drawLine(QPointF(x, icon.top() + iconSize * 0.25),
                         QPointF(x, icon.top() + iconSize * 0.58));
        painter.drawPoint(QPointF(x, icon.top() + iconSize * 0.76));
    } else {
        QPainterPath tick;
        tick.moveTo(icon.left() + iconSize * 0.28, icon.top() + iconSize * 0.52);
        tick.lineTo(icon.left() + iconSize * 0.44, icon.top() + iconSize * 0.68);
        tick.lineTo(icon.left() + iconSize * 0.72, icon.top() + iconSize * 0.34);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    }

    const QRectF textRect(icon.right() + 8, box.top() + kSummaryPadding,
                          box.right() - kSummaryPadding - icon.right() - 8,
                          box.height() - 2 * kSummaryPadding);
    painter.setPen(colors.text);
    painter.drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, summaryText());
}

} // namespace Csm
