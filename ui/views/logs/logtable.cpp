#include "logtable.h"

#include "models/recordtablemodel.h"
#include "widgets/recorddelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Csm {

namespace {

// Text search over every column plus the log's own filter choice.
class LogFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    std::function<bool(int)> accepts;
    QString search;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (accepts && !accepts(sourceRow))
            return false;
        if (search.isEmpty())
            return true;
        const QAbstractItemModel *model = sourceModel();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(sourceRow, column, sourceParent)
                    .data()
                    .toString()
                    .contains(search, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

} // namespace

LogTable::LogTable(RecordTableModelBase *model, const QString &addLabel, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new LogFilterModel(this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_filter(new QComboBox)
    , m_removeButton(new QPushButton(tr("Remove")))
    , m_emptyHint(new QLabel)
    , m_emptyText(tr("Nothing recorded yet."))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(RecordTableModelBase::SortRole);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new RecordDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // creation order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search the table"));
    m_view->setAccessibleName(tr("Records"));
    m_search->setClearButtonEnabled(true);
    m_filter->hide();
    m_removeButton->setEnabled(false);
    auto *add = new QPushButton(addLabel);
    m_emptyHint->setEnabled(false);
    m_emptyHint->setAlignment(Qt::AlignCenter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_filter);
    bar->addWidget(add);
    bar->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint);

    auto *filterModel = static_cast<LogFilterModel *>(m_proxy);
    connect(m_search, &QLineEdit::textChanged, this, [this, filterModel](const QString &text) {
        filterModel->search = text.trimmed();
        filterModel->refilter();
        updateEmptyHint();
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this, filterModel](int index) {
        filterModel->accepts = index >= 0 && index < m_filters.size() ? m_filters.at(index).accepts
                                                                      : std::function<bool(int)>();
        filterModel->refilter();
        updateEmptyHint();
    });
    connect(add, &QPushButton::clicked, this, &LogTable::addRecord);
    connect(m_removeButton, &QPushButton::clicked, this, &LogTable::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeButton->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(model, &RecordTableModelBase::recordsChanged, this, [this, filterModel] {
        // A change of status can move a record in or out of the chosen filter.
        filterModel->refilter();
        updateEmptyHint();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_view->model()->columnCount(); ++column)
            m_view->setColumnWidth(column, qBound(80, m_view->columnWidth(column), 320));
    });
    updateEmptyHint();
}

void LogTable::setFilters(const QList<Filter> &filters)
{
    m_filters = filters;
    m_filter->clear();
    for (const Filter &filter : filters)
        m_filter->addItem(filter.label);
    m_filter->setVisible(!filters.isEmpty());
}

void LogTable::addRecord()
{
    if (!m_add)
        return;
    const int row = m_add();
    if (row < 0)
        return;
    // Show the new record even if the search or filter would hide it.
    m_search->clear();
    m_filter->setCurrentIndex(0);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void LogTable::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    if (!rows.isEmpty() && m_remove)
        m_remove(rows);
}

void LogTable::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyHint();
}

void LogTable::updateEmptyHint()
{
    const bool none = m_model->rowCount() == 0;
    const QString text = none ? m_emptyText : tr("Nothing matches the search and filter.");
    m_emptyHint->setText(text);
    m_emptyHint->setVisible(m_proxy->rowCount() == 0 && !text.isEmpty());
}

} // namespace Csm
