// The history of a customer's usage imports, newest first: what kind of file, which file, when
// and by whom, and how many rows were imported, already there or rejected. Read-only.
#pragma once

#include "domain/id.h"
#include "storage/usagestore.h"

#include <QAbstractTableModel>
#include <QList>

namespace Csm {

class Workspace;

class UsageImportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        FileColumn,
        ImportedAtColumn,
        ImportedByColumn,
        ImportedColumn,
        DuplicatesColumn,
        RejectedColumn,
        ColumnCount
    };

    explicit UsageImportTableModel(Workspace *workspace, QObject *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }
    // Reads the history again from the workspace.
    void refresh();
    const UsageImportRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Workspace *m_workspace;
    CustomerId m_customer;
    QList<UsageImportRecord> m_imports;
};

} // namespace Csm
