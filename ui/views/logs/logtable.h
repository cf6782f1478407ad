// One governance log as a sortable, searchable, filterable table with add and remove.
#pragma once

#include "domain/id.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Csm {

class RecordTableModelBase;

class LogTable : public QWidget
{
    Q_OBJECT

public:
    // A choice of the filter list: its label and the test a row must pass.
    struct Filter
    {
        QString label;
        std::function<bool(int sourceRow)> accepts;
    };

    LogTable(RecordTableModelBase *model, const QString &addLabel, QWidget *parent = nullptr);

    void setFilters(const QList<Filter> &filters);
    // Called by "Add"; returns the source row of the new record to start editing it.
    void setAdder(std::function<int()> add) { m_add = std::move(add); }
    // Called by "Remove" with the selected source rows.
    void setRemover(std::function<void(const QList<int> &)> remove)
    {
        m_remove = std::move(remove);
    }

    // What the table says while there is no record at all ("Nothing recorded yet." unless
    // set); empty for nothing, when the page explains it elsewhere.
    void setEmptyText(const QString &text);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *filterChoice() const { return m_filter; }
    QLabel *emptyHint() const { return m_emptyHint; }

    void addRecord();
    void removeSelected();

private:
    void updateEmptyHint();

    RecordTableModelBase *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QPushButton *m_removeButton;
    QLabel *m_emptyHint;
    QString m_emptyText;
    QList<Filter> m_filters;
    std::function<int()> m_add;
    std::function<void(const QList<int> &)> m_remove;
};

} // namespace Csm
