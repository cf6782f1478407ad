// Reads a customer's imported usage data: the rollups the adoption metrics are computed from,
// the history of imports, and the column mappings remembered for the next file. (Writing is
// the importer's: see adoption/usageimporter.h.)
#pragma once

#include "adoption/adoptionmetrics.h"
#include "adoption/importschema.h"
#include "adoption/usageimporter.h"
#include "domain/id.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Csm {

// One import, as the history lists it.
struct UsageImportRecord
{
    QString id; // UUID
    ImportKind kind = ImportKind::Usage;
    QString fileName;
    QDateTime importedAt;
    QString importedBy;
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
};

class UsageStore
{
public:
    explicit UsageStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Empty rollups when the customer has no usage data. On a database error returns empty
    // rollups and sets `error`.
    UsageRollups rollups(const CustomerId &customer, QString *error = nullptr) const;
    // Every customer's rollups at once, read table by table: for the portfolio, which needs
    // them all and would otherwise run six queries per customer. The user days come by user,
    // then day, not by day as rollups() gives them (the adoption metrics do not depend on the
    // order). Customers without usage data are left out. On a database error returns what was
    // read and sets `error`.
    QHash<CustomerId, UsageRollups> allRollups(QString *error = nullptr) const;
    // Newest first.
    QList<UsageImportRecord> imports(const CustomerId &customer) const;
    std::optional<RememberedMapping> rememberedMapping(ImportKind kind,
                                                       const QString &fingerprint) const;
    // How many raw events the customer has, for the share dialog and the history.
    qint64 eventCount(const CustomerId &customer) const;

private:
    QSqlDatabase m_db;
};

} // namespace Csm
