#include "usageimporttablemodel.h"

#include "workspace/workspace.h"

#include <QDir>
#include <QLocale>

namespace Csm {

UsageImportTableModel::UsageImportTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::usageChanged, this, [this](const CustomerId &customer) {
        if (customer == m_customer)
            refresh();
    });
    connect(workspace, &Workspace::customerRemoved, this, [this](const CustomerId &customer) {
        if (customer == m_customer)
            refresh();
    });
    connect(workspace, &Workspace::customerAdded, this, [this](const CustomerId &customer) {
        if (customer == m_customer)
            refresh();
    });
}

void UsageImportTableModel::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    refresh();
}

void UsageImportTableModel::refresh()
{
    beginResetModel();
    m_imports = m_workspace->customer(m_customer) ? m_workspace->usageImports(m_customer)
                                                  : QList<UsageImportRecord>();
    endResetModel();
}

const UsageImportRecord *UsageImportTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_imports.size() ? &m_imports.at(row) : nullptr;
}

int UsageImportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_imports.size());
}

int UsageImportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageImportTableModel::data(const QModelIndex &index, int role) const
{
    const UsageImportRecord *record = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!record)
        return {};
    const QLocale locale;
    const auto count = [&](qint64 value) { return locale.toString(value); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return importKindLabel(record->kind);
        case FileColumn:
            return record->fileName;
        case ImportedAtColumn: {
            // To the minute: the seconds say nothing here.
            const QDateTime at = record->importedAt.toLocalTime();
            return tr("%1 %2").arg(locale.toString(at.date(), QLocale::ShortFormat),
                                   at.time().toString(QStringLiteral("HH:mm")));
        }
        case ImportedByColumn:
            return record->importedBy;
        case ImportedColumn:
            return count(record->imported);
        case DuplicatesColumn:
            return count(record->duplicates);
        case RejectedColumn:
            return count(record->rejected);
        default:
            return {};
        }
    case Qt::EditRole:
        // The raw values, for sorting.
        switch (index.column()) {
        case ImportedAtColumn:
            return record->importedAt;
        case ImportedColumn:
            return record->imported;
        case DuplicatesColumn:
            return record->duplicates;
        case RejectedColumn:
            return record->rejected;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= ImportedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return QDir::toNativeSeparators(record->fileName);
        return tr("%1 rows read: %2 imported, %3 already there, %4 rejected")
            .arg(count(record->rowsRead), count(record->imported), count(record->duplicates),
                 count(record->rejected));
    default:
        return {};
    }
}

QVariant UsageImportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= ImportedColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case FileColumn:
        return tr("File");
    case ImportedAtColumn:
        return tr("Imported");
    case ImportedByColumn:
        return tr("By");
    case ImportedColumn:
        return tr("New rows");
    case DuplicatesColumn:
        return tr("Duplicates");
    case RejectedColumn:
        return tr("Rejected");
    default:
        return {};
    }
}

} // namespace Csm
