// The rows an import check rejected, as a table: the row of the file, the column and why.
// Read-only.
#pragma once

#include "adoption/usageimporter.h"

#include <QAbstractTableModel>
#include <QList>

namespace Csm {

class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, ColumnColumn, ReasonColumn, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);

    void setRejects(const QList<RejectedRow> &rejects);
    const QList<RejectedRow> &rejects() const { return m_rejects; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rejects;
};

} // namespace Csm
