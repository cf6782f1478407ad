// Reads and writes the playbook templates the user saved (the built-in ones ship with the
// application). A row holds the template as JSON, the format of resources/playbooks.
#pragma once

#include "domain/recordmeta.h"
#include "timeline/playbook.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Csm {

// A playbook the user saved, with who saved it and when.
struct SavedPlaybook
{
    Playbook playbook; // its id is the row's
    RecordMeta meta;
    bool operator==(const SavedPlaybook &) const = default;
};

class PlaybookStore
{
public:
    explicit PlaybookStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Each function returns an empty string on success, else what went wrong. loadAll leaves
    // out a row whose definition does not read (one written by a newer version), and names
    // it in `unreadable` ("Rollout: format_version: ...") without failing.
    QString loadAll(QList<SavedPlaybook> *playbooks, QStringList *unreadable = nullptr) const;
    // Adds the playbook, or replaces the one with its id.
    QString save(const SavedPlaybook &playbook) const;
    QString remove(const QString &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace Csm
