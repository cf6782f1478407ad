#include "reportpreview.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace Csm {

namespace {

constexpr int Margin = 16; // around the pages
constexpr int Gap = 16;    // between two pages
constexpr int MaxPageWidth = 900;

} // namespace

ReportPreview::ReportPreview(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        const int page = currentPage();
        if (page != m_lastPage) {
            m_lastPage = page;
            Q_EMIT currentPageChanged(page);
        }
    });
}

void ReportPreview::setReportLayout(ReportLayout layout)
{
    m_layout = std::move(layout);
    updateScrollBars();
    viewport()->update();
    const int page = currentPage();
    if (page != m_lastPage) {
        m_lastPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

double ReportPreview::scale() const
{
    if (m_layout.size.isEmpty())
        return 0;
    const int width = std::min(viewport()->width() - 2 * Margin, MaxPageWidth);
    return std::max(width, 50) / m_layout.size.width();
}

double ReportPreview::pageHeightPixels() const
{
    return m_layout.size.height() * scale();
}

QRectF ReportPreview::pageRect(int index) const
{
    const double s = scale();
    const double width = m_layout.size.width() * s;
    const double left = std::max(double(Margin), (viewport()->width() - width) / 2.0);
    const double top = Margin + index * (pageHeightPixels() + Gap) - verticalScrollBar()->value();
    return QRectF(left, top, width, pageHeightPixels());
}

int ReportPreview::currentPage() const
{
    if (m_layout.pages.isEmpty())
        return -1;
    const double step = pageHeightPixels() + Gap;
    if (step <= 0)
        return 0;
    // The page that covers the middle of the top third of the view.
    const double y = verticalScrollBar()->value() + viewport()->height() / 6.0 - Margin;
    return std::clamp(int(std::floor(y / step)), 0, m_layout.pageCount() - 1);
}

void ReportPreview::showPage(int index)
{
    if (index < 0 || index >= m_layout.pageCount())
        return;
    verticalScrollBar()->setValue(int(std::lround(index * (pageHeightPixels() + Gap))));
}

void ReportPreview::updateScrollBars()
{
    const int count = m_layout.pageCount();
    const double total =
        count > 0 ? 2 * Margin + count * pageHeightPixels() + (count - 1) * Gap : 0;
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, int(std::ceil(total)) - viewport()->height()));
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    // Keep the same page at the top when the width (and so the scale) changes.
    const int page = currentPage();
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (page > 0)
        showPage(page);
}

void ReportPreview::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
        showPage(std::min(currentPage() + 1, pageCount() - 1));
        return;
    case Qt::Key_PageUp:
        showPage(std::max(currentPage() - 1, 0));
        return;
    case Qt::Key_Home:
        showPage(0);
        return;
    case Qt::Key_End:
        showPage(pageCount() - 1);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void ReportPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (m_layout.pages.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double s = scale();
    const QRectF visible = viewport()->rect();
    for (int i = 0; i < m_layout.pageCount(); ++i) {
        const QRectF rect = pageRect(i);
        if (!rect.intersects(visible))
            continue;
        // A soft shadow, then the paper: pages are white in a dark palette too, as printed.
        painter.fillRect(rect.translated(2, 3), QColor(0, 0, 0, 60));
        painter.fillRect(rect, Qt::white);
        painter.save();
        painter.setClipRect(rect);
        painter.translate(rect.topLeft());
        painter.scale(s, s);
        paintReportPage(painter, m_layout, i);
        painter.restore();
    }
}

} // namespace Csm
