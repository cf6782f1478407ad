#include "ganttpainter.h"

#include "ganttmodel.h"

#include <QFontMetricsF>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace Csm {

namespace {

using ItemType = GanttModel::ItemType;

constexpr double kMinBarWidth = 3;
constexpr double kHandleGap = 9; // from a bar's end to its link handle's centre
constexpr double kHandleRadius = 4;
constexpr double kLabelGap = 17; // from a bar's end to its label
constexpr double kEdgeZone = 5;  // half the width of a resize handle

ItemType typeOf(const QModelIndex &index)
{
    return ItemType(index.data(GanttModel::ItemTypeRole).toInt());
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// `top` painted over the opaque `below`.
QColor over(const QColor &below, const QColor &top)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + below.redF() * (1 - a)),
                            float(top.greenF() * a + below.greenF() * (1 - a)),
                            float(top.blueF() * a + below.blueF() * (1 - a)));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString dayMonth(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

} // namespace

// ---- Layout ------------------------------------------------------------------------------

void GanttLayout::append(const GanttRow &row)
{
    const QUuid id = QUuid::fromString(row.index.data(GanttModel::IdRole).toString());
    if (!id.isNull())
        m_byId.insert(id, m_rows.size());
    m_rows.append(row);
}

const GanttRow *GanttLayout::rowOf(const QUuid &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_rows.at(it.value());
}

// ---- Colours -----------------------------------------------------------------------------

GanttPainter::Colors GanttPainter::colorsFor(const QPalette &palette)
{
    Colors c;
    const bool dark = isDark(palette);
    c.text = palette.color(QPalette::Text);
    c.mutedText = palette.color(QPalette::PlaceholderText);
    c.headerBackground = palette.color(QPalette::Button);
    c.headerText = palette.color(QPalette::ButtonText);
    c.line = withAlpha(palette.color(QPalette::Text), dark ? 70 : 60);
    c.grid = withAlpha(palette.color(QPalette::Text), dark ? 30 : 24);
    c.selection = withAlpha(palette.color(QPalette::Highlight), dark ? 70 : 45);
    if (dark) {
        c.weekend = QColor(255, 255, 255, 13);
        c.holiday = QColor(255, 167, 38, 34);
        c.bar = QColor(0x2e, 0x4d, 0x75);
        c.barProgress = QColor(0x5c, 0x9c, 0xe6);
        c.barBorder = QColor(0x82, 0xb4, 0xf0);
        c.critical = QColor(0x5c, 0x2b, 0x2b);
        c.criticalProgress = QColor(0xe5, 0x5f, 0x5f);
        c.criticalBorder = QColor(0xf2, 0x8b, 0x8b);
        c.summary = QColor(0x7d, 0x8a, 0x99);
        c.summaryProgress = QColor(0xd0, 0xd9, 0xe3);
        c.milestone = QColor(0x82, 0xb4, 0xf0);
        c.firstValue = QColor(0xf2, 0xb8, 0x2f);
        c.baseline = QColor(0x9a, 0x9a, 0x9a, 150);
        c.today = QColor(0xff, 0x9e, 0x2c);
        c.gate = QColor(0xce, 0x93, 0xd8);
        c.gatePassed = QColor(0x81, 0xc7, 0x84);
        c.gateMissed = QColor(0xef, 0x8a, 0x8a);
        c.overdue = QColor(0xff, 0x6e, 0x6e);
        c.link = QColor(0xc8, 0xc8, 0xc8, 170);
    } else {
        c.weekend = QColor(0, 0, 0, 14);
        c.holiday = QColor(230, 120, 0, 30);
        c.bar = QColor(0xbb, 0xd3, 0xf2);
        c.barProgress = QColor(0x3a, 0x74, 0xc4);
        c.barBorder = QColor(0x2c, 0x5d, 0x9f);
        c.critical = QColor(0xf6, 0xc9, 0xc9);
        c.criticalProgress = QColor(0xc6, 0x28, 0x28);
        c.criticalBorder = QColor(0xa5, 0x1d, 0x1d);
        c.summary = QColor(0x9a, 0xa5, 0xb1);
        c.summaryProgress = QColor(0x3d, 0x48, 0x55);
        c.milestone = QColor(0x2c, 0x5d, 0x9f);
        c.firstValue = QColor(0xd9, 0x9a, 0x00);
        c.baseline = QColor(0x80, 0x80, 0x80, 130);
        c.today = QColor(0xe6, 0x51, 0x00);
        c.gate = QColor(0x6a, 0x1b, 0x9a);
        c.gatePassed = QColor(0x2e, 0x7d, 0x32);
        c.gateMissed = QColor(0xc6, 0x28, 0x28);
        c.overdue = QColor(0xc6, 0x28, 0x28);
        c.link = QColor(0x40, 0x40, 0x40, 170);
    }
    return c;
}

// ---- Geometry ----------------------------------------------------------------------------

GanttPainter::GanttPainter(const GanttModel *model, const GanttGrid *grid, const QPalette &palette,
                           const QFont &font)
    : m_model(model)
    , m_grid(grid)
    , m_palette(palette)
    , m_font(font)
    , m_smallFont(font)
    , m_colors(colorsFor(palette))
{
    if (font.pixelSize() > 0)
        m_smallFont.setPixelSize(std::max(8, qRound(font.pixelSize() * 0.9)));
    else
        m_smallFont.setPointSizeF(font.pointSizeF() * 0.9);
}

int GanttPainter::headerHeight(const QFont &font)
{
    // Phase gates, then the coarse and the fine time cells.
    return 3 * qCeil(QFontMetricsF(font).height() + 8);
}

double GanttPainter::xOf(const QDate &date) const
{
    return m_grid->x(date) - m_offset;
}

QDate GanttPainter::dateAt(double x) const
{
    return m_grid->dateAt(x + m_offset);
}

QDate GanttPainter::visibleFirst(const QRectF &rect) const
{
    return dateAt(rect.left()).addDays(-1);
}

QDate GanttPainter::visibleLast(const QRectF &rect) const
{
    return dateAt(rect.right()).addDays(1);
}

QRectF GanttPainter::barRect(const GanttRow &row) const
{
    return barRect(row, row.index.data(GanttModel::StartRole).toDate(),
                   row.index.data(GanttModel::FinishRole).toDate());
}

QRectF GanttPainter::barRect(const GanttRow &row, const QDate &start, const QDate &finish) const
{
    if (!start.isValid())
        return {};
    const QDate last = finish.isValid() && finish >= start ? finish : start;
    const double left = xOf(start);
    const double right = xOf(last.addDays(1));
    const double h = row.height;
    switch (typeOf(row.index)) {
    case ItemType::Milestone: {
        const double size = std::round(h * 0.5);
        const double centre = (left + right) / 2;
        return QRectF(centre - size / 2, row.top + std::round(h * 0.16), size, size);
    }
    case ItemType::Summary: {
        const double top = row.top + std::round(h * 0.24);
        return QRectF(left, top, std::max(kMinBarWidth, right - left), std::round(h * 0.22));
    }
    case ItemType::Task:
        break;
    }
    const double top = row.top + std::round(h * 0.16);
    return QRectF(left, top, std::max(kMinBarWidth, right - left), std::round(h * 0.46));
}

QRectF GanttPainter::baselineRect(const GanttRow &row, const QRectF &bar) const
{
    const QDate start = row.index.data(GanttModel::BaselineStartRole).toDate();
    QDate finish = row.index.data(GanttModel::BaselineFinishRole).toDate();
    if (!start.isValid())
        return {};
    if (!finish.isValid() || finish < start)
        finish = start;
    const double left = xOf(start);
    const double right = xOf(finish.addDays(1));
    const double top = bar.bottom() + 2;
    if (typeOf(row.index) == ItemType::Milestone) {
        const double centre = (left + right) / 2;
        return QRectF(centre - 3, top, 6, 4);
    }
    return QRectF(left, top, std::max(kMinBarWidth, right - left), 4);
}

QPointF GanttPainter::linkHandle(const GanttRow &row) const
{
    const QRectF bar = barRect(row);
    return QPointF(bar.right() + kHandleGap, bar.center().y());
}

GanttPainter::Part GanttPainter::hit(const GanttRow &row, const QPointF &pos) const
{
    const QRectF bar = barRect(row);
    if (bar.isEmpty())
        return Part::None;
    const ItemType type = typeOf(row.index);
    if (type == ItemType::Summary)
        return bar.adjusted(0, -3, 0, 3).contains(pos) ? Part::Bar : Part::None;
    const QPointF handle = linkHandle(row);
    if (std::hypot(pos.x() - handle.x(), pos.y() - handle.y()) <= kHandleRadius + 2)
        return Part::LinkHandle;
    const QRectF zone = bar.adjusted(-3, -3, 3, 3);
    if (!zone.contains(pos))
        return Part::None;
    if (type == ItemType::Task && bar.width() >= 4 * kEdgeZone) {
        if (pos.x() <= bar.left() + kEdgeZone)
            return Part::StartEdge;
        if (pos.x() >= bar.right() - kEdgeZone)
            return Part::FinishEdge;
    }
    return Part::Bar;
}

// ---- Header ------------------------------------------------------------------------------

void GanttPainter::paintHeader(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setClipRect(rect);
    painter->fillRect(rect, m_colors.headerBackground);
    painter->setFont(m_font);
    const QFontMetricsF metrics(m_font, painter->device());
    const double third = std::round(rect.height() / 3);
    const QRectF gateBand(rect.left(), rect.top(), rect.width(), third);
    const QRectF upperBand(rect.left(), rect.top() + third, rect.width(), third);
    const QRectF lowerBand(rect.left(), rect.top() + 2 * third, rect.width(),
                           rect.height() - 2 * third);
    const QDate from = visibleFirst(rect);
    const QDate to = visibleLast(rect);
    const QColor separator = withAlpha(m_colors.headerText, 60);

    for (const GanttGrid::Cell &cell : m_grid->cells(from, to, false)) {
        const QRectF r(xOf(cell.start), lowerBand.top(), xOf(cell.end) - xOf(cell.start),
                       lowerBand.height());
        const bool dayOff =
            m_grid->zoom() == GanttZoom::Day && !m_model->calendar().isBusinessDay(cell.start);
        if (dayOff)
            painter->fillRect(r, m_model->calendar().isHoliday(cell.start) ? m_colors.holiday
                                                                           : m_colors.weekend);
        painter->setPen(separator);
        painter->drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
        QString text;
        if (metrics.horizontalAdvance(cell.label) + 6 <= r.width())
            text = cell.label;
        else if (metrics.horizontalAdvance(cell.shortLabel) + 4 <= r.width())
            text = cell.shortLabel;
        if (!text.isEmpty()) {
            painter->setPen(dayOff ? withAlpha(m_colors.headerText, 150) : m_colors.headerText);
            painter->drawText(r, Qt::AlignCenter, text);
        }
    }

    for (const GanttGrid::Cell &cell : m_grid->cells(from, to, true)) {
        const double left = xOf(cell.start);
        const double right = xOf(cell.end);
        painter->setPen(separator);
        painter->drawLine(QPointF(left, upperBand.top()), QPointF(left, rect.bottom()));
        // The label stays in view while its cell is scrolled partly out, like a sticky
        // heading, and gives way to the next cell's.
        QString text = cell.label;
        double width = metrics.horizontalAdvance(text);
        if (width + 12 > right - left) {
            text = cell.shortLabel;
            width = metrics.horizontalAdvance(text);
        }
        if (width + 12 > right - left)
            continue;
        const double x = std::clamp(rect.left() + 6, left + 6, right - 6 - width);
        painter->setPen(m_colors.headerText);
        painter->drawText(QRectF(x, upperBand.top(), width + 1, upperBand.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, text);
    }

    painter->setPen(separator);
    painter->drawLine(QPointF(rect.left(), upperBand.top()),
                      QPointF(rect.right(), upperBand.top()));
    painter->drawLine(QPointF(rect.left(), lowerBand.top()),
                      QPointF(rect.right(), lowerBand.top()));

    // Phase gates: a flag in the top band above their line in the chart.
    painter->setRenderHint(QPainter::Antialiasing);
    const QList<GateLabel> gates = gateLabels(gateBand, painter->device());
    for (const GateLabel &gate : gates) {
        painter->setPen(QPen(gate.color, 2, Qt::DashLine));
        painter->drawLine(QPointF(gate.x, gateBand.top() + 2), QPointF(gate.x, rect.bottom()));
    }
    paintGateLabels(painter, gates);
    painter->setFont(m_font);
    painter->drawLine(QPointF(rect.left(), rect.bottom() - 0.5),
                      QPointF(rect.right(), rect.bottom() - 0.5));

    // Today: a marker at the foot of the header, over the line in the chart.
    const QDate today = m_model->today();
    if (today.isValid()) {
        const double x = xOf(today) + m_grid->dayWidth() / 2;
        QPolygonF marker;
        marker << QPointF(x - 5, rect.bottom() - 6) << QPointF(x + 5, rect.bottom() - 6)
               << QPointF(x, rect.bottom());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_colors.today);
        painter->drawPolygon(marker);
    }
    painter->restore();
}

// ---- Body --------------------------------------------------------------------------------

void GanttPainter::paintBody(QPainter *painter, const QRectF &rect, const GanttLayout &layout) const
{
    painter->save();
    painter->setClipRect(rect);
    painter->fillRect(rect, m_palette.color(QPalette::Base));

    if (m_selection) {
        for (const GanttRow &row : layout.rows()) {
            if (m_selection->isRowSelected(row.index.row(), row.index.parent()))
                painter->fillRect(QRectF(rect.left(), row.top, rect.width(), row.height),
                                  m_colors.selection);
        }
    }
    paintDays(painter, rect);
    paintToday(painter, rect);

    painter->setRenderHint(QPainter::Antialiasing);
    const QList<GateLabel> gates = gateLabels(rect, painter->device());
    for (const GateLabel &gate : gates) {
        painter->setPen(QPen(gate.color, 2, Qt::DashLine));
        painter->drawLine(QPointF(gate.x, rect.top()), QPointF(gate.x, rect.bottom()));
    }
    paintDependencies(painter, layout);
    for (const GanttRow &row : layout.rows()) {
        if (row.top + row.height >= rect.top() && row.top <= rect.bottom())
            paintRow(painter, row, rect);
    }
    painter->restore();
}

void GanttPainter::paintDays(QPainter *painter, const QRectF &rect) const
{
    const QDate from = visibleFirst(rect);
    const QDate to = visibleLast(rect);
    const BusinessCalendar &calendar = m_model->calendar();
    const double dayWidth = m_grid->dayWidth();
    // Narrower than this, weekends only make stripes; holidays still show.
    const bool weekends = dayWidth >= 8;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const bool holiday = calendar.isHoliday(day);
        if (!holiday && (!weekends || calendar.isBusinessDay(day)))
            continue;
        painter->fillRect(QRectF(xOf(day), rect.top(), std::max(1.0, dayWidth), rect.height()),
                          holiday ? m_colors.holiday : m_colors.weekend);
    }
    painter->setPen(QPen(m_colors.grid, 0));
    for (const GanttGrid::Cell &cell : m_grid->cells(from, to, false)) {
        const double x = std::round(xOf(cell.start)) + 0.5;
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
    painter->setPen(QPen(withAlpha(m_colors.grid, m_colors.grid.alpha() * 2), 0));
    for (const GanttGrid::Cell &cell : m_grid->cells(from, to, true)) {
        const double x = std::round(xOf(cell.start)) + 0.5;
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
}

void GanttPainter::paintToday(QPainter *painter, const QRectF &rect) const
{
    const QDate today = m_model->today();
    if (!today.isValid())
        return;
    const double x = xOf(today) + m_grid->dayWidth() / 2;
    painter->setPen(QPen(m_colors.today, 2));
    painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
}

QList<GanttPainter::GateLabel> GanttPainter::gateLabels(const QRectF &rect,
                                                        const QPaintDevice *device) const
{
    const QDate today = m_model->today();
    const QFontMetricsF metrics(m_smallFont, device);
    QList<GateLabel> labels;
    for (const PhaseGate &gate : m_model->gates()) {
        if (!gate.dueDate.isValid())
            continue;
        GateLabel label;
        label.color = gate.isPassed()        ? m_colors.gatePassed
                      : gate.isMissed(today) ? m_colors.gateMissed
                                             : m_colors.gate;
        label.x = xOf(gate.dueDate) + m_grid->dayWidth() / 2;
        if (label.x < rect.left() || label.x > rect.right())
            continue;
        label.text = tr("%1 gate %2", "gate kind and due date")
                         .arg(enumDisplayName(gate.kind), dayMonth(gate.dueDate));
        if (gate.isPassed())
            label.text = tr("%1 (passed)", "gate label").arg(label.text);
        // In the band, right of the line, or left of it at the edge or where the label of a
        // gate close by already is; where neither fits, the line and its tooltip remain.
        const double height = std::min(rect.height() - 2, std::ceil(metrics.height() + 4));
        const double top = rect.top() + (rect.height() - height) / 2;
        auto free = [&](const QRectF &box) {
            return box.left() >= rect.left() && box.right() <= rect.right() &&
                   std::none_of(labels.cbegin(), labels.cend(), [&](const GateLabel &other) {
                       return !other.text.isEmpty() &&
                              other.box.adjusted(-2, 0, 2, 0).intersects(box);
                   });
        };
        // The whole label, else the gate's name alone.
        const QString texts[] = {label.text, enumDisplayName(gate.kind)};
        label.text.clear();
        for (const QString &text : texts) {
            const double width = metrics.horizontalAdvance(text) + 10;
            const QRectF right(label.x + 1, top, width, height);
            const QRectF left(label.x - 1 - width, top, width, height);
            if (free(right) || free(left)) {
                label.box = free(right) ? right : left;
                label.text = text;
                break;
            }
        }
        labels.append(label);
    }
    return labels;
}

void GanttPainter::paintGateLabels(QPainter *painter, const QList<GateLabel> &labels) const
{
    const bool dark = isDark(m_palette);
    painter->setFont(m_smallFont);
    for (const GateLabel &label : labels) {
        if (label.text.isEmpty())
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(label.color);
        painter->drawRoundedRect(label.box, 3, 3);
        painter->setPen(dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
        painter->drawText(label.box, Qt::AlignCenter, label.text);
    }
}

void GanttPainter::paintRow(QPainter *painter, const GanttRow &row, const QRectF &rect) const
{
    const QRectF bar = barRect(row);
    if (bar.isEmpty())
        return;
    const QModelIndex &index = row.index;
    const ItemType type = typeOf(index);
    const bool critical = index.data(GanttModel::CriticalRole).toBool();
    const double progress =
        std::clamp(index.data(GanttModel::ProgressRole).toInt(), 0, 100) / 100.0;

    // The baseline: a ghost of the bar as first agreed, under the bar.
    const QRectF baseline = baselineRect(row, bar);
    if (!baseline.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_colors.baseline);
        painter->drawRoundedRect(baseline, 1.5, 1.5);
    }

    switch (type) {
    case ItemType::Summary: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_colors.summary);
        painter->drawRect(bar);
        if (progress > 0) {
            painter->setBrush(m_colors.summaryProgress);
            painter->drawRect(QRectF(bar.left(), bar.top(), bar.width() * progress, bar.height()));
        }
        // Brackets at both ends, as in most planning tools.
        painter->setBrush(m_colors.summaryProgress);
        const double tip = bar.height() * 0.9;
        for (const double x : {bar.left(), bar.right()}) {
            const double inward = x == bar.left() ? 1 : -1;
            QPolygonF end;
            end << QPointF(x, bar.top()) << QPointF(x, bar.bottom() + tip)
                << QPointF(x + inward * tip, bar.bottom());
            painter->drawPolygon(end);
        }
        return;
    }
    case ItemType::Milestone: {
        const bool firstValue = index.data(GanttModel::FirstValueRole).toBool();
        QColor fill = critical ? m_colors.criticalProgress : m_colors.milestone;
        if (firstValue)
            fill = m_colors.firstValue;
        QPolygonF diamond;
        diamond << QPointF(bar.center().x(), bar.top()) << QPointF(bar.right(), bar.center().y())
                << QPointF(bar.center().x(), bar.bottom()) << QPointF(bar.left(), bar.center().y());
        painter->setPen(QPen(critical ? m_colors.criticalBorder : m_colors.barBorder, 1));
        painter->setBrush(fill);
        painter->drawPolygon(diamond);
        break;
    }
    case ItemType::Task: {
        const QColor fill = critical ? m_colors.critical : m_colors.bar;
        const QColor done = critical ? m_colors.criticalProgress : m_colors.barProgress;
        const QColor border = critical ? m_colors.criticalBorder : m_colors.barBorder;
        QPainterPath shape;
        shape.addRoundedRect(bar, 3, 3);
        painter->setPen(Qt::NoPen);
        painter->fillPath(shape, fill);
        if (progress > 0) {
            painter->save();
            painter->setClipRect(
                QRectF(bar.left(), bar.top(), bar.width() * progress, bar.height()),
                Qt::IntersectClip);
            painter->fillPath(shape, done);
            painter->restore();
        }
        painter->setPen(QPen(border, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(shape);
        break;
    }
    }

    // The link handle of the row under the mouse: drag it onto another bar to link them.
    if (m_hovered.isValid() && m_hovered.row() == index.row() &&
        m_hovered.parent() == index.parent()) {
        const QPointF handle = linkHandle(row);
        painter->setPen(QPen(m_colors.barBorder, 1.5));
        painter->setBrush(m_palette.color(QPalette::Base));
        painter->drawEllipse(handle, kHandleRadius, kHandleRadius);
    }

    // The name beside the bar, after a mark when overdue; not for a bar out of view on the
    // left (a page before this one), whose name would show cut.
    if (bar.right() < rect.left())
        return;
    // The name beside the bar, after a mark when overdue.
    // Labels start past the link handle and past where arrows leave the bar downwards.
    double x = bar.right() + kLabelGap;
    const QFontMetricsF metrics(m_smallFont, painter->device());
    painter->setFont(m_smallFont);
    const double centreY = bar.center().y();
    if (index.data(GanttModel::OverdueRole).toBool()) {
        const double r = std::round(metrics.height() * 0.42);
        const QRectF badge(x, centreY - r, 2 * r, 2 * r);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_colors.overdue);
        painter->drawEllipse(badge);
        painter->setPen(isDark(m_palette) ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
        QFont bold = m_smallFont;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        painter->setFont(m_smallFont);
        x = badge.right() + 4;
    }
    QString label = index.siblingAtColumn(GanttModel::NameColumn).data().toString();
    if (index.data(GanttModel::FirstValueRole).toBool())
        label = tr("%1 (first value)").arg(label);
    // A halo around the letters, in the colour behind them, keeps the name readable where
    // arrows and lines cross it without boxing it in.
    const QPointF origin(x, row.top + (row.height - metrics.height()) / 2 + metrics.ascent());
    QColor background = m_palette.color(QPalette::Base);
    if (m_selection && m_selection->isRowSelected(index.row(), index.parent()))
        background = over(background, m_colors.selection);
    QPainterPath outline;
    outline.addText(origin, m_smallFont, label);
    painter->strokePath(outline, QPen(background, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setPen(index.data(GanttModel::OverdueRole).toBool() ? m_colors.overdue
                                                                 : m_colors.text);
    painter->drawText(origin, label);
}

void GanttPainter::paintArrowHead(QPainter *painter, const QPointF &tip, bool pointsRight,
                                  const QColor &color) const
{
    const double dx = pointsRight ? -6 : 6;
    QPolygonF head;
    head << tip << QPointF(tip.x() + dx, tip.y() - 3.5) << QPointF(tip.x() + dx, tip.y() + 3.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);
}

void GanttPainter::paintDependencies(QPainter *painter, const GanttLayout &layout) const
{
    const PlanAnalysis &analysis = m_model->analysis();
    for (const TaskDependency &dependency : m_model->dependencies()) {
        const GanttRow *from = layout.rowOf(dependency.predecessorId.uuid());
        const GanttRow *to = layout.rowOf(dependency.successorId.uuid());
        if (!from || !to)
            continue;
        const QRectF a = barRect(*from);
        const QRectF b = barRect(*to);
        if (a.isEmpty() || b.isEmpty())
            continue;
        const bool critical = analysis.tasks.value(dependency.predecessorId).critical &&
                              analysis.tasks.value(dependency.successorId).critical;
        const QColor color = critical ? m_colors.criticalProgress : m_colors.link;
        const double ya = a.center().y();
        const double yb = b.center().y();
        // Between the two rows, where a line going back can run without crossing bars.
        const double between = to->top >= from->top ? to->top : to->top + to->height;

        QPolygonF line;
        bool pointsRight = true;
        QPointF tip;
        switch (dependency.type) {
        case DependencyType::FinishToStart: {
            const double sx = a.right();
            const double ex = b.left();
            tip = QPointF(ex, yb);
            if (ex - sx >= 12) {
                const double mx = sx + 6;
                line << QPointF(sx, ya) << QPointF(mx, ya) << QPointF(mx, yb) << tip;
            } else {
                line << QPointF(sx, ya) << QPointF(sx + 6, ya) << QPointF(sx + 6, between)
                     << QPointF(ex - 8, between) << QPointF(ex - 8, yb) << tip;
            }
            break;
        }
        case DependencyType::StartToStart: {
            const double mx = std::min(a.left(), b.left()) - 8;
            tip = QPointF(b.left(), yb);
            line << QPointF(a.left(), ya) << QPointF(mx, ya) << QPointF(mx, yb) << tip;
            break;
        }
        case DependencyType::FinishToFinish: {
            const double mx = std::max(a.right(), b.right()) + 8;
            tip = QPointF(b.right(), yb);
            pointsRight = false;
            line << QPointF(a.right(), ya) << QPointF(mx, ya) << QPointF(mx, yb) << tip;
            break;
        }
        }
        painter->setPen(QPen(color, critical ? 1.6 : 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(line);
        paintArrowHead(painter, tip, pointsRight, color);
    }
}

// ---- Drag feedback -----------------------------------------------------------------------

void GanttPainter::paintPreview(QPainter *painter, const GanttRow &row, const QDate &start,
                                const QDate &finish) const
{
    const QRectF bar = barRect(row, start, finish);
    if (bar.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_colors.text, 1.5, Qt::DashLine));
    painter->setBrush(withAlpha(m_colors.barProgress, 60));
    if (typeOf(row.index) == ItemType::Milestone) {
        QPolygonF diamond;
        diamond << QPointF(bar.center().x(), bar.top()) << QPointF(bar.right(), bar.center().y())
                << QPointF(bar.center().x(), bar.bottom()) << QPointF(bar.left(), bar.center().y());
        painter->drawPolygon(diamond);
    } else {
        painter->drawRoundedRect(bar, 3, 3);
    }
    const QString text =
        finish.isValid() && finish != start
            ? tr("%1 to %2", "dates of a dragged bar").arg(dayMonth(start), dayMonth(finish))
            : dayMonth(start);
    const QFontMetricsF metrics(m_smallFont, painter->device());
    const QRectF box(bar.left(), row.top - metrics.height() - 2,
                     metrics.horizontalAdvance(text) + 10, metrics.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_palette.color(QPalette::ToolTipBase));
    painter->drawRoundedRect(box, 3, 3);
    painter->setFont(m_smallFont);
    painter->setPen(m_palette.color(QPalette::ToolTipText));
    painter->drawText(box, Qt::AlignCenter, text);
    painter->restore();
}

void GanttPainter::paintLinkPreview(QPainter *painter, const GanttRow &from, const QPointF &to,
                                    bool onTarget) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF start = linkHandle(from);
    const QColor color = onTarget ? m_colors.barProgress : m_colors.link;
    painter->setPen(QPen(color, 1.5, Qt::DashLine));
    painter->drawLine(start, to);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(start, kHandleRadius, kHandleRadius);
    painter->drawEllipse(to, 3, 3);
    painter->restore();
}

} // namespace Csm
