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

    const QFontMetricsF metrics(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    m_rowHeight = std::ceil(metrics.height() + 10);
    m_headerHeight = GanttPainter::headerHeight(m_font);
    m_nameWidth = boldMetrics.horizontalAdvance(
        model->headerData(GanttModel::NameColumn, Qt::Horizontal).toString());
    m_dateWidth =
        std::max(boldMetrics.horizontalAdvance(
                     model->headerData(GanttModel::StartColumn, Qt::Horizontal).toString()),
                 boldMetrics.horizontalAdvance(
                     model->headerData(GanttModel::FinishColumn, Qt::Horizontal).toString()));
    for (const QModelIndex &index : std::as_const(m_rows)) {
        const bool task = index.parent().isValid();
        const double name =
            (task ? metrics : boldMetrics).horizontalAdvance(index.data().toString());
        m_nameWidth = std::max(m_nameWidth, name + (task ? kIndent : 0));
        for (const int column : {int(GanttModel::StartColumn), int(GanttModel::FinishColumn)})
            m_dateWidth = std::max(
                m_dateWidth,
                metrics.horizontalAdvance(index.siblingAtColumn(column).data().toString()));
    }
    // Printers and PDF lay text out unhinted, a little wider than the screen measures it.
    m_nameWidth = std::clamp(m_nameWidth * 1.1 + 2 * kPadding, 140.0, 320.0);
    m_dateWidth = m_dateWidth * 1.1 + 2 * kPadding;
}

double GanttPrintout::tableWidth() const
{
    return m_nameWidth + 2 * m_dateWidth;
}

double GanttPrintout::titleHeight() const
{
    return std::ceil(QFontMetricsF(m_titleFont).height() + kTitleGap);
}

GanttPrintout::Pages GanttPrintout::paginate(const QSizeF &size) const
{
    Pages pages;
    const double bodyHeight = size.height() - titleHeight() - m_headerHeight;
    pages.rowsPerPage = std::max(1, int(bodyHeight / m_rowHeight));
    const double chartWidth = size.width() - tableWidth();
    pages.daysPerPage = std::max(1, int(chartWidth / m_grid.dayWidth()));
    const int days = int(m_grid.first().daysTo(m_grid.last())) + 1;
    pages.across = std::max(1, (days + pages.daysPerPage - 1) / pages.daysPerPage);
    pages.down = std::max(1, int((m_rows.size() + pages.rowsPerPage - 1) / pages.rowsPerPage));
    return pages;
}

int GanttPrintout::pageCount(const QSizeF &size) const
{
    const Pages pages = paginate(size);
    return pages.across * pages.down;
}

int GanttPrintout::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double scale = device->logicalDpiX() / kDpi;
    painter.scale(scale, scale);
    const QSizeF size(device->width() / scale, device->height() / scale);
    const Pages pages = paginate(size);
    const int total = pages.across * pages.down;
    int page = 0;
    for (int down = 0; down < pages.down; ++down) {
        for (int across = 0; across < pages.across; ++across) {
            if (page > 0)
                device->newPage();
            const int firstRow = down * pages.rowsPerPage;
            const int rows = std::min<int>(pages.rowsPerPage, int(m_rows.size()) - firstRow);
            const QDate firstDay = m_grid.first().addDays(qint64(across) * pages.daysPerPage);
            paintPage(&painter, QRectF(QPointF(0, 0), size), firstRow, rows, firstDay,
                      pages.daysPerPage, ++page, total);
        }
    }
    painter.end();
    return total;
}

QImage GanttPrintout::image() const
{
    const int days = int(m_grid.first().daysTo(m_grid.last())) + 1;
    const QSizeF size(tableWidth() + days * m_grid.dayWidth(),
                      titleHeight() + m_headerHeight + m_rows.size() * m_rowHeight);
    QImage image(size.toSize() + QSize(1, 1), QImage::Format_RGB32);
    image.fill(m_palette.color(QPalette::Base));
    QPainter painter(&image);
    paintPage(&painter, QRectF(QPointF(0, 0), size), 0, int(m_rows.size()), m_grid.first(), days, 0,
              0);
    return image;
}

void GanttPrintout::paintPage(QPainter *painter, const QRectF &area, int firstRow, int rows,
                              const QDate &firstDay, int days, int page, int pages) const
{
    painter->save();
    painter->fillRect(area, m_palette.color(QPalette::Base));

    // Title: whose plan, and which page.
    const double titleBottom = area.top() + titleHeight() - kTitleGap;
    const QRectF titleRect(area.left(), area.top(), area.width(), titleBottom - area.top());
    painter->setFont(m_titleFont);
    painter->setPen(m_palette.color(QPalette::Text));
    const QString customer = m_model->customerName();
    const QString title = customer.isEmpty()
                              ? tr("Implementation plan")
                              : tr("%1: implementation plan", "customer name").arg(customer);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    if (pages > 0) {
        painter->setFont(m_font);
        painter->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter,
                          tr("Page %1 of %2").arg(page).arg(pages));
    }

    const double headerTop = area.top() + titleHeight();
    const double bodyTop = headerTop + m_headerHeight;
    const double chartLeft = area.left() + tableWidth();
    const double chartWidth = std::min(area.right() - chartLeft, days * m_grid.dayWidth());
    const double bodyHeight = rows * m_rowHeight;

    paintTable(painter, QRectF(area.left(), headerTop, tableWidth(), m_headerHeight), bodyTop,
               firstRow, rows);

    // Every row has its place, those of other pages above or below this one, so that arrows
    // to them leave the page in the right direction.
    GanttLayout layout;
    for (int i = 0; i < m_rows.size(); ++i)
        layout.append({m_rows.at(i), bodyTop + (i - firstRow) * m_rowHeight, m_rowHeight});

    GanttPainter gantt(m_model, &m_grid, m_palette, m_font);
    gantt.setOffset(m_grid.x(firstDay) - chartLeft);
    gantt.paintHeader(painter, QRectF(chartLeft, headerTop, chartWidth, m_headerHeight));
    gantt.paintBody(painter, QRectF(chartLeft, bodyTop, chartWidth, bodyHeight), layout);

    // A frame around the chart and a line between the table and the chart.
    painter->setPen(QPen(gantt.colors().line, 0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(
        QRectF(area.left(), headerTop, tableWidth() + chartWidth, m_headerHeight + bodyHeight));
    painter->drawLine(QPointF(chartLeft, headerTop), QPointF(chartLeft, bodyTop + bodyHeight));
    painter->restore();
}

void GanttPrintout::paintTable(QPainter *painter, const QRectF &header, double bodyTop,
                               int firstRow, int rows) const
{
    const GanttPainter::Colors colors = GanttPainter::colorsFor(m_palette);
    painter->fillRect(header, colors.headerBackground);
    QFont bold = m_font;
    bold.setBold(true);
    const double columns[] = {m_nameWidth, m_dateWidth, m_dateWidth};
    const int modelColumns[] = {GanttModel::NameColumn, GanttModel::StartColumn,
                                GanttModel::FinishColumn};

    painter->setFont(bold);
    double x = header.left();
    for (int c = 0; c < 3; ++c) {
        const QRectF cell(x + kPadding, header.top(), columns[c] - 2 * kPadding, header.height());
        painter->setPen(colors.headerText);
        painter->drawText(cell, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                          m_model->headerData(modelColumns[c], Qt::Horizontal).toString());
        x += columns[c];
    }

    for (int i = 0; i < rows; ++i) {
        const QModelIndex index = m_rows.at(firstRow + i);
        const double top = bodyTop + i * m_rowHeight;
        const bool task = index.parent().isValid();
        painter->setPen(QPen(colors.grid, 0));
        painter->drawLine(QPointF(header.left(), top + m_rowHeight),
                          QPointF(header.right(), top + m_rowHeight));
        painter->setFont(task ? m_font : bold);
        painter->setPen(index.data(GanttModel::OverdueRole).toBool() ? colors.overdue
                                                                     : colors.text);
        x = header.left();
        for (int c = 0; c < 3; ++c) {
            QRectF cell(x + kPadding, top, columns[c] - 2 * kPadding, m_rowHeight);
            if (c == 0 && task)
                cell.setLeft(cell.left() + kIndent);
            const QString text = index.siblingAtColumn(modelColumns[c]).data().toString();
            const QString shown =
                painter->fontMetrics().elidedText(text, Qt::ElideRight, int(cell.width()));
            painter->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
            x += columns[c];
        }
    }
}

} // namespace Csm
