// The whitespace map: where the product could reach next in the customer's organisation, as
// three columns (divisions, geographies, use cases) of tiles, one per opportunity, coloured
// by status, with the potential ARR and the people for and against. Painted, not composed of
// widgets, so a portfolio of dozens of tiles stays light; clicking a tile selects it.
#pragma once

#include "domain/valuereview.h"

#include <QList>
#include <QWidget>

namespace Csm {

class WhitespaceMap : public QWidget
{
    Q_OBJECT

public:
    explicit WhitespaceMap(QWidget *parent = nullptr);

    // The opportunities to show, in the order the columns list them; the amounts are in
    // `currency`.
    void setOpportunities(const QList<WhitespaceOpportunity> &opportunities,
                          const QString &currency);
    const QList<WhitespaceOpportunity> &opportunities() const { return m_opportunities; }

    // The tiles drawn as selected (the rows selected in the table).
    void setSelection(const QList<OpportunityId> &ids);
    QList<OpportunityId> selection() const { return m_selection; }

    // Where a tile is, in the widget's coordinates; empty when it is not on the map.
    QRect tileRect(const OpportunityId &id) const;
    OpportunityId opportunityAt(const QPoint &pos) const;
    // The colour the tile is drawn in (its status's, from the widget's palette).
    QColor tileColor(const OpportunityId &id) const;
    // A column's frame, indexed by WhitespaceDimension.
    QRect columnRect(WhitespaceDimension dimension) const;
    static QString columnTitle(WhitespaceDimension dimension);
    static QString emptyColumnHint(WhitespaceDimension dimension);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user clicked a tile, or moved to it with the arrow keys.
    void opportunityClicked(const Csm::OpportunityId &id);
    // The user double-clicked a tile or pressed Enter on it: to edit it.
    void opportunityActivated(const Csm::OpportunityId &id);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Metrics
    {
        int legendHeight = 0;
        int headerHeight = 0;
        int tileHeight = 0;
        int tileGap = 0;
        int columnGap = 0;
        int padding = 0;
    };
    struct Tile
    {
        int index = -1; // into m_opportunities
        QRect rect;
    };

    Metrics metrics() const;
    void relayout();
    int contentHeight() const;
    int tileIndexAt(const QPoint &pos) const;
    const Tile *tileOf(const OpportunityId &id) const;
    void moveSelection(int dColumn, int dRow);
    void paintLegend(QPainter &painter) const;
    void paintColumn(QPainter &painter, int column) const;
    void paintTile(QPainter &painter, const Tile &tile) const;
    QString tooltipFor(const WhitespaceOpportunity &opportunity) const;

    QList<WhitespaceOpportunity> m_opportunities;
    QString m_currency;
    QList<OpportunityId> m_selection;
    OpportunityId m_hovered;
    // Per column (dimension): its frame and its tiles top to bottom.
    QRect m_columns[3];
    QList<Tile> m_tiles[3];
};

} // namespace Csm
