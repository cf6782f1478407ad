// The report laid out on pages and written as a PDF with Qt's own QPdfWriter: real text (plain
// text, never HTML), charts as vectors, fonts embedded. Layout first, then paint, so every
// page knows how many there are; the same pages can be painted into any QPainter for a preview.
#pragma once

#include "reportcontent.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <variant>

class QPainter;

namespace Csm {

// Layout units: 1/720 inch (a tenth of a point). Fonts are sized in these units as pixels, so
// the layout measures the same whatever the device it is painted on.
inline constexpr double reportUnitsPerInch = 720.0;

struct ReportPageItem
{
    struct Text
    {
        QPointF baseline; // left end of the baseline
        QString text;
        QFont font;
        QColor color;
    };
    struct Box
    {
        QRectF rect;
        QColor fill;   // invalid: no fill
        QColor stroke; // invalid: no outline
        double strokeWidth = 0;
    };
    struct Chart
    {
        QRectF rect;
        ReportChart chart;
    };
    std::variant<Text, Box, Chart> item;
};

struct ReportPage
{
    QList<ReportPageItem> items;
};

struct ReportLayout
{
    QPageSize pageSize;
    QSizeF size;         // the page in layout units
    QString headerLeft;  // customer
    QString headerRight; // report title and date
    QString footerLeft;  // prepared by
    QString fontFamily;
    QList<ReportPage> pages;

    int pageCount() const { return int(pages.size()); }
};

// A4, or Letter where the locale measures in US units.
QPageSize reportPageSize(const QLocale &locale);

// Lays the content out on pages. Needs a QGuiApplication (fonts).
ReportLayout layoutReport(const ReportContent &content);

// Paints page `index` (0-based), header and footer included, with the painter's coordinates in
// layout units (scale the painter first for another device: see renderReportPage()).
void paintReportPage(QPainter &painter, const ReportLayout &layout, int index);

// Page `index` as an image at `dpi`, on white: for previews and tests.
QImage renderReportPage(const ReportLayout &layout, int index, double dpi);

// Writes the report as a PDF to `path`, atomically: the file is replaced only once the whole
// document is written. On failure returns false and says why in `error`.
bool writeReportPdf(const ReportContent &content, const QString &path, QString *error = nullptr);

} // namespace Csm
