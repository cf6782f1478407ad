// The first rows of a file to import, as a table under its header; each column's header says
// which field it feeds, and the columns that feed none are dimmed. Read-only.
#pragma once

#include "adoption/importschema.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Csm {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const QStringList &header, const QList<QStringList> &rows);
    // The columns that feed a field; a column not in it is shown dimmed.
    void setMapping(ImportKind kind, const ColumnMapping &mapping);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString fieldOf(int column) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    ImportKind m_kind = ImportKind::Usage;
    ColumnMapping m_mapping;
};

} // namespace Csm
