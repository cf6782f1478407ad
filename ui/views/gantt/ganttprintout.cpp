#include "ganttprintout.h"

#include "ganttchart.h"
#include "ganttmodel.h"
#include "ganttpainter.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Csm {

namespace {

constexpr double kIndent = 16;  // tasks under their workstream
constexpr double kPadding = 6;  // inside table cells
constexpr double kTitleGap = 8; // between the page title and the table
constexpr double kDpi = 96;     // the unit of the layout: 1/96 inch

// Paper is white: the chart prints on a light palette even from a dark desktop.
QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Button, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, Qt::black);
    return palette;
}

const int kColumns[] = {GanttModel::NameColumn, GanttModel::StartColumn, GanttModel::FinishColumn};

} // namespace

GanttPrintout::GanttPrintout(const GanttModel *model, GanttZoom zoom)
    : m_model(model)
    , m_palette(paperPalette())
{
    // Pixel sizes in 1/96 inch, so that scaling to the device scales the text with the rest.
    m_font.setPixelSize(11);
    // A letter spacing, however small, turns ligatures off: the PDF's text then reads (and
    // searches) as typed, "Configure" rather than "Con\ufb01gure".
    m_font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    m_titleFont = m_font;
    m_titleFont.setPixelSize(14);
    m_titleFont.setBold(true);

    m_grid.setZoom(zoom);
    const auto [first, last] = GanttChart::planSpan(model);
    m_grid.setRange(first.addDays(-m_grid.marginDays()), last.addDays(m_grid.marginDays()));

    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex top = model->index(row, 0);
        m_rows.append(top);
        for (int child = 0; child < model->rowCount(top); ++child)
            m_rows.append(model->index(child, 0, top));
    }
}

GanttPrintout::Metrics GanttPrintout::measure(const QPaintDevice *device) const
{
    Metrics m;
    const QFontMetricsF metrics(m_font, device);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold, device);
    m.rowHeight = std::ceil(metrics.height() + 10);
    m.headerHeight = 3 * std::ceil(metrics.height() + 8); // gates, then two time rows
    m.nameWidth = boldMetrics.horizontalAdvance(
        m_model->headerData(GanttModel::NameColumn, Qt::Horizontal).toString());
    for (const int column : {int(GanttModel::StartColumn), int(GanttModel::FinishColumn)})
        m.dateWidth = std::max(
            m.dateWidth,
            boldMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()));
    for (const QModelIndex &index : std::as_const(m_rows)) {
        const bool task = index.parent().isValid();
        const QFontMetricsF &rowMetrics = task ? metrics : boldMetrics;
        m.nameWidth = std::max(m.nameWidth, rowMetrics.horizontalAdvance(index.data().toString()) +
                                                (task ? kIndent : 0));
        for (const int column : {int(GanttModel::StartColumn), int(GanttModel::FinishColumn)})
            m.dateWidth = std::max(
                m.dateWidth,
                rowMetrics.horizontalAdvance(index.siblingAtColumn(column).data().toString()));
    }
    m.nameWidth = std::clamp(std::ceil(m.nameWidth) + 2 * kPadding + 2, 140.0, 320.0);
    m.dateWidth = std::ceil(m.dateWidth) + 2 * kPadding + 2;
    return m;
}

double GanttPrintout::titleHeight(const QPaintDevice *device) const
{
    return std::ceil(QFontMetricsF(m_titleFont, device).height() + kTitleGap);
}

GanttPrintout::Pages GanttPrintout::paginate(const Metrics &metrics, const QSizeF &size,
                                             const QPaintDevice *device) const
{
    Pages pages;
    const double bodyHeight = size.height() - titleHeight(device) - metrics.headerHeight;
    pages.rowsPerPage = std::max(1, int(bodyHeight / metrics.rowHeight));
    const double chartWidth = size.width() - metrics.tableWidth();
    pages.daysPerPage = std::max(1, int(chartWidth / m_grid.dayWidth()));
    const int days = int(m_grid.first().daysTo(m_grid.last())) + 1;
    pages.across = std::max(1, (days + pages.daysPerPage - 1) / pages.daysPerPage);
    pages.down = std::max(1, int((m_rows.size() + pages.rowsPerPage - 1) / pages.rowsPerPage));
    return pages;
}

int GanttPrintout::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double scale = device->logicalDpiX() / kDpi;
    painter.scale(scale, scale);
    const QSizeF size(device->width() / scale, device->height() / scale);
    const Metrics metrics = measure(device);
    const Pages pages = paginate(metrics, size, device);
    const int total = pages.across * pages.down;
    int page = 0;
    for (int down = 0; down < pages.down; ++down) {
        for (int across = 0; across < pages.across; ++across) {
            if (page > 0)
                device->newPage();
            const int firstRow = down * pages.rowsPerPage;
            const int rows = std::min<int>(pages.rowsPerPage, int(m_rows.size()) - firstRow);
            const QDate firstDay = m_grid.first().addDays(qint64(across) * pages.daysPerPage);
            paintPage(&painter, metrics, QRectF(QPointF(0, 0), size), firstRow, rows, firstDay,
                      pages.daysPerPage, ++page, total);
        }
    }
    painter.end();
    return total;
}

QImage GanttPrintout::image() const
{
    // Measured on an image like the one painted.
    const QImage probe(1, 1, QImage::Format_RGB32);
    const Metrics metrics = measure(&probe);
    const int days = int(m_grid.first().daysTo(m_grid.last())) + 1;
    const QSizeF size(metrics.tableWidth() + days * m_grid.dayWidth(),
                      titleHeight(&probe) + metrics.headerHeight +
                          m_rows.size() * metrics.rowHeight);
    QImage image(size.toSize() + QSize(1, 1), QImage::Format_RGB32);
    image.fill(m_palette.color(QPalette::Base));
    QPainter painter(&image);
    paintPage(&painter, metrics, QRectF(QPointF(0, 0), size), 0, int(m_rows.size()), m_grid.first(),
              days, 0, 0);
    return image;
}

void GanttPrintout::paintPage(QPainter *painter, const Metrics &metrics, const QRectF &area,
                              int firstRow, int rows, const QDate &firstDay, int days, int page,
                              int pages) const
{
    painter->save();
    painter->fillRect(area, m_palette.color(QPalette::Base));

    // Title: whose plan, and which page.
    const double title = titleHeight(painter->device());
    const QRectF titleRect(area.left(), area.top(), area.width(), title - kTitleGap);
    painter->setFont(m_titleFont);
    painter->setPen(m_palette.color(QPalette::Text));
    const QString customer = m_model->customerName();
    const QString heading = customer.isEmpty()
                                ? tr("Implementation plan")
                                : tr("%1: implementation plan", "customer name").arg(customer);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, heading);
    if (pages > 0) {
        painter->setFont(m_font);
        painter->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter,
                          tr("Page %1 of %2").arg(page).arg(pages));
    }

    const double headerTop = area.top() + title;
    const double bodyTop = headerTop + metrics.headerHeight;
    const double chartLeft = area.left() + metrics.tableWidth();
    const double chartWidth = std::min(area.right() - chartLeft, days * m_grid.dayWidth());
    const double bodyHeight = rows * metrics.rowHeight;

    paintTable(painter, metrics,
               QRectF(area.left(), headerTop, metrics.tableWidth(), metrics.headerHeight), bodyTop,
               firstRow, rows);

    // Every row has its place, those of other pages above or below this one, so that arrows
    // to them leave the page in the right direction.
    GanttLayout layout;
    for (int i = 0; i < m_rows.size(); ++i)
        layout.append(
            {m_rows.at(i), bodyTop + (i - firstRow) * metrics.rowHeight, metrics.rowHeight});

    GanttPainter gantt(m_model, &m_grid, m_palette, m_font);
    gantt.setOffset(m_grid.x(firstDay) - chartLeft);
    gantt.paintHeader(painter, QRectF(chartLeft, headerTop, chartWidth, metrics.headerHeight));
    gantt.paintBody(painter, QRectF(chartLeft, bodyTop, chartWidth, bodyHeight), layout);

    // A frame around the table and the chart, and a line between them.
    painter->setPen(QPen(gantt.colors().line, 0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(area.left(), headerTop, metrics.tableWidth() + chartWidth,
                             metrics.headerHeight + bodyHeight));
    painter->drawLine(QPointF(chartLeft, headerTop), QPointF(chartLeft, bodyTop + bodyHeight));
    painter->restore();
}

void GanttPrintout::paintTable(QPainter *painter, const Metrics &metrics, const QRectF &header,
                               double bodyTop, int firstRow, int rows) const
{
    const GanttPainter::Colors colors = GanttPainter::colorsFor(m_palette);
    painter->fillRect(header, colors.headerBackground);
    QFont bold = m_font;
    bold.setBold(true);
    const double widths[] = {metrics.nameWidth, metrics.dateWidth, metrics.dateWidth};

    painter->setFont(bold);
    painter->setPen(colors.headerText);
    double x = header.left();
    for (int c = 0; c < 3; ++c) {
        const QRectF cell(x + kPadding, header.top(), widths[c] - 2 * kPadding,
                          header.height() - 4);
        painter->drawText(cell, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                          m_model->headerData(kColumns[c], Qt::Horizontal).toString());
        x += widths[c];
    }

    for (int i = 0; i < rows; ++i) {
        const QModelIndex index = m_rows.at(firstRow + i);
        const double top = bodyTop + i * metrics.rowHeight;
        const bool task = index.parent().isValid();
        painter->setPen(QPen(colors.grid, 0));
        painter->drawLine(QPointF(header.left(), top + metrics.rowHeight),
                          QPointF(header.right(), top + metrics.rowHeight));
        painter->setFont(task ? m_font : bold);
        painter->setPen(index.data(GanttModel::OverdueRole).toBool() ? colors.overdue
                                                                     : colors.text);
        x = header.left();
        for (int c = 0; c < 3; ++c) {
            QRectF cell(x + kPadding, top, widths[c] - 2 * kPadding, metrics.rowHeight);
            if (c == 0 && task)
                cell.setLeft(cell.left() + kIndent);
            const QString text = index.siblingAtColumn(kColumns[c]).data().toString();
            const QString shown =
                painter->fontMetrics().elidedText(text, Qt::ElideRight, int(cell.width()) + 1);
            painter->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
            x += widths[c];
        }
    }
}

} // namespace Csm
