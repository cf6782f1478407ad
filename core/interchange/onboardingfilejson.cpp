#include "onboardingfilejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace Csm {

namespace {

struct InterchangeText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Interchange)
};

void writeMeta(QJsonObject &object, const RecordMeta &meta)
{
    object.insert(QLatin1String("created_at"), timestampToString(meta.createdAt));
    object.insert(QLatin1String("created_by"), meta.createdBy);
    object.insert(QLatin1String("modified_at"), timestampToString(meta.modifiedAt));
    object.insert(QLatin1String("modified_by"), meta.modifiedBy);
}

template<typename R, typename Spec>
QJsonObject writeRecord(const R &record, std::span<const Spec> fields)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), record.id.toString());
    for (const Spec &spec : fields)
        object.insert(QLatin1String(spec.key), fieldToJson(record, spec.member));
    writeMeta(object, record.meta);
    return object;
}

// Reading keeps the path of the value being read, for messages that say where.
class Reader
{
public:
    QString error;

    bool fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(path, what);
        return false;
    }

    bool readText(const QJsonObject &object, const QString &path, const char *key, QString *out,
                  bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const QString at = path + QLatin1Char('.') + QLatin1String(key);
        if (value.isUndefined() && !required)
            return true;
        if (!value.isString())
            return fail(at, value.isUndefined() ? InterchangeText::tr("missing")
                                                : InterchangeText::tr("expected text"));
        *out = value.toString();
        return true;
    }

    bool readTimestamp(const QJsonObject &object, const QString &path, const char *key,
                       QDateTime *out)
    {
        QString text;
        if (!readText(object, path, key, &text))
            return false;
        *out = timestampFromString(text);
        if (!out->isValid())
            return fail(
                path + QLatin1Char('.') + QLatin1String(key),
                InterchangeText::tr("expected a UTC time such as 2026-03-01T09:30:00.000Z"));
        return true;
    }

    bool readMeta(const QJsonObject &object, const QString &path, RecordMeta *meta)
    {
        return readTimestamp(object, path, "created_at", &meta->createdAt) &&
               readText(object, path, "created_by", &meta->createdBy) &&
               readTimestamp(object, path, "modified_at", &meta->modifiedAt) &&
               readText(object, path, "modified_by", &meta->modifiedBy);
    }

    template<typename IdType>
    bool readId(const QJsonObject &object, const QString &path, const char *key, IdType *id)
    {
        QString text;
        if (!readText(object, path, key, &text))
            return false;
        *id = IdType::fromString(text);
        if (id->isNull())
            return fail(path + QLatin1Char('.') + QLatin1String(key),
                        InterchangeText::tr("expected a UUID"));
        return true;
    }

    // `mayBeMissing` tells which fields an older file may lack; they keep their defaults.
    template<typename R, typename Spec>
    bool readFields(const QJsonObject &object, const QString &path, R *record,
                    std::span<const Spec> fields,
                    const std::function<bool(const Spec &)> &mayBeMissing = {})
    {
        for (const Spec &spec : fields) {
            const QJsonValue value = object.value(QLatin1String(spec.key));
            const QString at = path + QLatin1Char('.') + QLatin1String(spec.key);
            if (value.isUndefined() && mayBeMissing && mayBeMissing(spec))
                continue;
            if (value.isUndefined())
                return fail(at, InterchangeText::tr("missing"));
            const QString problem = fieldFromJson(*record, spec.member, value);
            if (!problem.isEmpty())
                return fail(at, problem);
        }
        return true;
    }
};

// A reference to a record the file does not hold, as "path|what", or empty when all resolve.
QString danglingReference(const OnboardingFile &file)
{
    auto has = [](const auto &list, const auto &id) {
        return std::any_of(list.cbegin(), list.cend(), [&](const auto &r) { return r.id == id; });
    };
    const QString missing = InterchangeText::tr("no record with this id in the file");
    for (qsizetype i = 0; i < file.objectives.size(); ++i) {
        const OutcomeId outcome = file.objectives.at(i).outcomeId;
        if (!outcome.isNull() && !has(file.outcomes, outcome))
            return QStringLiteral("objectives[%1].outcome_id|").arg(i) + missing;
    }
    for (qsizetype i = 0; i < file.steps.size(); ++i) {
        const ObjectiveId objective = file.steps.at(i).objectiveId;
        if (!objective.isNull() && !has(file.objectives, objective))
            return QStringLiteral("operational_steps[%1].objective_id|").arg(i) + missing;
    }
    for (qsizetype i = 0; i < file.measurements.size(); ++i) {
        const ObjectiveId objective = file.measurements.at(i).objectiveId;
        if (!objective.isNull() && !has(file.objectives, objective))
            return QStringLiteral("measurements[%1].objective_id|").arg(i) + missing;
    }
    for (qsizetype i = 0; i < file.attendees.size(); ++i) {
        const StakeholderId stakeholder = file.attendees.at(i).stakeholderId;
        if (!stakeholder.isNull() && !has(file.stakeholders, stakeholder))
            return QStringLiteral("kickoff_attendees[%1].stakeholder_id|").arg(i) + missing;
    }
    for (qsizetype i = 0; i < file.tasks.size(); ++i) {
        const WorkstreamId workstream = file.tasks.at(i).workstreamId;
        if (!workstream.isNull() && !has(file.workstreams, workstream))
            return QStringLiteral("tasks[%1].workstream_id|").arg(i) + missing;
    }
    for (qsizetype i = 0; i < file.dependencies.size(); ++i) {
        const TaskDependency &d = file.dependencies.at(i);
        if (!d.predecessorId.isNull() && !has(file.tasks, d.predecessorId))
            return QStringLiteral("dependencies[%1].predecessor_id|").arg(i) + missing;
        if (!d.successorId.isNull() && !has(file.tasks, d.successorId))
            return QStringLiteral("dependencies[%1].successor_id|").arg(i) + missing;
    }
    for (qsizetype i = 0; i < file.gateCriteria.size(); ++i) {
        const GateId gate = file.gateCriteria.at(i).gateId;
        if (!gate.isNull() && !has(file.gates, gate))
            return QStringLiteral("gate_criteria[%1].gate_id|").arg(i) + missing;
    }
    return {};
}

} // namespace

QString jsonSyntaxError(const QByteArray &json, const QJsonParseError &parseError)
{
    // For these errors Qt's offset points just past the character that was wrong.
    qsizetype offset = parseError.offset;
    switch (parseError.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingObject:
    case QJsonParseError::IllegalValue:
        offset = std::max<qsizetype>(0, offset - 1);
        break;
    default:
        break;
    }
    offset = std::min(offset, json.size());
    const QByteArray before = json.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    // Columns count characters, as editors do, not UTF-8 bytes.
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return InterchangeText::tr("line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(parseError.errorString());
}

QByteArray onboardingFileToJson(const OnboardingFile &file)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(OnboardingFileFormat));
    root.insert(QLatin1String("format_version"), OnboardingFileFormatVersion);
    root.insert(QLatin1String("customer"), writeRecord(file.customer, customerFields()));

    QList<Stakeholder> stakeholders = file.stakeholders;
    std::sort(stakeholders.begin(), stakeholders.end(), stakeholderDisplayLess);
    QJsonArray stakeholderArray;
    for (const Stakeholder &stakeholder : stakeholders)
        stakeholderArray.append(writeRecord(stakeholder, stakeholderFields()));
    root.insert(QLatin1String("stakeholders"), stakeholderArray);

    forEachRecordType([&](auto type) {
        using R = decltype(type);
        QList<R> records = file.records<R>();
        std::sort(records.begin(), records.end(), recordCreatedBefore<R>);
        QJsonArray array;
        for (const R &record : std::as_const(records))
            array.append(writeRecord(record, RecordTraits<R>::fields()));
        root.insert(QLatin1String(RecordTraits<R>::jsonKey), array);
    });

    QList<Tombstone> tombstones = file.tombstones;
    std::sort(tombstones.begin(), tombstones.end(), [](const Tombstone &a, const Tombstone &b) {
        return std::tie(a.deletedAt, a.id) < std::tie(b.deletedAt, b.id);
    });
    QJsonArray tombstoneArray;
    for (const Tombstone &tombstone : tombstones) {
        QJsonObject object;
        object.insert(QLatin1String("id"), tombstone.id);
        object.insert(QLatin1String("entity"), tombstone.entity);
        object.insert(QLatin1String("deleted_at"), timestampToString(tombstone.deletedAt));
        object.insert(QLatin1String("deleted_by"), tombstone.deletedBy);
        tombstoneArray.append(object);
    }
    root.insert(QLatin1String("tombstones"), tombstoneArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<OnboardingFile> onboardingFileFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = jsonSyntaxError(json, parseError);
        return std::nullopt;
    }
    Reader reader;
    auto failed = [&]() -> std::optional<OnboardingFile> {
        if (error)
            *error = reader.error;
        return std::nullopt;
    };
    if (!document.isObject()) {
        reader.fail(InterchangeText::tr("top level"), InterchangeText::tr("expected an object"));
        return failed();
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(OnboardingFileFormat)) {
        reader.fail(
            QStringLiteral("format"),
            InterchangeText::tr("expected \"%1\"; this is not a CSM Workspace onboarding file")
                .arg(QLatin1String(OnboardingFileFormat)));
        return failed();
    }
    const QJsonValue version = root.value(QLatin1String("format_version"));
    if (!version.isDouble() || version.toInt() < 1) {
        reader.fail(QStringLiteral("format_version"),
                    InterchangeText::tr("expected a positive whole number"));
        return failed();
    }
    if (version.toInt() > OnboardingFileFormatVersion) {
        reader.fail(QStringLiteral("format_version"),
                    InterchangeText::tr(
                        "version %1 was written by a newer CSM Workspace (this one reads up to %2)")
                        .arg(version.toInt())
                        .arg(OnboardingFileFormatVersion));
        return failed();
    }

    OnboardingFile file;
    const QJsonValue customerValue = root.value(QLatin1String("customer"));
    if (!customerValue.isObject()) {
        reader.fail(QStringLiteral("customer"), InterchangeText::tr("expected an object"));
        return failed();
    }
    const QJsonObject customer = customerValue.toObject();
    const QString customerPath = QStringLiteral("customer");
    const int formatVersion = version.toInt();
    const std::function<bool(const CustomerFieldSpec &)> addedInVersion2 =
        [formatVersion](const CustomerFieldSpec &spec) {
            return (formatVersion < 2 && spec.field >= CustomerField::KickoffDurationMinutes) ||
                   (formatVersion < 4 && spec.field >= CustomerField::LicensedSeats) ||
                   (formatVersion < 5 && spec.field >= CustomerField::GraduationGoalsReviewed);
        };
    if (!reader.readId(customer, customerPath, "id", &file.customer.id) ||
        !reader.readFields(customer, customerPath, &file.customer, customerFields(),
                           addedInVersion2) ||
        !reader.readMeta(customer, customerPath, &file.customer.meta))
        return failed();

    const QJsonValue stakeholders = root.value(QLatin1String("stakeholders"));
    if (!stakeholders.isArray()) {
        reader.fail(QStringLiteral("stakeholders"), InterchangeText::tr("expected a list"));
        return failed();
    }
    int index = 0;
    for (const QJsonValue &value : stakeholders.toArray()) {
        const QString path = QStringLiteral("stakeholders[%1]").arg(index++);
        if (!value.isObject()) {
            reader.fail(path, InterchangeText::tr("expected an object"));
            return failed();
        }
        Stakeholder stakeholder;
        stakeholder.customerId = file.customer.id;
        const QJsonObject object = value.toObject();
        if (!reader.readId(object, path, "id", &stakeholder.id) ||
            !reader.readFields(object, path, &stakeholder, stakeholderFields()) ||
            !reader.readMeta(object, path, &stakeholder.meta))
            return failed();
        const bool duplicate =
            std::any_of(file.stakeholders.cbegin(), file.stakeholders.cend(),
                        [&](const Stakeholder &s) { return s.id == stakeholder.id; });
        if (duplicate) {
            reader.fail(path + QStringLiteral(".id"),
                        InterchangeText::tr("the same id appears twice"));
            return failed();
        }
        file.stakeholders.append(stakeholder);
    }

    bool recordsOk = true;
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        using Traits = RecordTraits<R>;
        const QString key = QLatin1String(Traits::jsonKey);
        if (!recordsOk)
            return;
        const QJsonValue array = root.value(key);
        // Version 2 brought the success plan, kickoff and logs; version 3 the implementation
        // plan; version 5 the whitespace opportunities, survey responses and value items;
        // version 6 the report notes; version 7 the snoozed alerts.
        const int since = Traits::kind >= RecordKind::AlertSnooze   ? 7
                          : Traits::kind >= RecordKind::ReportNote  ? 6
                          : Traits::kind >= RecordKind::Opportunity ? 5
                          : Traits::kind >= RecordKind::Workstream  ? 3
                                                                    : 2;
        if (array.isUndefined() && formatVersion < since)
            return;
        if (!array.isArray()) {
            recordsOk = reader.fail(key, InterchangeText::tr("expected a list"));
            return;
        }
        int i = 0;
        for (const QJsonValue &value : array.toArray()) {
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i++);
            if (!value.isObject()) {
                recordsOk = reader.fail(path, InterchangeText::tr("expected an object"));
                return;
            }
            // Version 4 added the objective's usage metric.
            const std::function<bool(const FieldSpec<R, RecordField<R>> &)> addedInVersion4 =
                [formatVersion](const FieldSpec<R, RecordField<R>> &spec) {
                    return formatVersion < 4 &&
                           QLatin1String(spec.key) == QLatin1String("usage_metric");
                };
            R record;
            record.customerId = file.customer.id;
            const QJsonObject object = value.toObject();
            if (!reader.readId(object, path, "id", &record.id) ||
                !reader.readFields(object, path, &record, Traits::fields(), addedInVersion4) ||
                !reader.readMeta(object, path, &record.meta)) {
                recordsOk = false;
                return;
            }
            const QList<R> &list = file.records<R>();
            if (std::any_of(list.cbegin(), list.cend(),
                            [&](const R &other) { return other.id == record.id; })) {
                recordsOk = reader.fail(path + QStringLiteral(".id"),
                                        InterchangeText::tr("the same id appears twice"));
                return;
            }
            file.records<R>().append(record);
        }
    });
    if (!recordsOk)
        return failed();
    const QString dangling = danglingReference(file);
    if (!dangling.isEmpty()) {
        reader.fail(dangling.section(QLatin1Char('|'), 0, 0),
                    dangling.section(QLatin1Char('|'), 1));
        return failed();
    }

    const QJsonValue tombstones = root.value(QLatin1String("tombstones"));
    if (!tombstones.isArray()) {
        reader.fail(QStringLiteral("tombstones"), InterchangeText::tr("expected a list"));
        return failed();
    }
    index = 0;
    for (const QJsonValue &value : tombstones.toArray()) {
        const QString path = QStringLiteral("tombstones[%1]").arg(index++);
        if (!value.isObject()) {
            reader.fail(path, InterchangeText::tr("expected an object"));
            return failed();
        }
        const QJsonObject object = value.toObject();
        Tombstone tombstone;
        tombstone.customerId = file.customer.id.toString();
        if (!reader.readText(object, path, "id", &tombstone.id) ||
            !reader.readText(object, path, "entity", &tombstone.entity) ||
            !reader.readTimestamp(object, path, "deleted_at", &tombstone.deletedAt) ||
            !reader.readText(object, path, "deleted_by", &tombstone.deletedBy))
            return failed();
        if (StakeholderId::fromString(tombstone.id).isNull()) {
            reader.fail(path + QStringLiteral(".id"), InterchangeText::tr("expected a UUID"));
            return failed();
        }
        QStringList entities{QStringLiteral("customer"), QStringLiteral("stakeholder")};
        forEachRecordType([&](auto type) {
            entities.append(QLatin1String(RecordTraits<decltype(type)>::entity));
        });
        if (!entities.contains(tombstone.entity)) {
            reader.fail(
                path + QStringLiteral(".entity"),
                InterchangeText::tr("expected one of %1").arg(entities.join(QLatin1String(", "))));
            return failed();
        }
        file.tombstones.append(tombstone);
    }
    return file;
}

} // namespace Csm
