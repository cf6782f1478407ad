// What the three kinds of adoption file hold: the fields each kind needs, how a header's
// columns are matched to them, and how a mapping is remembered for the next file like it.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <span>

namespace Csm {

enum class ImportKind { Usage, Roster, Training };

// Every field any kind of file can feed. Which ones a kind uses is in importFields().
enum class ImportField {
    UserEmail,
    UserRole,
    Event,
    Feature,
    Timestamp,
    DurationSeconds,
    SeatStart,
    Course,
    RoleTrack,
    CompletedOn,
    Passed,
};

struct ImportFieldSpec
{
    ImportField field;
    const char *key;   // stable name, used by `csmw import-usage --map KEY=COLUMN`
    const char *label; // for QCoreApplication::translate("Csm::Import", label)
    bool required;
};

// The fields of `kind`, required ones first.
std::span<const ImportFieldSpec> importFields(ImportKind kind);
const ImportFieldSpec *importFieldSpec(ImportKind kind, ImportField field);
const ImportFieldSpec *importFieldSpec(ImportKind kind, const QString &key);
QString importFieldLabel(ImportField field);

QString importKindKey(ImportKind kind); // "usage", "roster", "training"
bool importKindFromKey(const QString &key, ImportKind *kind);
QString importKindLabel(ImportKind kind); // "Usage events", "User roster", "Training completions"

// Which column (0-based) feeds each field; a field not in the map is not imported.
using ColumnMapping = QHash<ImportField, int>;

// Matches header names to fields ("E-mail", "user_email", "Email Address" all feed the user
// e-mail), each column feeding at most one field.
ColumnMapping guessMapping(ImportKind kind, const QStringList &header);

// The required fields of `kind` that `mapping` leaves without a column.
QList<ImportField> unmappedRequired(ImportKind kind, const ColumnMapping &mapping);

// A key for the layout of a header, so a mapping chosen once is offered again for the next
// export from the same source: the lower-cased column names, in order.
QString headerFingerprint(ImportKind kind, const QStringList &header);

// The mapping as {"user_email": "Email", ...} (field key to column name) and back.
QJsonObject mappingToJson(ImportKind kind, const ColumnMapping &mapping, const QStringList &header);
ColumnMapping mappingFromJson(ImportKind kind, const QJsonObject &json, const QStringList &header);

// How day and month are ordered in dates like 03/04/2026.
enum class DateOrder { DayFirst, MonthFirst };

} // namespace Csm
