#include "expansionpage.h"

#include "commands/removerecord.h"
#include "expansionstyle.h"
#include "models/recordtablemodel.h"
#include "opportunitydelegate.h"
#include "successplan/valuereview.h"
#include "views/logs/logtable.h"
#include "whitespacemap.h"
#include "widgets/pagewidgets.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace Csm {

namespace {

using ExpansionStyle::money;

QLabel *boldLabel(const QString &text, qreal scale = 1.0)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *quietLabel(qreal scale = 1.0)
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

const QList<OpportunityField> kColumns{
    OpportunityField::Dimension,    OpportunityField::Name,      OpportunityField::Status,
    OpportunityField::PotentialArr, OpportunityField::Advocates, OpportunityField::Skeptics,
    OpportunityField::Notes,
};

} // namespace

ExpansionPage::ExpansionPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RecordTableModel<WhitespaceOpportunity>(workspace, kColumns, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    m_pages = new QStackedWidget;
    m_emptyState = buildEmptyState();
    m_content = buildContent();
    m_pages->addWidget(m_content);
    m_pages->addWidget(m_emptyState);
    layout->addWidget(m_pages, 1);

    connect(m_model, &RecordTableModelBase::recordsChanged, this, &ExpansionPage::refresh);
    auto customerEvent = [this](const CustomerId &customer) {
        if (customer == m_customer)
            refresh();
    };
    connect(workspace, &Workspace::customerChanged, this, customerEvent);
    connect(workspace, &Workspace::customerAdded, this, customerEvent);
    connect(workspace, &Workspace::customerRemoved, this, customerEvent);
    setCustomer({});
}

ExpansionPage::~ExpansionPage() = default;

QWidget *ExpansionPage::buildHeader()
{
    auto *header = new QWidget;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = boldLabel(tr("Expansion"), 1.6);
    m_title->setObjectName(QStringLiteral("expansionTitle"));
    m_subtitle = quietLabel();
    m_subtitle->setObjectName(QStringLiteral("expansionSubtitle"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    // The figures in a row: what there is, what is still open, what was won, and where the
    // open potential lies.
    m_figureRow = new QWidget;
    m_figureRow->setObjectName(QStringLiteral("expansionFigures"));
    auto *figures = new QHBoxLayout(m_figureRow);
    figures->setContentsMargins(0, 6, 0, 0);
    figures->setSpacing(28);
    auto figure = [this, figures](const QString &caption, const QString &name) {
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        QLabel *title = quietLabel();
        title->setText(caption);
        QLabel *value = boldLabel(QString(), 1.35);
        value->setObjectName(name);
        value->setAccessibleName(caption);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QLabel *detail = quietLabel(0.92);
        box->addWidget(title);
        box->addWidget(value);
        box->addWidget(detail);
        figures->addLayout(box);
        m_figures.append(value);
        m_figureDetails.append(detail);
    };
    figure(tr("Opportunities"), QStringLiteral("figureOpportunities"));
    figure(tr("Open potential ARR"), QStringLiteral("figureOpenArr"));
    figure(tr("Won ARR"), QStringLiteral("figureWonArr"));
    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setEnabled(false); // drawn in the quieter disabled text colour
    figures->addWidget(line);
    figure(tr("Divisions"), QStringLiteral("figureDivisions"));
    figure(tr("Geographies"), QStringLiteral("figureGeographies"));
    figure(tr("Use cases"), QStringLiteral("figureUseCases"));
    figures->addStretch(1);
    layout->addWidget(m_figureRow);
    return header;
}

QWidget *ExpansionPage::buildEmptyState()
{
    const EmptyStateCard card =
        makeEmptyStateCard(QStringLiteral("expansionEmptyState"),
                           boldLabel(tr("No expansion opportunities yet"), 1.3));
    m_emptyText = new QLabel;
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::PlainText);
    card.layout->addWidget(m_emptyText);
    card.layout->addWidget(
        hintLabel(tr("For each one, note its potential ARR, who speaks for it and who doubts "
                     "it, and follow it from not started through exploring and proposed to won "
                     "or lost. The value review report lists them.")));
    m_emptyAdd = addEmptyStateButton(card, tr("Add the first opportunity"),
                                     QStringLiteral("emptyAddOpportunity"));
    connect(m_emptyAdd, &QPushButton::clicked, this, &ExpansionPage::addOpportunity);
    return card.page;
}

QWidget *ExpansionPage::buildContent()
{
    m_map = new WhitespaceMap;
    m_map->setObjectName(QStringLiteral("whitespaceMap"));
    m_mapArea = new QScrollArea;
    m_mapArea->setObjectName(QStringLiteral("whitespaceMapArea"));
    m_mapArea->setWidget(m_map);
    m_mapArea->setWidgetResizable(true);
    m_mapArea->setFrameShape(QFrame::NoFrame);
    m_mapArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_table = new LogTable(m_model, tr("Add opportunity"));
    m_table->setObjectName(QStringLiteral("opportunityTable"));
    m_table->layout()->setContentsMargins(0, 6, 0, 0);
    m_table->searchField()->setPlaceholderText(tr("Search opportunities, advocates, notes"));
    m_table->view()->setAccessibleName(tr("Expansion opportunities"));
    m_table->searchField()->setAccessibleName(tr("Search the opportunities"));
    m_delegate = new OpportunityDelegate(m_model->columnOf(OpportunityField::PotentialArr),
                                         m_model->columnOf(OpportunityField::Status), this);
    QAbstractItemDelegate *plain = m_table->view()->itemDelegate();
    m_table->view()->setItemDelegate(m_delegate);
    delete plain;

    auto status = [this](OpportunityStatus wanted) {
        return [this, wanted](int row) {
            const WhitespaceOpportunity *o = m_model->recordAt(row);
            return o && o->status == wanted;
        };
    };
    auto dimension = [this](WhitespaceDimension wanted) {
        return [this, wanted](int row) {
            const WhitespaceOpportunity *o = m_model->recordAt(row);
            return o && o->dimension == wanted;
        };
    };
    m_table->setFilters({
        {tr("All opportunities"), {}},
        {tr("Open"),
         [this](int row) {
             const WhitespaceOpportunity *o = m_model->recordAt(row);
             return o && isOpen(o->status);
         }},
        {tr("Won"), status(OpportunityStatus::Won)},
        {tr("Lost"), status(OpportunityStatus::Lost)},
        {tr("Divisions"), dimension(WhitespaceDimension::Division)},
        {tr("Geographies"), dimension(WhitespaceDimension::Geography)},
        {tr("Use cases"), dimension(WhitespaceDimension::UseCase)},
    });
    m_table->setAdder([this] { return addRecord(); });
    m_table->setRemover([this](const QList<int> &rows) { removeRows(rows); });

    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExpansionPage::syncMapSelection);
    connect(m_table->proxy(), &QAbstractItemModel::layoutChanged, this,
            &ExpansionPage::syncMapSelection);
    connect(m_map, &WhitespaceMap::opportunityClicked, this, &ExpansionPage::selectOpportunity);
    connect(m_map, &WhitespaceMap::opportunityActivated, this, [this](const OpportunityId &id) {
        selectOpportunity(id);
        QTableView *view = m_table->view();
        const QModelIndex name =
            view->currentIndex().siblingAtColumn(m_model->columnOf(OpportunityField::Name));
        if (name.isValid()) {
            view->setCurrentIndex(name);
            view->edit(name);
        }
    });

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("expansionSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_mapArea);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    return m_splitter;
}

void ExpansionPage::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    // Another customer's search and filter would hide this one's rows.
    m_table->searchField()->clear();
    m_table->filterChoice()->setCurrentIndex(0);
    m_model->setCustomer(customer); // refreshes through recordsChanged
    refresh();
}

void ExpansionPage::refresh()
{
    const Customer *customer = m_workspace->customer(m_customer);
    setEnabled(customer != nullptr);
    const QString currency = customer ? customer->currency : QString();
    const QList<WhitespaceOpportunity> opportunities =
        customer ? m_workspace->records<WhitespaceOpportunity>(m_customer)
                 : QList<WhitespaceOpportunity>();

    if (customer) {
        const QString name =
            customer->accountName.isEmpty() ? tr("Unnamed customer") : customer->accountName;
        m_title->setText(name);
        m_subtitle->setText(tr("Expansion: where the product could go next, by division, "
                               "geography and use case"));
        m_emptyText->setText(
            tr("Map where %1 could use the product next: other divisions, other geographies, "
               "other use cases.")
                .arg(name));
    } else {
        m_title->setText(tr("Expansion"));
        m_subtitle->setText(tr("No customer selected."));
    }
    m_delegate->setCurrency(currency);
    m_table->view()->viewport()->update();
    m_map->setOpportunities(opportunities, currency);
    syncMapSelection();
    refreshFigures(opportunities, currency);

    const bool empty = customer && opportunities.isEmpty();
    m_pages->setCurrentWidget(empty ? m_emptyState : m_content);
    // Without opportunities the figures would all be naught: the empty state says it better.
    m_figureRow->setVisible(customer && !empty);
}

void ExpansionPage::refreshFigures(const QList<WhitespaceOpportunity> &opportunities,
                                   const QString &currency)
{
    const bool any = m_workspace->customer(m_customer) != nullptr;
    const WhitespaceTotals totals = whitespaceTotals(opportunities);
    int open = 0;
    int won = 0;
    int lost = 0;
    std::array<int, 3> countIn{};
    std::array<int, 3> openIn{};
    std::array<qint64, 3> openArrIn{};
    for (const WhitespaceOpportunity &o : opportunities) {
        const auto dimension = size_t(o.dimension);
        ++countIn.at(dimension);
        if (isOpen(o.status)) {
            ++open;
            ++openIn.at(dimension);
            openArrIn.at(dimension) += o.potentialArr;
        }
        won += o.status == OpportunityStatus::Won;
        lost += o.status == OpportunityStatus::Lost;
    }
    auto set = [this, any](Figure figure, const QString &value, const QString &detail) {
        m_figures.at(int(figure))->setText(any ? value : QStringLiteral("\u2013"));
        m_figureDetails.at(int(figure))->setText(any ? detail : QString());
    };
    const QLocale locale;
    set(Figure::Opportunities, locale.toString(totals.opportunities),
        tr("%1 open, %2 won, %3 lost").arg(open).arg(won).arg(lost));
    set(Figure::OpenArr, money(totals.open, currency), tr("Not started, exploring or proposed"));
    set(Figure::WonArr, money(totals.won, currency),
        tr("%1 lost").arg(money(totals.of(OpportunityStatus::Lost), currency)));
    const Figure dimensions[] = {Figure::Divisions, Figure::Geographies, Figure::UseCases};
    for (size_t i = 0; i < 3; ++i)
        set(dimensions[i], money(openArrIn.at(i), currency),
            tr("Open: %1 of %2").arg(openIn.at(i)).arg(countIn.at(i)));
}

QString ExpansionPage::figureText(Figure figure) const
{
    const QLabel *label = figureLabel(figure);
    return label ? label->text() : QString();
}

bool ExpansionPage::isEmptyStateShown() const
{
    return m_pages->currentWidget() == m_emptyState;
}

void ExpansionPage::addOpportunity()
{
    m_table->addRecord();
}

int ExpansionPage::addRecord()
{
    if (!m_workspace->customer(m_customer))
        return -1;
    WhitespaceOpportunity opportunity;
    // Where the user is looking: the dimension filtered on, else the selected tile's.
    switch (Filter(m_table->filterChoice()->currentIndex())) {
    case Filter::Divisions:
        opportunity.dimension = WhitespaceDimension::Division;
        break;
    case Filter::Geographies:
        opportunity.dimension = WhitespaceDimension::Geography;
        break;
    case Filter::UseCases:
        opportunity.dimension = WhitespaceDimension::UseCase;
        break;
    default: {
        const QList<OpportunityId> selected = selectedOpportunities();
        if (!selected.isEmpty()) {
            if (const auto *o = m_workspace->record<WhitespaceOpportunity>(selected.constLast()))
                opportunity.dimension = o->dimension;
        }
        break;
    }
    }
    opportunity.name = tr("New opportunity");
    return m_model->addRecord(opportunity, tr("Add expansion opportunity"));
}

void ExpansionPage::removeRows(const QList<int> &rows)
{
    QList<OpportunityId> ids;
    for (int row : rows)
        ids.append(m_model->idAt(row));
    QUndoStack *stack = m_workspace->undoStack();
    stack->beginMacro(tr("Remove %n expansion opportunity(s)", nullptr, int(ids.size())));
    for (const OpportunityId &id : std::as_const(ids))
        stack->push(new RemoveRecord<WhitespaceOpportunity>(m_workspace, id));
    stack->endMacro();
}

void ExpansionPage::selectOpportunity(const OpportunityId &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_table->proxy()->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the search or the filter: show everything again.
        m_table->searchField()->clear();
        m_table->filterChoice()->setCurrentIndex(0);
        index = m_table->proxy()->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    QTableView *view = m_table->view();
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
}

QList<OpportunityId> ExpansionPage::selectedOpportunities() const
{
    QList<OpportunityId> ids;
    for (const QModelIndex &index : m_table->view()->selectionModel()->selectedRows())
        ids.append(m_model->idAt(m_table->proxy()->mapToSource(index).row()));
    return ids;
}

void ExpansionPage::setFilter(Filter filter)
{
    m_table->filterChoice()->setCurrentIndex(int(filter));
}

void ExpansionPage::syncMapSelection()
{
    const QList<OpportunityId> ids = selectedOpportunities();
    m_map->setSelection(ids);
    if (!ids.isEmpty()) {
        const QRect tile = m_map->tileRect(ids.constLast());
        if (!tile.isEmpty())
            m_mapArea->ensureVisible(tile.center().x(), tile.center().y(), tile.width() / 2 + 8,
                                     tile.height() / 2 + 8);
    }
}

void ExpansionPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_table->view()->viewport()->update();
}

} // namespace Csm
