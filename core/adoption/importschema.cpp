#include "importschema.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <array>

namespace Csm {

namespace {

constexpr std::array kUsageFields{
    ImportFieldSpec{ImportField::UserEmail, "user_email",
                    QT_TRANSLATE_NOOP("Csm::Import", "User e-mail"), true},
    ImportFieldSpec{ImportField::Event, "event", QT_TRANSLATE_NOOP("Csm::Import", "Event"), true},
    ImportFieldSpec{ImportField::Timestamp, "timestamp", QT_TRANSLATE_NOOP("Csm::Import", "Time"),
                    true},
    ImportFieldSpec{ImportField::UserRole, "user_role", QT_TRANSLATE_NOOP("Csm::Import", "Role"),
                    false},
    ImportFieldSpec{ImportField::Feature, "feature", QT_TRANSLATE_NOOP("Csm::Import", "Feature"),
                    false},
    ImportFieldSpec{ImportField::DurationSeconds, "duration_s",
                    QT_TRANSLATE_NOOP("Csm::Import", "Duration (seconds)"), false},
};

constexpr std::array kRosterFields{
    ImportFieldSpec{ImportField::UserEmail, "user_email",
                    QT_TRANSLATE_NOOP("Csm::Import", "User e-mail"), true},
    ImportFieldSpec{ImportField::UserRole, "user_role", QT_TRANSLATE_NOOP("Csm::Import", "Role"),
                    false},
    ImportFieldSpec{ImportField::SeatStart, "seat_start",
                    QT_TRANSLATE_NOOP("Csm::Import", "Seat start"), false},
};

constexpr std::array kTrainingFields{
    ImportFieldSpec{ImportField::UserEmail, "user_email",
                    QT_TRANSLATE_NOOP("Csm::Import", "User e-mail"), true},
    ImportFieldSpec{ImportField::Course, "course", QT_TRANSLATE_NOOP("Csm::Import", "Course"),
                    true},
    ImportFieldSpec{ImportField::CompletedOn, "completed_on",
                    QT_TRANSLATE_NOOP("Csm::Import", "Completed on"), true},
    ImportFieldSpec{ImportField::RoleTrack, "role_track",
                    QT_TRANSLATE_NOOP("Csm::Import", "Role track"), false},
    ImportFieldSpec{ImportField::Passed, "passed", QT_TRANSLATE_NOOP("Csm::Import", "Passed"),
                    false},
};

// Header names seen in analytics and LMS exports, compared after normalise().
struct Synonyms
{
    ImportField field;
    std::array<const char *, 10> names;
};

constexpr std::array kSynonyms{
    Synonyms{ImportField::UserEmail,
             {"useremail", "email", "emailaddress", "mail", "user", "userid", "login", "username",
              "distinctid", "learneremail"}},
    Synonyms{ImportField::UserRole, {"userrole", "role", "usertype", "persona", "profile"}},
    Synonyms{ImportField::Event, {"event", "eventname", "action", "eventtype", "activity"}},
    Synonyms{ImportField::Feature, {"feature", "featurename", "module", "page", "screen", "area"}},
    Synonyms{ImportField::Timestamp,
             {"timestamp", "time", "eventtime", "datetime", "date", "occurredat", "createdat",
              "eventdate", "when"}},
    Synonyms{ImportField::DurationSeconds,
             {"durations", "duration", "durationseconds", "seconds", "timespent", "sessionlength"}},
    Synonyms{ImportField::SeatStart,
             {"seatstart", "seatstartdate", "provisioned", "provisionedat", "startdate",
              "activatedat", "invitedat", "created", "createdat"}},
    Synonyms{ImportField::Course, {"course", "coursename", "module", "training", "lesson"}},
    Synonyms{ImportField::RoleTrack, {"roletrack", "track", "learningpath", "path", "role"}},
    Synonyms{ImportField::CompletedOn,
             {"completedon", "completed", "completedat", "completiondate", "date", "finishedat"}},
    Synonyms{ImportField::Passed, {"passed", "pass", "result", "status", "outcome", "score"}},
};

// "E-mail Address" -> "emailaddress".
QString normalise(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower())
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

} // namespace

std::span<const ImportFieldSpec> importFields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Usage:
        return kUsageFields;
    case ImportKind::Roster:
        return kRosterFields;
    case ImportKind::Training:
        return kTrainingFields;
    }
    return {};
}

const ImportFieldSpec *importFieldSpec(ImportKind kind, ImportField field)
{
    for (const ImportFieldSpec &spec : importFields(kind))
        if (spec.field == field)
            return &spec;
    return nullptr;
}

const ImportFieldSpec *importFieldSpec(ImportKind kind, const QString &key)
{
    for (const ImportFieldSpec &spec : importFields(kind))
        if (key == QLatin1String(spec.key))
            return &spec;
    return nullptr;
}

QString importFieldLabel(ImportField field)
{
    for (const ImportKind kind : {ImportKind::Usage, ImportKind::Roster, ImportKind::Training})
        if (const ImportFieldSpec *spec = importFieldSpec(kind, field))
            return QCoreApplication::translate("Csm::Import", spec->label);
    return {};
}

QString importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Usage:
        return QStringLiteral("usage");
    case ImportKind::Roster:
        return QStringLiteral("roster");
    case ImportKind::Training:
        return QStringLiteral("training");
    }
    return {};
}

bool importKindFromKey(const QString &key, ImportKind *kind)
{
    for (const ImportKind k : {ImportKind::Usage, ImportKind::Roster, ImportKind::Training}) {
        if (importKindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString importKindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Usage:
        return QCoreApplication::translate("Csm::Import", "Usage events");
    case ImportKind::Roster:
        return QCoreApplication::translate("Csm::Import", "User roster");
    case ImportKind::Training:
        return QCoreApplication::translate("Csm::Import", "Training completions");
    }
    return {};
}

ColumnMapping guessMapping(ImportKind kind, const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names.append(normalise(h));
    ColumnMapping mapping;
    QList<int> taken;
    // Earlier synonyms are stronger: first try every field's best name, then the next.
    for (size_t rank = 0; rank < 10; ++rank) {
        for (const ImportFieldSpec &spec : importFields(kind)) {
            if (mapping.contains(spec.field))
                continue;
            for (const Synonyms &s : kSynonyms) {
                if (s.field != spec.field || !s.names[rank])
                    continue;
                const int column = int(names.indexOf(QLatin1String(s.names[rank])));
                if (column >= 0 && !taken.contains(column)) {
                    mapping.insert(spec.field, column);
                    taken.append(column);
                }
            }
        }
    }
    return mapping;
}

QList<ImportField> unmappedRequired(ImportKind kind, const ColumnMapping &mapping)
{
    QList<ImportField> missing;
    for (const ImportFieldSpec &spec : importFields(kind))
        if (spec.required && mapping.value(spec.field, -1) < 0)
            missing.append(spec.field);
    return missing;
}

QString headerFingerprint(ImportKind kind, const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names.append(h.trimmed().toLower());
    return importKindKey(kind) + QLatin1Char(':') + names.join(QLatin1Char('|'));
}

QJsonObject mappingToJson(ImportKind kind, const ColumnMapping &mapping, const QStringList &header)
{
    QJsonObject json;
    for (const ImportFieldSpec &spec : importFields(kind)) {
        const int column = mapping.value(spec.field, -1);
        if (column >= 0 && column < header.size())
            json.insert(QLatin1String(spec.key), header.at(column));
    }
    return json;
}

ColumnMapping mappingFromJson(ImportKind kind, const QJsonObject &json, const QStringList &header)
{
    ColumnMapping mapping;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const ImportFieldSpec *spec = importFieldSpec(kind, it.key());
        const int column = int(header.indexOf(it.value().toString()));
        if (spec && column >= 0)
            mapping.insert(spec->field, column);
    }
    return mapping;
}

} // namespace Csm
