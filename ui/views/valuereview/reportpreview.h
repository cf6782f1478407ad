// The report's pages as they will print: painted from the same layout the PDF is written
// from, as vectors, one page under the other, fitted to the width of the view.
#pragma once

#include "report/reportpdf.h"

#include <QAbstractScrollArea>

namespace Csm {

class ReportPreview : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);

    void setReportLayout(ReportLayout layout);
    const ReportLayout &reportLayout() const { return m_layout; }
    int pageCount() const { return m_layout.pageCount(); }

    // The page shown at the top of the view (0-based) and scrolling to one.
    int currentPage() const;
    void showPage(int index);

    // Widget pixels per layout unit at the current width.
    double scale() const;
    // Where page `index` is drawn, in viewport coordinates.
    QRectF pageRect(int index) const;

Q_SIGNALS:
    void currentPageChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateScrollBars();
    double pageHeightPixels() const;

    ReportLayout m_layout;
    int m_lastPage = -1;
};

} // namespace Csm
