// The workspace's record of shared files: the content of every exchange (for the base of a
// merge) and the shared file each customer was last saved to. Bookkeeping, not edits: it is
// written outside the undo stack.
#pragma once

#include "domain/id.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Csm {

struct ShareSnapshot
{
    QString id; // the exchange id
    CustomerId customer;
    QDateTime exchangedAt;
    QString direction; // "sent" or "received"
    QString filePath;
};

struct RememberedSharedFile
{
    CustomerId customer;
    QString path;
    qint64 size = 0;
    QDateTime modifiedAt;
};

class ShareStore
{
public:
    explicit ShareStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Keeps an exchange; one already kept stays as it was. Returns an error or empty.
    QString insertSnapshot(const ShareSnapshot &snapshot, const QByteArray &content) const;
    // The customer's exchanges, oldest first.
    QList<ShareSnapshot> snapshots(const CustomerId &customer) const;
    std::optional<QByteArray> snapshotContent(const QString &id) const;

    QString rememberSharedFile(const RememberedSharedFile &file) const;
    QString forgetSharedFile(const CustomerId &customer) const;
    QList<RememberedSharedFile> sharedFiles() const;
    std::optional<RememberedSharedFile> sharedFile(const CustomerId &customer) const;

private:
    QSqlDatabase m_db;
};

} // namespace Csm
