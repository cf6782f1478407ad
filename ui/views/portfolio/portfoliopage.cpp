#include "portfoliopage.h"

#include "commands/snoozealert.h"
#include "dialogs/portfoliosettingsdialog.h"
#include "portfolio/portfoliotracker.h"
#include "portfoliodelegate.h"
#include "portfoliodetailpanel.h"
#include "portfoliofiltermodel.h"
#include "portfoliometricsview.h"
#include "portfoliomodel.h"
#include "snoozealertdialog.h"
#include "todaymodel.h"
#include "widgets/pagewidgets.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace Csm {

namespace {
const char *const GroupingKey = "portfolio/grouping";
const char *const HeaderKey = "portfolio/header";
const char *const SplitKey = "portfolio/split";
} // namespace

PortfolioPage::PortfolioPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tracker(new PortfolioTracker(workspace, this))
    , m_model(new PortfolioModel(m_tracker, this))
    , m_filter(new PortfolioFilterModel(this))
    , m_todayModel(new TodayModel(m_tracker, this))
{
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Portfolio"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_thresholds = new QPushButton(tr("&Thresholds…"));
    m_thresholds->setToolTip(tr("Change when alerts fire, the targets of the metrics and how "
                                "health is weighed"));
    connect(m_thresholds, &QPushButton::clicked, this, &PortfolioPage::editThresholds);
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    header->addWidget(m_thresholds);
    layout->addLayout(header);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildCustomersTab(), tr("Customers"));
    m_tabs->addTab(buildTodayTab(), tr("Today"));
    m_metrics = new PortfolioMetricsView;
    m_tabs->addTab(m_metrics, tr("Metrics"));
    layout->addWidget(m_tabs, 1);

    connect(m_tracker, &PortfolioTracker::reset, this, [this] {
        refreshSummary();
        m_metrics->setMetrics(m_tracker->snapshot().metrics());
    });
    connect(m_tracker, &PortfolioTracker::rowsChanged, this,
            [this](const QList<CustomerId> &customers) {
                refreshSummary();
                m_metrics->setMetrics(m_tracker->snapshot().metrics());
                if (customers.contains(currentCustomer()))
                    refreshDetail();
            });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!currentCustomer().isNull())
            m_selectedBeforeReset = currentCustomer();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PortfolioPage::afterReset);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            m_table->setFirstColumnSpanned(
                row, {}, m_filter->index(row, 0).data(PortfolioModel::IsGroupRole).toBool());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] { afterReset(); });

    const int grouping = QSettings().value(QLatin1String(GroupingKey), 0).toInt();
    m_group->setCurrentIndex(std::clamp(grouping, 0, m_group->count() - 1));
}

PortfolioPage::~PortfolioPage()
{
    QSettings settings;
    settings.setValue(QLatin1String(HeaderKey), m_table->header()->saveState());
    settings.setValue(QLatin1String(SplitKey), m_split->saveState());
}

QWidget *PortfolioPage::buildCustomersTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search customers, owners, industries"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the portfolio"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &PortfolioFilterModel::setSearchText);

    m_show = new QComboBox;
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All customers"), int(PortfolioFilterModel::Show::All));
    m_show->addItem(tr("Needing attention"), int(PortfolioFilterModel::Show::NeedingAttention));
    m_show->addItem(tr("Health at risk"), int(PortfolioFilterModel::Show::AtRisk));
    m_show->addItem(tr("Onboarding"), int(PortfolioFilterModel::Show::Onboarding));
    m_show->addItem(tr("Graduated"), int(PortfolioFilterModel::Show::Graduated));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(PortfolioFilterModel::Show(m_show->currentData().toInt()));
    });
    auto *showLabel = new QLabel(tr("S&how:"));
    showLabel->setBuddy(m_show);

    m_group = new QComboBox;
    m_group->setAccessibleName(tr("Group by"));
    m_group->addItem(tr("Nothing"), int(PortfolioModel::Grouping::None));
    m_group->addItem(tr("Tier"), int(PortfolioModel::Grouping::Tier));
    m_group->addItem(tr("Phase"), int(PortfolioModel::Grouping::Phase));
    m_group->addItem(tr("CSM owner"), int(PortfolioModel::Grouping::Owner));
    m_group->addItem(tr("Status"), int(PortfolioModel::Grouping::Status));
    m_group->addItem(tr("Health"), int(PortfolioModel::Grouping::Health));
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(PortfolioModel::Grouping(m_group->currentData().toInt()));
        QSettings().setValue(QLatin1String(GroupingKey), m_group->currentIndex());
    });
    auto *groupLabel = new QLabel(tr("&Group by:"));
    groupLabel->setBuddy(m_group);

    filters->addWidget(m_search, 2);
    filters->addSpacing(8);
    filters->addWidget(showLabel);
    filters->addWidget(m_show);
    filters->addSpacing(8);
    filters->addWidget(groupLabel);
    filters->addWidget(m_group);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table = new QTreeView;
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_table->setAccessibleName(tr("Customers of the portfolio"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new PortfolioDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PortfolioModel::HealthColumn, Qt::AscendingOrder);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionsMovable(true);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[PortfolioModel::ColumnCount] = {170, 130, 140, 110, 44,  64, 100,
                                                     62,  72,  56,  46,  150, 58, 52};
    for (int column = 0; column < PortfolioModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    const QByteArray headerState = QSettings().value(QLatin1String(HeaderKey)).toByteArray();
    if (!headerState.isEmpty())
        m_table->header()->restoreState(headerState);
    connect(m_table, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const CustomerId id = m_model->customerAt(m_filter->mapToSource(index));
        if (!id.isNull())
            Q_EMIT customerRequested(id, QString(), QUuid());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        refreshDetail();
        const CustomerId id = currentCustomer();
        if (!id.isNull())
            Q_EMIT currentCustomerChanged(id);
    });

    m_detail = new PortfolioDetailPanel;
    connect(m_detail, &PortfolioDetailPanel::openRequested, this,
            &PortfolioPage::customerRequested);
    connect(m_detail, &PortfolioDetailPanel::snoozeRequested, this, &PortfolioPage::snoozeAlert);
    connect(m_detail, &PortfolioDetailPanel::wakeRequested, this, &PortfolioPage::wakeAlert);

    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("portfolioSplit"));
    m_split->addWidget(m_table);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({330, 340});
    m_split->setChildrenCollapsible(false);
    const QByteArray splitState = QSettings().value(QLatin1String(SplitKey)).toByteArray();
    if (!splitState.isEmpty())
        m_split->restoreState(splitState);
    layout->addWidget(m_split, 1);
    return tab;
}

QWidget *PortfolioPage::buildTodayTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(hintLabel(tr("Overdue and due actions, meetings in the next 7 days and "
                                   "SLAs running out, across every customer. Double-click or "
                                   "press Enter to open one.")));
    m_todayView = new QTableView;
    m_todayView->setObjectName(QStringLiteral("todayTable"));
    m_todayView->setAccessibleName(tr("What needs doing today"));
    m_todayView->setModel(m_todayModel);
    m_todayView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_todayView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_todayView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_todayView->setAlternatingRowColors(true);
    m_todayView->verticalHeader()->hide();
    m_todayView->setShowGrid(false);
    m_todayView->horizontalHeader()->setStretchLastSection(false);
    m_todayView->horizontalHeader()->setSectionResizeMode(TodayModel::WhatColumn,
                                                          QHeaderView::Stretch);
    m_todayView->setColumnWidth(TodayModel::WhenColumn, 190);
    m_todayView->setColumnWidth(TodayModel::CustomerColumn, 190);
    m_todayView->setColumnWidth(TodayModel::KindColumn, 140);
    connect(m_todayView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openTodayItem(index.row()); });
    layout->addWidget(m_todayView, 1);
    m_todayEmpty = hintLabel(tr("Nothing due today: no overdue action, no meeting this week and "
                                "no SLA running out."));
    layout->addWidget(m_todayEmpty);
    return tab;
}

void PortfolioPage::openTodayItem(int row)
{
    if (const TodayItem *item = m_todayModel->itemAt(row))
        Q_EMIT customerRequested(item->customer, item->page, item->recordId);
}

void PortfolioPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_tracker->setActive(true);
    // Shown with its figures at once, not one event later.
    m_tracker->update();
}

void PortfolioPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tracker->setActive(false);
}

void PortfolioPage::afterReset()
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(PortfolioModel::IsGroupRole).toBool()) {
            m_table->setFirstColumnSpanned(row, {}, true);
            m_table->expand(index);
        }
    }
    m_table->setRootIsDecorated(m_model->grouping() != PortfolioModel::Grouping::None);
    if (!m_selectedBeforeReset.isNull()) {
        const CustomerId id = m_selectedBeforeReset;
        m_selectedBeforeReset = {};
        if (!m_model->indexOf(id).isValid())
            refreshDetail();
        else
            selectCustomer(id);
    } else {
        refreshDetail();
    }
    refreshTodayTab();
}

void PortfolioPage::refreshSummary()
{
    const PortfolioMetrics &metrics = m_tracker->snapshot().metrics();
    QStringList parts;
    parts << tr("%n customer(s)", nullptr, metrics.customers);
    parts << tr("%n active alert(s)", nullptr, metrics.alerts);
    const int atRisk = metrics.healthBands[size_t(HealthBand::AtRisk)];
    const int watch = metrics.healthBands[size_t(HealthBand::Watch)];
    parts << tr("%1 at risk, %2 to watch, %3 good")
                 .arg(atRisk)
                 .arg(watch)
                 .arg(metrics.healthBands[size_t(HealthBand::Good)]);
    parts << tr("as of %1").arg(QLocale().toString(metrics.today, QLocale::LongFormat));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    refreshTodayTab();
}

void PortfolioPage::refreshTodayTab()
{
    const int items = m_todayModel->rowCount();
    m_todayEmpty->setVisible(items == 0);
    m_todayView->setVisible(items > 0);
    m_tabs->setTabText(1, items > 0 ? tr("Today (%1)").arg(items) : tr("Today"));
}

void PortfolioPage::refreshDetail()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    m_detail->setRow(m_model->rowAt(current), m_tracker->snapshot().settings());
}

CustomerId PortfolioPage::currentCustomer() const
{
    return m_model->customerAt(m_filter->mapToSource(m_table->currentIndex()));
}

void PortfolioPage::selectCustomer(const CustomerId &customer)
{
    // Before the page is first shown its rows are not computed: select once they are.
    if (m_model->rowCount() == 0) {
        m_selectedBeforeReset = customer;
        return;
    }
    QModelIndex index = m_filter->mapFromSource(m_model->indexOf(customer));
    if (!index.isValid() && m_model->indexOf(customer).isValid()) {
        m_search->clear();
        m_show->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->indexOf(customer));
    }
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    refreshDetail();
}

void PortfolioPage::snoozeAlert(const CustomerId &customer, const PortfolioAlert &alert)
{
    const Customer *c = m_workspace->customer(customer);
    if (!c)
        return;
    SnoozeAlertDialog dialog(c->accountName, alert, m_tracker->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QUndoCommand *command =
            makeSnoozeAlert(m_workspace, customer, alert, dialog.note(), dialog.until()))
        m_workspace->undoStack()->push(command);
}

void PortfolioPage::wakeAlert(const CustomerId &customer, const PortfolioAlert &alert)
{
    if (QUndoCommand *command = makeWakeAlert(m_workspace, customer, alert))
        m_workspace->undoStack()->push(command);
}

void PortfolioPage::editThresholds()
{
    PortfolioSettingsDialog dialog(m_workspace, this);
    dialog.exec();
}

} // namespace Csm
