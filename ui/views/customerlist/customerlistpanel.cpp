#include "customerlistpanel.h"

#include "customerlistdelegate.h"
#include "domain/enums.h"
#include "models/customerfiltermodel.h"
#include "models/customerlistmodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Csm {

namespace {

template<typename E> QComboBox *filterCombo(const QString &all)
{
    auto *combo = new QComboBox;
    combo->addItem(all);
    for (int i = 0; i < enumCount<E>(); ++i)
        combo->addItem(enumDisplayName(E(i)), i);
    return combo;
}

std::optional<int> filterValue(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<int>(data.toInt()) : std::nullopt;
}

} // namespace

CustomerListPanel::CustomerListPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_model(new CustomerListModel(workspace, this))
    , m_filter(new CustomerFilterModel(this))
    , m_search(new QLineEdit)
    , m_phase(filterCombo<Phase>(tr("All phases")))
    , m_status(filterCombo<Status>(tr("All statuses")))
    , m_tier(filterCombo<Tier>(tr("All tiers")))
    , m_sort(new QComboBox)
    , m_view(new QListView)
    , m_emptyHint(new QLabel)
    , m_count(new QLabel)
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search customers, industries, owners"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    m_phase->setAccessibleName(tr("Filter by phase"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_tier->setAccessibleName(tr("Filter by tier"));

    // Short texts, as the sidebar is narrow; the tooltip of each says what it sorts by.
    const struct
    {
        QString text;
        QString toolTip;
        int column;
    } sortOrders[] = {
        {tr("By account"), tr("Sort by account name"), CustomerListModel::AccountColumn},
        {tr("By days"), tr("Sort by days since signature, longest first"),
         CustomerListModel::DaysColumn},
        {tr("By status"), tr("Sort by status"), CustomerListModel::StatusColumn},
        {tr("By phase"), tr("Sort by phase"), CustomerListModel::PhaseColumn},
        {tr("By ARR"), tr("Sort by ARR, largest first"), CustomerListModel::ArrColumn},
    };
    for (const auto &order : sortOrders) {
        m_sort->addItem(order.text, order.column);
        m_sort->setItemData(m_sort->count() - 1, order.toolTip, Qt::ToolTipRole);
    }
    m_sort->setAccessibleName(tr("Sort customers"));

    m_view->setModel(m_filter);
    m_view->setItemDelegate(new CustomerListDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Customers"));
    m_view->setFrameShape(QFrame::NoFrame);

    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);
    m_count->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    auto *filters = new QGridLayout;
    filters->setSpacing(4);
    filters->addWidget(m_phase, 0, 0);
    filters->addWidget(m_status, 0, 1);
    filters->addWidget(m_tier, 1, 0);
    filters->addWidget(m_sort, 1, 1);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_filter, &CustomerFilterModel::setSearchText);
    connect(m_phase, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPhaseFilter(filterValue(m_phase)); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(filterValue(m_status)); });
    connect(m_tier, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTierFilter(filterValue(m_tier)); });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CustomerListPanel::applySort);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { Q_EMIT currentCustomerChanged(currentCustomer()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &CustomerListPanel::updateEmptyHint);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CustomerListPanel::updateEmptyHint);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            &CustomerListPanel::updateEmptyHint);

    // "Days since signature" moves on at midnight while the application stays open.
    auto *clock = new QTimer(this);
    clock->setInterval(5 * 60 * 1000);
    connect(clock, &QTimer::timeout, this,
            [this, workspace] { m_model->setToday(workspace->today()); });
    clock->start();

    applySort();
    updateEmptyHint();
}

void CustomerListPanel::applySort()
{
    const int column = m_sort->currentData().toInt();
    // Newest and most urgent first where that is what a CSM looks for.
    const Qt::SortOrder order =
        column == CustomerListModel::AccountColumn || column == CustomerListModel::PhaseColumn
            ? Qt::AscendingOrder
            : Qt::DescendingOrder;
    m_filter->sort(column, order);
}

void CustomerListPanel::updateEmptyHint()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_view->setVisible(shown > 0);
    m_emptyHint->setVisible(shown == 0);
    m_count->setVisible(total > 0);
    m_emptyHint->setText(total == 0 ? tr("No customers yet.")
                                    : tr("No customer matches the search and filters."));
    m_count->setText(shown == total ? tr("%n customer(s)", nullptr, total)
                                    : tr("%1 of %2 customers").arg(shown).arg(total));
}

CustomerId CustomerListPanel::currentCustomer() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return CustomerId::fromString(current.data(CustomerListModel::IdRole).toString());
}

void CustomerListPanel::selectCustomer(const CustomerId &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void CustomerListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Csm
