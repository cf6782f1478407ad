#include "importpreviewmodel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace Csm {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPreview(const QStringList &header, const QList<QStringList> &rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    endResetModel();
}

void ImportPreviewModel::setMapping(ImportKind kind, const ColumnMapping &mapping)
{
    m_kind = kind;
    m_mapping = mapping;
    if (!m_header.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_header.size()) - 1);
    if (!m_rows.isEmpty() && !m_header.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole, Qt::ToolTipRole});
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QString ImportPreviewModel::fieldOf(int column) const
{
    for (const ImportFieldSpec &spec : importFields(m_kind))
        if (m_mapping.value(spec.field, -1) == column)
            return importFieldLabel(spec.field);
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        // A short row shows empty cells; the check says what is missing.
        return index.column() < row.size() ? row.at(index.column()) : QString();
    case Qt::ForegroundRole:
        if (fieldOf(index.column()).isEmpty())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // Rows numbered as a spreadsheet numbers them: the header is row 1.
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return QLocale().toString(section + 2);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const QString field = fieldOf(section);
    switch (role) {
    case Qt::DisplayRole:
        // The column's name over what it feeds.
        return tr("%1\n%2").arg(m_header.at(section), field.isEmpty() ? tr("not imported") : field);
    case Qt::ToolTipRole:
        return field.isEmpty()
                   ? tr("Column \u201c%1\u201d is not imported").arg(m_header.at(section))
                   : tr("Column \u201c%1\u201d feeds %2").arg(m_header.at(section), field);
    case Qt::FontRole:
        if (!field.isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

} // namespace Csm
