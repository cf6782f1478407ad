#include "rejectedrowsmodel.h"

#include <QLocale>

namespace Csm {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RejectedRowsModel::setRejects(const QList<RejectedRow> &rejects)
{
    beginResetModel();
    m_rejects = rejects;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &reject = m_rejects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return QLocale().toString(reject.line);
        case ColumnColumn:
            return reject.column.isEmpty() ? tr("Whole row") : reject.column;
        case ReasonColumn:
            return reject.reason;
        }
        break;
    case Qt::EditRole: // the raw values, for sorting and tests
        switch (index.column()) {
        case RowColumn:
            return reject.line;
        case ColumnColumn:
            return reject.column;
        case ReasonColumn:
            return reject.reason;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return reject.reason;
        break;
    default:
        break;
    }
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RowColumn:
            return tr("Row");
        case ColumnColumn:
            return tr("Column");
        case ReasonColumn:
            return tr("Reason");
        }
    }
    if (role == Qt::ToolTipRole && section == RowColumn)
        return tr("The row of the file as a spreadsheet numbers it: the header is row 1");
    return {};
}

} // namespace Csm
