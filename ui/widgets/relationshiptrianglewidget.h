// Draws the 1-2-3 relationship triangle: one executive sponsor at the apex, two primary
// contacts on the sides, three power users along the base, each a named card or an empty
// slot, and the single-threaded warning under it.
#pragma once

#include "successplan/relationshiptriangle.h"

#include <QWidget>

namespace Csm {

class RelationshipTriangleWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RelationshipTriangleWidget(QWidget *parent = nullptr);

    void setTriangle(const RelationshipTriangle &triangle);
    const RelationshipTriangle &triangle() const { return m_triangle; }

    // The line painted under the triangle: the single-threaded warning, or a short
    // confirmation that the relationship is broad enough.
    QString summaryText() const;
    // The single-threaded warning as painted; empty when it does not apply.
    QString warningText() const { return m_triangle.singleThreadedWarning; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Metrics
    {
        int chipWidth;
        int chipHeight;
        int captionHeight;
        int rowGap;
        int triangleHeight;
    };
    Metrics metrics(int width) const;
    int summaryHeight(int width) const;
    void updateDescription();

    RelationshipTriangle m_triangle;
};

} // namespace Csm
