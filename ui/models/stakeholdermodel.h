// One customer's stakeholders on both sides, editable in place; every edit is an undo command.
#pragma once

#include "domain/id.h"
#include "domain/stakeholder.h"

#include <QAbstractTableModel>

namespace Csm {

class Workspace;

class StakeholderModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TitleColumn,
        EmailColumn,
        PhoneColumn,
        SideColumn,
        RoleColumn,
        SentimentColumn,
        LastContactColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString id
        ProblemRole,               // QString: what is wrong with this cell, empty when fine
        SideRole,                  // int Side of the row
    };

    explicit StakeholderModel(Workspace *workspace, QObject *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static StakeholderField fieldOf(int column);
    StakeholderId stakeholderAt(int row) const;
    int rowOf(const StakeholderId &id) const;

    // Every problem of every row, as "Row 2, E-mail: ..." lines for a summary under the table.
    QStringList problemSummary() const;

Q_SIGNALS:
    void problemsChanged();

private:
    void reload();
    void onAdded(const CustomerId &customer, const StakeholderId &id);
    void onRemoved(const CustomerId &customer, const StakeholderId &id);
    void onChanged(const CustomerId &customer, const StakeholderId &id);
    QList<StakeholderId> sortedIds() const;

    Workspace *m_workspace;
    CustomerId m_customer;
    QList<StakeholderId> m_rows;
};

} // namespace Csm
