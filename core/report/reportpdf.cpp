#include "reportpdf.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Csm {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Report)
};

// Geometry, in layout units (1/720 inch).
constexpr double sideMargin = 540;   // 3/4 inch
constexpr double topMargin = 760;    // below the header
constexpr double bottomMargin = 700; // above the footer
constexpr double headerBaseline = 430;
constexpr double footerOffset = 380; // footer baseline above the page's bottom edge
constexpr double cellPadX = 50;
constexpr double cellPadY = 32;
constexpr double paragraphGap = 70;
constexpr double blockGap = 110;
constexpr double sectionGap = 220;
constexpr double chartHeight = 1250;
constexpr double commentaryIndent = 160;

const QColor accent(0x1f, 0x4e, 0x79);
const QColor ink(0x22, 0x22, 0x22);
const QColor muted(0x66, 0x66, 0x66);
const QColor rule(0xc8, 0xcc, 0xd2);
const QColor headerFill(0xe8, 0xee, 0xf4);
const QColor zebraFill(0xf6, 0xf7, 0xf9);
const QColor targetColour(0x2e, 0x7d, 0x32);
const QColor seriesColour(0x1f, 0x6f, 0xb5);

QString defaultFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QFont makeFont(const QString &family, int pixelSize, bool bold = false, bool italic = false)
{
    QFont font(family);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setItalic(italic);
    // Outlines as designed: the layout must measure the same on screen and on paper.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    // No ligatures, so "first" is copied and found as f-i-r-s-t, not with the "fi" glyph: Qt
    // leaves ligatures out when letters are spaced, and this spacing (1/36000 inch) is unseen.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

struct Fonts
{
    QFont title, customer, section, subheading, body, bodyItalic, table, tableBold, small,
        smallBold;
    explicit Fonts(const QString &f)
        : title(makeFont(f, 200, true))
        , customer(makeFont(f, 300, true))
        , section(makeFont(f, 150, true))
        , subheading(makeFont(f, 108, true))
        , body(makeFont(f, 95))
        , bodyItalic(makeFont(f, 95, false, true))
        , table(makeFont(f, 85))
        , tableBold(makeFont(f, 85, true))
        , small(makeFont(f, 75))
        , smallBold(makeFont(f, 75, true))
    {}
};

struct Line
{
    QString text;
    double width = 0;
};

// `text` broken into lines of at most `width`, with QTextLayout; explicit line breaks kept.
QList<Line> wrapText(const QString &text, const QFont &font, double width)
{
    QList<Line> lines;
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (const QString &raw : parts) {
        QString part = raw;
        part.replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (part.trimmed().isEmpty()) {
            lines.append({QString(), 0});
            continue;
        }
        QTextLayout layout(part, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.setCacheEnabled(true);
        layout.beginLayout();
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(1.0, width));
            QString piece = part.mid(line.textStart(), line.textLength());
            while (piece.endsWith(QLatin1Char(' ')))
                piece.chop(1);
            lines.append({piece, line.naturalTextWidth()});
        }
        layout.endLayout();
    }
    if (lines.isEmpty())
        lines.append({QString(), 0});
    return lines;
}

class Layouter
{
public:
    explicit Layouter(const ReportContent &content)
        : m_content(content)
        , m_fonts(defaultFamily())
    {
        m_layout.pageSize = reportPageSize(content.locale);
        const QSizeF points = m_layout.pageSize.size(QPageSize::Point);
        m_layout.size = points * (reportUnitsPerInch / 72.0);
        m_layout.fontFamily = defaultFamily();
        m_layout.headerLeft = content.customerName;
        m_layout.headerRight =
            content.date.isValid()
                ? QCoreApplication::translate("Csm::Report", "%1, %2")
                      .arg(content.title,
                           content.locale.toString(content.date, QLocale::ShortFormat))
                : content.title;
        if (!content.preparedBy.isEmpty())
            m_layout.footerLeft = QCoreApplication::translate("Csm::Report", "Prepared by %1")
                                      .arg(content.preparedBy);
        m_left = sideMargin;
        m_right = m_layout.size.width() - sideMargin;
        m_top = topMargin;
        m_bottom = m_layout.size.height() - bottomMargin;
    }

    ReportLayout run()
    {
        newPage();
        titleBlock();
        for (const ReportSection &section : m_content.sections)
            sectionBlock(section);
        return m_layout;
    }

private:
    double width() const { return m_right - m_left; }
    ReportPage &page() { return m_layout.pages.last(); }

    void newPage()
    {
        m_layout.pages.append(ReportPage());
        m_y = m_top;
    }

    // Starts a new page unless `height` still fits (or the page is empty anyway).
    void ensure(double height)
    {
        if (m_y + height > m_bottom && m_y > m_top + 1)
            newPage();
    }

    void gap(double height)
    {
        if (m_y > m_top + 1)
            m_y += height;
    }

    void text(double x, double baseline, const QString &s, const QFont &font, const QColor &colour)
    {
        if (s.isEmpty())
            return;
        page().items.append({ReportPageItem::Text{QPointF(x, baseline), s, font, colour}});
    }

    void box(const QRectF &rect, const QColor &fill, const QColor &stroke = QColor(),
             double strokeWidth = 0)
    {
        page().items.append({ReportPageItem::Box{rect, fill, stroke, strokeWidth}});
    }

    static double lineHeight(const QFont &font) { return QFontMetricsF(font).lineSpacing(); }
    static double ascent(const QFont &font) { return QFontMetricsF(font).ascent(); }

    // A paragraph, broken between lines where the page ends.
    void paragraph(const QString &s, const QFont &font, const QColor &colour, double indent = 0,
                   bool bar = false)
    {
        const double lh = lineHeight(font);
        for (const Line &line : wrapText(s, font, width() - indent)) {
            ensure(lh);
            if (bar)
                box(QRectF(m_left + indent - 90, m_y, 22, lh), accent);
            text(m_left + indent, m_y + ascent(font), line.text, font, colour);
            m_y += lh;
        }
    }

    void titleBlock()
    {
        text(m_left, m_y + ascent(m_fonts.title), m_content.title, m_fonts.title, accent);
        m_y += lineHeight(m_fonts.title);
        for (const Line &line : wrapText(m_content.customerName, m_fonts.customer, width())) {
            text(m_left, m_y + ascent(m_fonts.customer), line.text, m_fonts.customer, ink);
            m_y += lineHeight(m_fonts.customer);
        }
        m_y += 60;
        box(QRectF(m_left, m_y, width(), 14), accent);
        m_y += 14 + sectionGap;
    }

    // The height the first piece of a block needs, to keep a heading with it.
    double firstPieceHeight(const ReportBlock &block)
    {
        switch (block.type) {
        case ReportBlock::Type::Subheading:
            return lineHeight(m_fonts.subheading) + lineHeight(m_fonts.body) * 2;
        case ReportBlock::Type::Paragraph:
            return lineHeight(m_fonts.body) * 2;
        case ReportBlock::Type::Table:
            return (lineHeight(m_fonts.tableBold) + 2 * cellPadY) * 2;
        case ReportBlock::Type::Chart:
            return chartHeight;
        }
        return 0;
    }

    void sectionBlock(const ReportSection &section)
    {
        const bool cover = section.key == QLatin1String(ReportSectionKey::cover);
        if (!cover) {
            gap(sectionGap);
            const double headingHeight = lineHeight(m_fonts.section) + 40;
            const double next = section.blocks.isEmpty() ? lineHeight(m_fonts.body)
                                                         : firstPieceHeight(section.blocks.first());
            ensure(headingHeight + next);
            text(m_left, m_y + ascent(m_fonts.section), section.title, m_fonts.section, accent);
            m_y += lineHeight(m_fonts.section);
            box(QRectF(m_left, m_y + 10, width(), 6), rule);
            m_y += 40 + paragraphGap;
        }
        for (qsizetype i = 0; i < section.blocks.size(); ++i) {
            const ReportBlock &block = section.blocks.at(i);
            if (i > 0)
                gap(block.type == ReportBlock::Type::Paragraph ? paragraphGap : blockGap);
            switch (block.type) {
            case ReportBlock::Type::Subheading: {
                // A subheading stays with what it introduces, up to its chart or table (a goal's
                // sentence and chart), as long as that takes at most half a page.
                double next = 0;
                for (qsizetype j = i + 1; j < section.blocks.size(); ++j) {
                    const ReportBlock &following = section.blocks.at(j);
                    if (following.type == ReportBlock::Type::Subheading)
                        break;
                    next += firstPieceHeight(following) + paragraphGap;
                    if (following.type != ReportBlock::Type::Paragraph)
                        break;
                }
                if (next > (m_bottom - m_top) / 2)
                    next = i + 1 < section.blocks.size()
                               ? firstPieceHeight(section.blocks.at(i + 1))
                               : 0;
                gap(blockGap - paragraphGap);
                ensure(lineHeight(m_fonts.subheading) + paragraphGap + next);
                paragraph(block.text, m_fonts.subheading, ink);
                m_y += paragraphGap / 2;
                break;
            }
            case ReportBlock::Type::Paragraph:
                paragraph(block.text, m_fonts.body, ink);
                break;
            case ReportBlock::Type::Table:
                table(block.table);
                break;
            case ReportBlock::Type::Chart:
                chart(block.chart);
                break;
            }
        }
        if (!section.commentary.isEmpty()) {
            gap(blockGap);
            ensure(lineHeight(m_fonts.smallBold) + lineHeight(m_fonts.bodyItalic) * 2);
            text(m_left + commentaryIndent, m_y + ascent(m_fonts.smallBold),
                 QCoreApplication::translate("Csm::Report", "Commentary"), m_fonts.smallBold,
                 accent);
            m_y += lineHeight(m_fonts.smallBold);
            paragraph(section.commentary, m_fonts.bodyItalic, ink, commentaryIndent, true);
        }
    }

    struct Row
    {
        QList<QList<Line>> cells;
        double height = 0;
    };

    Row tableRow(const QStringList &cells, const QList<double> &widths, const QFont &font)
    {
        Row row;
        int lines = 1;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString s = c < cells.size() ? cells.at(c) : QString();
            row.cells.append(wrapText(s, font, widths.at(c) - 2 * cellPadX));
            lines = std::max(lines, int(row.cells.last().size()));
        }
        row.height = lines * lineHeight(font) + 2 * cellPadY;
        return row;
    }

    void paintRow(const Row &row, const QList<double> &widths, const ReportTable &table,
                  const QFont &font, const QColor &fill)
    {
        if (fill.isValid())
            box(QRectF(m_left, m_y, width(), row.height), fill);
        double x = m_left;
        const double lh = lineHeight(font);
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            double y = m_y + cellPadY;
            for (const Line &line : row.cells.at(c)) {
                const double lx = table.isNumeric(int(c)) ? x + widths.at(c) - cellPadX - line.width
                                                          : x + cellPadX;
                text(lx, y + ascent(font), line.text, font, ink);
                y += lh;
            }
            x += widths.at(c);
        }
        box(QRectF(m_left, m_y + row.height - 4, width(), 4), rule);
        m_y += row.height;
    }

    QList<double> columnWidths(const ReportTable &table)
    {
        const int columns = int(std::max<qsizetype>(
            table.header.size(),
            table.rows.isEmpty() ? 0
                                 : std::max_element(table.rows.cbegin(), table.rows.cend(),
                                                    [](const QStringList &a, const QStringList &b) {
                                                        return a.size() < b.size();
                                                    })
                                       ->size()));
        QList<double> natural(columns, 0.0);
        const QFontMetricsF bold(m_fonts.tableBold);
        const QFontMetricsF plain(m_fonts.table);
        for (int c = 0; c < columns; ++c) {
            if (c < table.header.size())
                natural[c] = bold.horizontalAdvance(table.header.at(c));
            for (const QStringList &row : table.rows)
                if (c < row.size())
                    natural[c] = std::max(natural[c], plain.horizontalAdvance(row.at(c)));
            natural[c] += 2 * cellPadX + 2;
        }
        double total = 0;
        for (double w : natural)
            total += w;
        if (columns == 0)
            return natural;
        QList<double> widths = natural;
        if (total <= width()) {
            // Spare room goes to the text columns, so numbers stay close to their labels.
            double textTotal = 0;
            for (int c = 0; c < columns; ++c)
                if (!table.isNumeric(c))
                    textTotal += natural[c];
            const double spare = width() - total;
            for (int c = 0; c < columns; ++c) {
                if (textTotal > 0 && !table.isNumeric(c))
                    widths[c] += spare * natural[c] / textTotal;
                else if (textTotal <= 0)
                    widths[c] += spare / columns;
            }
            return widths;
        }
        // Too wide: numeric columns keep their width (up to a quarter of the page each), text
        // columns share the rest by their natural width, and wrap.
        double numericTotal = 0;
        double textTotal = 0;
        for (int c = 0; c < columns; ++c) {
            if (table.isNumeric(c)) {
                widths[c] = std::min(natural[c], width() / 4);
                numericTotal += widths[c];
            } else {
                textTotal += natural[c];
            }
        }
        const double room = std::max(width() - numericTotal, width() / 3);
        for (int c = 0; c < columns; ++c)
            if (!table.isNumeric(c))
                widths[c] = textTotal > 0 ? room * natural[c] / textTotal : room / columns;
        double sum = 0;
        for (double w : widths)
            sum += w;
        if (sum > width())
            for (double &w : widths)
                w *= width() / sum;
        return widths;
    }

    // A table that breaks only between rows, and repeats its header row on each new page.
    void table(const ReportTable &table)
    {
        const QList<double> widths = columnWidths(table);
        if (widths.isEmpty())
            return;
        const bool hasHeader = !table.header.isEmpty();
        const Row header = hasHeader ? tableRow(table.header, widths, m_fonts.tableBold) : Row();
        QList<Row> rows;
        for (const QStringList &cells : table.rows)
            rows.append(tableRow(cells, widths, m_fonts.table));
        ensure(header.height + (rows.isEmpty() ? 0 : rows.first().height));
        if (hasHeader)
            paintRow(header, widths, table, m_fonts.tableBold, headerFill);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (m_y + rows.at(r).height > m_bottom && m_y > m_top + 1) {
                newPage();
                if (hasHeader)
                    paintRow(header, widths, table, m_fonts.tableBold, headerFill);
            }
            paintRow(rows.at(r), widths, table, m_fonts.table, r % 2 ? zebraFill : QColor());
        }
    }

    void chart(const ReportChart &chart)
    {
        ensure(chartHeight);
        page().items.append({ReportPageItem::Chart{
            QRectF(m_left, m_y, std::min(width(), 4200.0), chartHeight), chart}});
        m_y += chartHeight;
    }

    const ReportContent &m_content;
    Fonts m_fonts;
    ReportLayout m_layout;
    double m_left = 0, m_right = 0, m_top = 0, m_bottom = 0, m_y = 0;
};

QString chartNumber(double value)
{
    return reportNumber(value, QLocale());
}

void drawPlain(QPainter &painter, const QPointF &baseline, const QString &text)
{
    painter.drawText(baseline, text); // plain text: no HTML, no mnemonics
}

void paintChart(QPainter &painter, const QRectF &rect, const ReportChart &chart,
                const QString &family)
{
    const QFont titleFont = makeFont(family, 80, true);
    const QFont labelFont = makeFont(family, 65);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF labelMetrics(labelFont);

    painter.save();
    painter.setPen(QPen(rule, 4));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.setFont(titleFont);
    painter.setPen(ink);
    QString title = chart.title;
    if (!chart.unit.isEmpty())
        title = QCoreApplication::translate("Csm::Report", "%1 (%2)").arg(chart.title, chart.unit);
    drawPlain(painter, QPointF(rect.left() + 60, rect.top() + 40 + titleMetrics.ascent()),
              titleMetrics.elidedText(title, Qt::ElideRight, rect.width() - 120));

    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    auto include = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    for (const ReportChart::Point &p : chart.points)
        include(p.value);
    if (chart.baseline)
        include(*chart.baseline);
    if (chart.target)
        include(*chart.target);
    if (chart.type == ReportChart::Type::Bar)
        include(0);
    if (lo > hi) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo < 1e-9) {
        hi += 1;
        lo -= chart.type == ReportChart::Type::Bar ? 0 : 1;
    }
    const double dataLo = lo;
    const double dataHi = hi;
    const double pad = (hi - lo) * 0.08;
    if (chart.type != ReportChart::Type::Bar || lo < 0)
        lo -= pad;
    hi += pad;

    painter.setFont(labelFont);
    const double axisWidth = std::max(labelMetrics.horizontalAdvance(chartNumber(hi)),
                                      labelMetrics.horizontalAdvance(chartNumber(lo))) +
                             60;
    const QRectF plot(rect.left() + 60 + axisWidth, rect.top() + 100 + titleMetrics.height(),
                      rect.width() - 120 - axisWidth - 700,
                      rect.height() - 200 - titleMetrics.height() - labelMetrics.height());
    auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };

    // Axis labels at the bottom, middle and top of the range.
    painter.setPen(muted);
    for (const double v : {dataLo, (dataLo + dataHi) / 2, dataHi}) {
        const QString label = chartNumber(v);
        drawPlain(painter,
                  QPointF(plot.left() - 40 - labelMetrics.horizontalAdvance(label),
                          yOf(v) + labelMetrics.ascent() / 2 - 6),
                  label);
        painter.setPen(QPen(QColor(0xe4, 0xe6, 0xea), 3));
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.setPen(muted);
    }
    painter.setPen(QPen(rule, 4));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Reference lines, labelled to the right of the plot.
    auto reference = [&](double v, const QColor &colour, const QString &label) {
        QPen pen(colour, 8, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.setPen(colour);
        drawPlain(
            painter, QPointF(plot.right() + 40, yOf(v) + labelMetrics.ascent() / 2 - 6),
            labelMetrics.elidedText(
                QCoreApplication::translate("Csm::Report", "%1 %2").arg(label, chartNumber(v)),
                Qt::ElideRight, rect.right() - plot.right() - 80));
    };
    if (chart.baseline)
        reference(*chart.baseline, muted, ReportText::tr("Baseline"));
    if (chart.target)
        reference(*chart.target, targetColour,
                  chart.targetLabel.isEmpty() ? ReportText::tr("Target") : chart.targetLabel);

    const qsizetype n = chart.points.size();
    if (n == 0) {
        painter.setPen(muted);
        const QString none = ReportText::tr("No data");
        drawPlain(painter,
                  QPointF(plot.center().x() - labelMetrics.horizontalAdvance(none) / 2,
                          plot.center().y()),
                  none);
        painter.restore();
        return;
    }
    const double step = plot.width() / double(n);
    auto xOf = [&](qsizetype i) { return plot.left() + step * (double(i) + 0.5); };
    // Labels under the axis, thinned out so they never overlap.
    double widest = 0;
    for (const ReportChart::Point &p : chart.points)
        widest = std::max(widest, labelMetrics.horizontalAdvance(p.label));
    const qsizetype every = std::max<qsizetype>(1, qsizetype(std::ceil((widest + 40) / step)));
    painter.setPen(muted);
    for (qsizetype i = 0; i < n; i += every) {
        const QString &label = chart.points.at(i).label;
        drawPlain(painter,
                  QPointF(xOf(i) - labelMetrics.horizontalAdvance(label) / 2,
                          plot.bottom() + 30 + labelMetrics.ascent()),
                  label);
    }
    if (chart.type == ReportChart::Type::Bar) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(seriesColour);
        const double base = yOf(std::max(lo, 0.0));
        for (qsizetype i = 0; i < n; ++i) {
            const double y = yOf(chart.points.at(i).value);
            painter.drawRect(
                QRectF(xOf(i) - step * 0.35, std::min(y, base), step * 0.7, std::abs(base - y)));
        }
    } else {
        QPainterPath path;
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF p(xOf(i), yOf(chart.points.at(i).value));
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        painter.setPen(QPen(seriesColour, 14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(seriesColour);
        for (qsizetype i = 0; i < n; ++i)
            painter.drawEllipse(QPointF(xOf(i), yOf(chart.points.at(i).value)), 24, 24);
    }
    painter.restore();
}

} // namespace

QPageSize reportPageSize(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                             : QPageSize::A4);
}

ReportLayout layoutReport(const ReportContent &content)
{
    return Layouter(content).run();
}

void paintReportPage(QPainter &painter, const ReportLayout &layout, int index)
{
    if (index < 0 || index >= layout.pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const double w = layout.size.width();
    const double h = layout.size.height();
    const QFont small = makeFont(layout.fontFamily, 75);
    const QFont smallBold = makeFont(layout.fontFamily, 75, true);
    const QFontMetricsF metrics(small);

    // Header: customer on the left, report and date on the right, a rule below.
    painter.setPen(muted);
    painter.setFont(smallBold);
    const QFontMetricsF boldMetrics(smallBold);
    const double half = (w - 2 * sideMargin) / 2 - 60;
    drawPlain(painter, QPointF(sideMargin, headerBaseline),
              boldMetrics.elidedText(layout.headerLeft, Qt::ElideRight, half));
    painter.setFont(small);
    const QString right = metrics.elidedText(layout.headerRight, Qt::ElideLeft, half);
    drawPlain(painter, QPointF(w - sideMargin - metrics.horizontalAdvance(right), headerBaseline),
              right);
    painter.fillRect(QRectF(sideMargin, headerBaseline + 70, w - 2 * sideMargin, 4), rule);

    // Footer: who prepared it, and "Page N of M".
    const double footerBaseline = h - footerOffset;
    painter.fillRect(
        QRectF(sideMargin, footerBaseline - metrics.ascent() - 70, w - 2 * sideMargin, 4), rule);
    drawPlain(painter, QPointF(sideMargin, footerBaseline),
              metrics.elidedText(layout.footerLeft, Qt::ElideRight, half));
    const QString pageText = QCoreApplication::translate("Csm::Report", "Page %1 of %2")
                                 .arg(index + 1)
                                 .arg(layout.pageCount());
    drawPlain(painter,
              QPointF(w - sideMargin - metrics.horizontalAdvance(pageText), footerBaseline),
              pageText);

    for (const ReportPageItem &item : layout.pages.at(index).items) {
        if (const auto *text = std::get_if<ReportPageItem::Text>(&item.item)) {
            painter.setFont(text->font);
            painter.setPen(text->color);
            drawPlain(painter, text->baseline, text->text);
        } else if (const auto *box = std::get_if<ReportPageItem::Box>(&item.item)) {
            painter.setPen(box->stroke.isValid() ? QPen(box->stroke, box->strokeWidth)
                                                 : QPen(Qt::NoPen));
            painter.setBrush(box->fill.isValid() ? QBrush(box->fill) : QBrush(Qt::NoBrush));
            painter.drawRect(box->rect);
        } else if (const auto *chart = std::get_if<ReportPageItem::Chart>(&item.item)) {
            paintChart(painter, chart->rect, chart->chart, layout.fontFamily);
        }
    }
    painter.restore();
}

QImage renderReportPage(const ReportLayout &layout, int index, double dpi)
{
    const double scale = dpi / reportUnitsPerInch;
    QImage image(QSize(int(std::ceil(layout.size.width() * scale)),
                       int(std::ceil(layout.size.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintReportPage(painter, layout, index);
    painter.end();
    return image;
}

bool writeReportPdf(const ReportContent &content, const QString &path, QString *error)
{
    auto failed = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const ReportLayout layout = layoutReport(content);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(QCoreApplication::translate("Csm::Report", "Cannot write %1: %2")
                          .arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(reportUnitsPerInch));
        writer.setPageSize(layout.pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QCoreApplication::translate("Csm::Report", "%1: %2")
                            .arg(content.title, content.customerName));
        writer.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&writer))
            return failed(
                QCoreApplication::translate("Csm::Report", "Cannot start the PDF document %1")
                    .arg(path));
        for (int i = 0; i < layout.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            paintReportPage(painter, layout, i);
        }
        painter.end();
    }
    if (!file.commit())
        return failed(QCoreApplication::translate("Csm::Report", "Cannot write %1: %2")
                          .arg(path, file.errorString()));
    return true;
}

} // namespace Csm
