// Who created and last changed a record, and when: the basis for merging shared files.
#pragma once

#include <QDateTime>
#include <QString>

namespace Csm {

struct RecordMeta
{
    QDateTime createdAt;
    QString createdBy;
    QDateTime modifiedAt;
    QString modifiedBy;

    friend bool operator==(const RecordMeta &, const RecordMeta &) = default;
};

// A deleted record leaves its id, kind, time and author behind.
struct Tombstone
{
    QString id;
    QString entity; // "customer" or "stakeholder"
    QString customerId;
    QDateTime deletedAt;
    QString deletedBy;

    friend bool operator==(const Tombstone &, const Tombstone &) = default;
};

// Timestamps are stored and exchanged as UTC ISO 8601 with milliseconds.
QString timestampToString(const QDateTime &time);
QDateTime timestampFromString(const QString &text);

} // namespace Csm
