#include "whitespacemap.h"

#include "expansionstyle.h"
#include "successplan/valuereview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace Csm {

namespace {

constexpr int kColumns = 3;

QColor mutedText(const QPalette &palette)
{
    return ExpansionStyle::blend(palette.color(QPalette::Base), palette.color(QPalette::Text),
                                 0.62);
}

QFont scaled(QFont font, qreal scale, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

} // namespace

WhitespaceMap::WhitespaceMap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
    setAccessibleName(tr("Whitespace map"));
    setAccessibleDescription(tr("Expansion opportunities by division, geography and use case"));
}

QString WhitespaceMap::columnTitle(WhitespaceDimension dimension)
{
    switch (dimension) {
    case WhitespaceDimension::Division:
        return tr("Divisions");
    case WhitespaceDimension::Geography:
        return tr("Geographies");
    case WhitespaceDimension::UseCase:
        return tr("Use cases");
    }
    return {};
}

QString WhitespaceMap::emptyColumnHint(WhitespaceDimension dimension)
{
    switch (dimension) {
    case WhitespaceDimension::Division:
        return tr("No division mapped yet");
    case WhitespaceDimension::Geography:
        return tr("No geography mapped yet");
    case WhitespaceDimension::UseCase:
        return tr("No use case mapped yet");
    }
    return {};
}

void WhitespaceMap::setOpportunities(const QList<WhitespaceOpportunity> &opportunities,
                                     const QString &currency)
{
    m_opportunities = opportunities;
    m_currency = currency;
    relayout();
    // Selected tiles that are gone are no longer selected.
    m_selection.removeIf([this](const OpportunityId &id) { return !tileOf(id); });
    if (!tileOf(m_hovered))
        m_hovered = {};
    updateGeometry();
    update();
}

void WhitespaceMap::setSelection(const QList<OpportunityId> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    update();
}

WhitespaceMap::Metrics WhitespaceMap::metrics() const
{
    const QFontMetrics fm(font());
    const QFontMetrics bold(scaled(font(), 1.0, true));
    Metrics m;
    m.padding = 10;
    m.legendHeight = fm.height() + 14;
    m.headerHeight = bold.height() + 18;
    // Name, potential ARR, advocates and skeptics, one line each.
    m.tileHeight = bold.height() + 3 * fm.lineSpacing() + 3 * 3 + 2 * 9;
    m.tileGap = 8;
    m.columnGap = 12;
    return m;
}

int WhitespaceMap::contentHeight() const
{
    const Metrics m = metrics();
    int tallest = 1;
    for (int column = 0; column < kColumns; ++column)
        tallest = std::max(tallest, int(m_tiles[column].size()));
    return m.legendHeight + m.headerHeight + tallest * m.tileHeight + (tallest - 1) * m.tileGap +
           m.padding + 2;
}

QSize WhitespaceMap::sizeHint() const
{
    return {3 * 300 + 2 * metrics().columnGap, contentHeight()};
}

QSize WhitespaceMap::minimumSizeHint() const
{
    return {3 * 170 + 2 * metrics().columnGap, contentHeight()};
}

void WhitespaceMap::relayout()
{
    const Metrics m = metrics();
    for (auto &tiles : m_tiles)
        tiles.clear();
    for (int i = 0; i < m_opportunities.size(); ++i) {
        const int column = std::clamp(int(m_opportunities.at(i).dimension), 0, kColumns - 1);
        m_tiles[column].append(Tile{i, QRect()});
    }
    const int available = width() - 1;
    const int columnWidth = std::max(1, (available - (kColumns - 1) * m.columnGap) / kColumns);
    const int top = m.legendHeight;
    const int bottom = std::max(top + 1, height() - 1);
    for (int column = 0; column < kColumns; ++column) {
        const int x = column * (columnWidth + m.columnGap);
        m_columns[column] = QRect(x, top, columnWidth, bottom - top);
        int y = top + m.headerHeight;
        for (Tile &tile : m_tiles[column]) {
            tile.rect = QRect(x + m.padding, y, columnWidth - 2 * m.padding, m.tileHeight);
            y += m.tileHeight + m.tileGap;
        }
    }
    setMinimumHeight(contentHeight());
}

QRect WhitespaceMap::columnRect(WhitespaceDimension dimension) const
{
    const int column = int(dimension);
    return column >= 0 && column < kColumns ? m_columns[column] : QRect();
}

const WhitespaceMap::Tile *WhitespaceMap::tileOf(const OpportunityId &id) const
{
    if (id.isNull())
        return nullptr;
    for (const auto &tiles : m_tiles) {
        for (const Tile &tile : tiles) {
            if (m_opportunities.at(tile.index).id == id)
                return &tile;
        }
    }
    return nullptr;
}

QRect WhitespaceMap::tileRect(const OpportunityId &id) const
{
    const Tile *tile = tileOf(id);
    return tile ? tile->rect : QRect();
}

int WhitespaceMap::tileIndexAt(const QPoint &pos) const
{
    for (const auto &tiles : m_tiles) {
        for (const Tile &tile : tiles) {
            if (tile.rect.contains(pos))
                return tile.index;
        }
    }
    return -1;
}

OpportunityId WhitespaceMap::opportunityAt(const QPoint &pos) const
{
    const int index = tileIndexAt(pos);
    return index >= 0 ? m_opportunities.at(index).id : OpportunityId();
}

QColor WhitespaceMap::tileColor(const OpportunityId &id) const
{
    const Tile *tile = tileOf(id);
    return tile ? ExpansionStyle::statusColor(m_opportunities.at(tile->index).status, palette())
                : QColor();
}

bool WhitespaceMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = tileIndexAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(m_opportunities.at(index)), this,
                               tileOf(m_opportunities.at(index).id)->rect);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void WhitespaceMap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        relayout();
        updateGeometry();
    }
    if (event->type() == QEvent::PaletteChange)
        update();
}

void WhitespaceMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WhitespaceMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const OpportunityId id = opportunityAt(event->position().toPoint());
    if (id.isNull())
        return;
    setSelection({id});
    Q_EMIT opportunityClicked(id);
}

void WhitespaceMap::mouseDoubleClickEvent(QMouseEvent *event)
{
    const OpportunityId id = opportunityAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && !id.isNull())
        Q_EMIT opportunityActivated(id);
}

void WhitespaceMap::mouseMoveEvent(QMouseEvent *event)
{
    const OpportunityId id = opportunityAt(event->position().toPoint());
    if (id != m_hovered) {
        m_hovered = id;
        setCursor(id.isNull() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
}

void WhitespaceMap::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (!m_hovered.isNull()) {
        m_hovered = {};
        update();
    }
}

void WhitespaceMap::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        moveSelection(0, -1);
        return;
    case Qt::Key_Down:
        moveSelection(0, 1);
        return;
    case Qt::Key_Left:
        moveSelection(-1, 0);
        return;
    case Qt::Key_Right:
        moveSelection(1, 0);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selection.isEmpty() && tileOf(m_selection.constLast())) {
            Q_EMIT opportunityActivated(m_selection.constLast());
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void WhitespaceMap::moveSelection(int dColumn, int dRow)
{
    int column = -1;
    int row = -1;
    if (!m_selection.isEmpty()) {
        for (int c = 0; c < kColumns && column < 0; ++c) {
            for (int r = 0; r < m_tiles[c].size(); ++r) {
                if (m_opportunities.at(m_tiles[c].at(r).index).id == m_selection.constLast()) {
                    column = c;
                    row = r;
                    break;
                }
            }
        }
    }
    if (column < 0) {
        // Nothing selected yet: start at the first tile.
        for (int c = 0; c < kColumns; ++c) {
            if (!m_tiles[c].isEmpty()) {
                column = c;
                row = 0;
                break;
            }
        }
        if (column < 0)
            return;
    } else if (dColumn != 0) {
        // The next column with tiles, at the nearest row.
        int c = column + dColumn;
        while (c >= 0 && c < kColumns && m_tiles[c].isEmpty())
            c += dColumn;
        if (c < 0 || c >= kColumns)
            return;
        column = c;
        row = std::min(row, int(m_tiles[c].size()) - 1);
    } else {
        row = std::clamp(row + dRow, 0, int(m_tiles[column].size()) - 1);
    }
    const OpportunityId id = m_opportunities.at(m_tiles[column].at(row).index).id;
    setSelection({id});
    Q_EMIT opportunityClicked(id);
}

QString WhitespaceMap::tooltipFor(const WhitespaceOpportunity &o) const
{
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(o.name.toHtmlEscaped()));
    lines.append(tr("%1, %2 potential ARR")
                     .arg(enumDisplayName(o.status),
                          ExpansionStyle::money(o.potentialArr, m_currency).toHtmlEscaped()));
    if (!o.advocates.isEmpty())
        lines.append(tr("Advocates: %1").arg(o.advocates.toHtmlEscaped()));
    if (!o.skeptics.isEmpty())
        lines.append(tr("Skeptics: %1").arg(o.skeptics.toHtmlEscaped()));
    if (!o.notes.isEmpty())
        lines.append(QStringLiteral("<i>%1</i>").arg(o.notes.toHtmlEscaped()));
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
        .arg(lines.join(QStringLiteral("<br>")));
}

void WhitespaceMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintLegend(painter);
    for (int column = 0; column < kColumns; ++column)
        paintColumn(painter, column);
}

void WhitespaceMap::paintLegend(QPainter &painter) const
{
    const QPalette &pal = palette();
    const QFontMetrics fm(font());
    const int swatch = std::max(8, fm.ascent() - 2);
    int x = 2;
    const int y = (metrics().legendHeight - 8 - fm.height()) / 2;
    painter.save();
    painter.setPen(mutedText(pal));
    const QString caption = tr("Status:");
    painter.drawText(QRect(x, y, fm.horizontalAdvance(caption) + 2, fm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, caption);
    x += fm.horizontalAdvance(caption) + 10;
    for (int i = 0; i < enumCount<OpportunityStatus>(); ++i) {
        const auto status = OpportunityStatus(i);
        const QString label = enumDisplayName(status);
        const QRectF box(x, y + (fm.height() - swatch) / 2.0, swatch, swatch);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ExpansionStyle::statusColor(status, pal));
        if (status == OpportunityStatus::Lost)
            painter.setOpacity(0.6);
        painter.drawRoundedRect(box, 2, 2);
        painter.setOpacity(1.0);
        painter.setPen(pal.color(QPalette::WindowText));
        const int textWidth = fm.horizontalAdvance(label);
        painter.drawText(QRect(x + swatch + 5, y, textWidth + 2, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        x += swatch + 5 + textWidth + 16;
    }
    painter.restore();
}

void WhitespaceMap::paintColumn(QPainter &painter, int column) const
{
    const QPalette &pal = palette();
    const Metrics m = metrics();
    const QRect frame = m_columns[column];
    const auto dimension = WhitespaceDimension(column);
    painter.save();

    // The column: a quiet panel a shade off the window.
    const QColor panel =
        ExpansionStyle::blend(pal.color(QPalette::Window), pal.color(QPalette::Base), 0.55);
    const QColor border =
        ExpansionStyle::blend(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.16);
    painter.setPen(QPen(border, 1));
    painter.setBrush(panel);
    painter.drawRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    // The header: the dimension, how many, and the open potential.
    QList<WhitespaceOpportunity> inColumn;
    for (const Tile &tile : m_tiles[column])
        inColumn.append(m_opportunities.at(tile.index));
    const WhitespaceTotals totals = whitespaceTotals(inColumn);
    const QFont bold = scaled(font(), 1.0, true);
    const QRect header(frame.left() + m.padding + 2, frame.top(), frame.width() - 2 * m.padding - 4,
                       m.headerHeight - 4);
    const QString figure = inColumn.isEmpty()
                               ? QString()
                               : tr("%1 open · %2")
                                     .arg(std::count_if(inColumn.cbegin(), inColumn.cend(),
                                                        [](const WhitespaceOpportunity &o) {
                                                            return isOpen(o.status);
                                                        }))
                                     .arg(ExpansionStyle::money(totals.open, m_currency));
    const QFontMetrics fm(font());
    const int figureWidth = std::min(fm.horizontalAdvance(figure) + 4, header.width() * 3 / 5);
    painter.setPen(mutedText(pal));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                     fm.elidedText(figure, Qt::ElideLeft, figureWidth));
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(header.adjusted(0, 0, -figureWidth - 8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(columnTitle(dimension), Qt::ElideRight,
                                                   header.width() - figureWidth - 8));
    painter.setFont(font());

    if (m_tiles[column].isEmpty()) {
        const QRect hint(frame.left() + m.padding, frame.top() + m.headerHeight,
                         frame.width() - 2 * m.padding, m.tileHeight);
        QPen dashed(border, 1, Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(hint).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        painter.setPen(mutedText(pal));
        painter.drawText(hint.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         emptyColumnHint(dimension));
    }
    for (const Tile &tile : m_tiles[column])
        paintTile(painter, tile);
    painter.restore();
}

void WhitespaceMap::paintTile(QPainter &painter, const Tile &tile) const
{
    const WhitespaceOpportunity &o = m_opportunities.at(tile.index);
    const QPalette &pal = palette();
    const QColor color = ExpansionStyle::statusColor(o.status, pal);
    const bool lost = o.status == OpportunityStatus::Lost;
    const bool selected = m_selection.contains(o.id);
    const bool hovered = o.id == m_hovered;
    const QRectF box = QRectF(tile.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.save();

    // Fill and border; the selection in the palette's highlight, thicker.
    const QColor base = pal.color(QPalette::Base);
    QColor border = ExpansionStyle::blend(base, color, hovered ? 0.9 : 0.45);
    painter.setPen(QPen(border, 1));
    painter.setBrush(ExpansionStyle::tileFill(o.status, pal));
    painter.drawRoundedRect(box, 5, 5);
    if (selected) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        if (hasFocus()) {
            QPen focus(pal.color(QPalette::Highlight), 1, Qt::DotLine);
            painter.setPen(focus);
            painter.drawRoundedRect(box.adjusted(3, 3, -3, -3), 3, 3);
        }
    }
    // The status edge at the left.
    QPainterPath clip;
    clip.addRoundedRect(box, 5, 5);
    painter.setClipPath(clip);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    if (lost)
        painter.setOpacity(0.55);
    painter.drawRect(QRectF(box.left(), box.top(), 5, box.height()));
    painter.setClipping(false);

    // Lost opportunities are muted: there is nothing left to do about them.
    const QColor text = lost ? mutedText(pal) : pal.color(QPalette::Text);
    const QColor muted = mutedText(pal);
    const QRect inner = tile.rect.adjusted(14, 9, -10, -9);
    const QFont bold = scaled(font(), 1.0, true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics fm(font());

    // Status chip at the top right.
    const QFont chipFont = scaled(font(), 0.86, true);
    const QFontMetrics chipMetrics(chipFont);
    const QString status = enumDisplayName(o.status);
    const int chipWidth = chipMetrics.horizontalAdvance(status) + 12;
    const QRectF chip(inner.right() - chipWidth + 1, inner.top() + 1, chipWidth,
                      boldMetrics.height() - 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ExpansionStyle::blend(ExpansionStyle::tileFill(o.status, pal), color,
                                           ExpansionStyle::isDark(pal) ? 0.28 : 0.16));
    painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter.setFont(chipFont);
    painter.setPen(color);
    painter.drawText(chip, Qt::AlignCenter, status);
    painter.setOpacity(1.0);

    // Name.
    QFont nameFont = bold;
    nameFont.setStrikeOut(lost);
    const bool unnamed = o.name.trimmed().isEmpty();
    if (unnamed)
        nameFont.setItalic(true);
    painter.setFont(nameFont);
    painter.setPen(unnamed ? muted : text);
    const QRect nameRect(inner.left(), inner.top(), inner.width() - chipWidth - 8,
                         boldMetrics.height());
    painter.drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(unnamed ? tr("Unnamed opportunity") : o.name.simplified(),
                               Qt::ElideRight, nameRect.width()));

    // Label and value lines, the values aligned.
    painter.setFont(font());
    const QString labels[] = {tr("Potential ARR:"), tr("Advocates:"), tr("Skeptics:")};
    int labelWidth = 0;
    for (const QString &label : labels)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
    labelWidth += 6;
    const QString values[] = {ExpansionStyle::money(o.potentialArr, m_currency),
                              o.advocates.simplified(), o.skeptics.simplified()};
    int y = inner.top() + boldMetrics.height() + 3;
    for (int line = 0; line < 3; ++line) {
        const QRect labelRect(inner.left(), y, labelWidth, fm.lineSpacing());
        const QRect valueRect(inner.left() + labelWidth, y, inner.width() - labelWidth,
                              fm.lineSpacing());
        painter.setPen(muted);
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, labels[line]);
        const bool none = values[line].isEmpty();
        QFont valueFont = font();
        valueFont.setItalic(none);
        valueFont.setBold(line == 0 && !lost);
        painter.setFont(valueFont);
        painter.setPen(none ? muted : text);
        painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(valueFont).elidedText(none ? tr("none named") : values[line],
                                                            Qt::ElideRight, valueRect.width()));
        painter.setFont(font());
        y += fm.lineSpacing() + 3;
    }
    painter.restore();
}

} // namespace Csm
