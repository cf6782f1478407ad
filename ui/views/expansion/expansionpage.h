// The customer's expansion page: the whitespace map (divisions, geographies and use cases the
// product could reach next, coloured by status, with advocates and skeptics) above the table
// of the same opportunities, editable in place, and the potential ARR summed up in the header.
// Every edit is an undo step on the workspace's stack.
#pragma once

#include "domain/valuereview.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;

namespace Csm {

class LogTable;
class OpportunityDelegate;
class WhitespaceMap;
class Workspace;
template<typename R> class RecordTableModel;

class ExpansionPage : public QWidget
{
    Q_OBJECT

public:
    // The figures in the header; the dimensions' are their open potential ARR.
    enum class Figure { Opportunities, OpenArr, WonArr, Divisions, Geographies, UseCases };
    // The choices of the table's filter list, in their order.
    enum class Filter { All, Open, Won, Lost, Divisions, Geographies, UseCases };

    explicit ExpansionPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ExpansionPage() override;

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // As the Add button: a new opportunity (in the dimension filtered on or selected, else a
    // division), one undo step, its first cell open for editing.
    void addOpportunity();
    // Selects the opportunity's row in the table (showing it if the search or filter hid it)
    // and its tile on the map.
    void selectOpportunity(const OpportunityId &id);
    QList<OpportunityId> selectedOpportunities() const;
    void setFilter(Filter filter);

    // For tests and the main window.
    RecordTableModel<WhitespaceOpportunity> *model() const { return m_model; }
    LogTable *table() const { return m_table; }
    WhitespaceMap *map() const { return m_map; }
    QScrollArea *mapArea() const { return m_mapArea; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *figureLabel(Figure figure) const { return m_figures.value(int(figure)); }
    QString figureText(Figure figure) const;
    bool isEmptyStateShown() const;
    QWidget *emptyState() const { return m_emptyState; }
    QPushButton *emptyStateAddButton() const { return m_emptyAdd; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildEmptyState();
    QWidget *buildContent();
    void refresh();
    void refreshFigures(const QList<WhitespaceOpportunity> &opportunities, const QString &currency);
    void syncMapSelection();
    void removeRows(const QList<int> &rows);
    int addRecord();

    Workspace *m_workspace;
    CustomerId m_customer;
    RecordTableModel<WhitespaceOpportunity> *m_model;
    OpportunityDelegate *m_delegate = nullptr;
    LogTable *m_table = nullptr;
    WhitespaceMap *m_map = nullptr;
    QScrollArea *m_mapArea = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_figureRow = nullptr;
    QList<QLabel *> m_figures;
    QList<QLabel *> m_figureDetails;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyAdd = nullptr;
};

} // namespace Csm
