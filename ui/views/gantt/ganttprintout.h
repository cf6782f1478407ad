// The whole plan on paper or in an image: every workstream open, the name and date columns
// beside the chart, split across pages by rows and by dates, each page headed by the
// customer's name and its number. The chart is painted by GanttPainter, as on screen, on a
// light palette whatever the screen's.
#pragma once

#include "ganttgrid.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QModelIndex>
#include <QPalette>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace Csm {

class GanttModel;

class GanttPrintout
{
    Q_DECLARE_TR_FUNCTIONS(Csm::GanttPrintout)

public:
    GanttPrintout(const GanttModel *model, GanttZoom zoom);

    // Paints every page on `device` (a printer or a PDF writer) already set up with its page
    // size; returns the number of pages, 0 when the device cannot be painted on.
    int print(QPagedPaintDevice *device) const;
    // The whole plan as one image.
    QImage image() const;

private:
    // Sizes in 1/96 inch, measured with the fonts of the device painted on.
    struct Metrics
    {
        double rowHeight = 0;
        double headerHeight = 0;
        double nameWidth = 0;
        double dateWidth = 0;
        double tableWidth() const { return nameWidth + 2 * dateWidth; }
    };
    struct Pages
    {
        int rowsPerPage = 1;
        int daysPerPage = 1;
        int across = 1;
        int down = 1;
    };
    Metrics measure(const QPaintDevice *device) const;
    Pages paginate(const Metrics &metrics, const QSizeF &size, const QPaintDevice *device) const;
    void paintPage(QPainter *painter, const Metrics &metrics, const QRectF &area, int firstRow,
                   int rows, const QDate &firstDay, int days, int page, int pages) const;
    void paintTable(QPainter *painter, const Metrics &metrics, const QRectF &header, double bodyTop,
                    int firstRow, int rows) const;
    double titleHeight(const QPaintDevice *device) const;

    const GanttModel *m_model;
    GanttGrid m_grid;
    QFont m_font;
    QFont m_titleFont;
    QPalette m_palette;
    QList<QModelIndex> m_rows;
};

} // namespace Csm
