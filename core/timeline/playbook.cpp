#include "playbook.h"

#include "interchange/onboardingfilejson.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace Csm {

namespace {

constexpr const char *playbookFormat = "csm-workspace/playbook";
constexpr int playbookFormatVersion = 1;

struct PlaybookText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Playbook)
};

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// Reading keeps the path of the value being read, for messages that say where; the first
// problem found is the one reported.
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

    static QString at(const QString &path, const char *key)
    {
        return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
    }

    bool readText(const QJsonObject &object, const QString &path, const char *key, QString *out,
                  bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        if (!value.isString())
            return fail(at(path, key), value.isUndefined() ? PlaybookText::tr("missing")
                                                           : PlaybookText::tr("expected text"));
        *out = value.toString();
        return true;
    }

    bool readName(const QJsonObject &object, const QString &path, const char *key, QString *out)
    {
        if (!readText(object, path, key, out, true))
            return false;
        if (out->trimmed().isEmpty())
            return fail(at(path, key), PlaybookText::tr("must not be empty"));
        return true;
    }

    bool readInt(const QJsonObject &object, const QString &path, const char *key, int *out,
                 bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 100000)
            return fail(at(path, key), value.isUndefined()
                                           ? PlaybookText::tr("missing")
                                           : PlaybookText::tr("expected a whole number of days"));
        *out = int(number);
        return true;
    }

    bool readBool(const QJsonObject &object, const QString &path, const char *key, bool *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(at(path, key), PlaybookText::tr("expected true or false"));
        *out = value.toBool();
        return true;
    }

    template<typename E>
    bool readEnum(const QJsonObject &object, const QString &path, const char *key, E *out,
                  bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        const std::optional<E> parsed = enumFromKey<E>(value.toString());
        if (!value.isString() || !parsed)
            return fail(at(path, key), value.isUndefined()
                                           ? PlaybookText::tr("missing")
                                           : PlaybookText::tr("expected one of %1")
                                                 .arg(enumKeys<E>().join(QLatin1String(", "))));
        *out = *parsed;
        return true;
    }

    bool readTextList(const QJsonObject &object, const QString &path, const char *key,
                      QStringList *out, bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        if (!value.isArray())
            return fail(at(path, key), value.isUndefined() ? PlaybookText::tr("missing")
                                                           : PlaybookText::tr("expected a list"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(at(path, key)).arg(i);
            if (!array.at(i).isString())
                return fail(itemPath, PlaybookText::tr("expected text"));
            if (array.at(i).toString().trimmed().isEmpty())
                return fail(itemPath, PlaybookText::tr("must not be empty"));
            out->append(array.at(i).toString());
        }
        return true;
    }

    // The array under `key` (empty when missing and not required); false when it is not one.
    bool readArray(const QJsonObject &object, const QString &path, const char *key, QJsonArray *out,
                   bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        if (!value.isArray())
            return fail(at(path, key), value.isUndefined() ? PlaybookText::tr("missing")
                                                           : PlaybookText::tr("expected a list"));
        *out = value.toArray();
        return true;
    }
};

QString taskPath(int workstream, int task)
{
    return QStringLiteral("workstreams[%1].tasks[%2]").arg(workstream).arg(task);
}

// Checks what only the playbook as a whole can tell: dependencies name tasks that exist and
// close no cycle, and at most one milestone is the first value.
bool checkLinks(const Playbook &playbook, Reader &reader)
{
    struct Place
    {
        int workstream;
        int task;
        const PlaybookTask *value;
    };
    QHash<QString, Place> byKey;
    QList<Place> places;
    for (int w = 0; w < playbook.workstreams.size(); ++w) {
        const QList<PlaybookTask> &tasks = playbook.workstreams.at(w).tasks;
        for (int t = 0; t < tasks.size(); ++t) {
            const Place place{w, t, &tasks.at(t)};
            if (byKey.contains(tasks.at(t).key))
                return reader.fail(taskPath(w, t) + QStringLiteral(".key"),
                                   PlaybookText::tr("%1 is the key of another task already")
                                       .arg(quoted(tasks.at(t).key)));
            byKey.insert(tasks.at(t).key, place);
            places.append(place);
        }
    }
    const PlaybookTask *firstValue = nullptr;
    for (const Place &place : std::as_const(places)) {
        const PlaybookTask &task = *place.value;
        const QString path = taskPath(place.workstream, place.task);
        for (const QString &key : task.after) {
            if (key == task.key)
                return reader.fail(path + QStringLiteral(".after"),
                                   PlaybookText::tr("a task cannot come after itself"));
            if (!byKey.contains(key))
                return reader.fail(path + QStringLiteral(".after"),
                                   PlaybookText::tr("no task %1").arg(quoted(key)));
        }
        if (task.firstValue) {
            if (task.type != TaskType::Milestone)
                return reader.fail(path + QStringLiteral(".first_value"),
                                   PlaybookText::tr("only a milestone can be the first value"));
            if (firstValue)
                return reader.fail(path + QStringLiteral(".first_value"),
                                   PlaybookText::tr("%1 is the first value already; a plan has one")
                                       .arg(quoted(firstValue->key)));
            firstValue = &task;
        }
    }

    // Depth-first search; a task met again while its own dependencies are being followed
    // closes a cycle, reported with the tasks on it.
    enum class Mark { None, Active, Done };
    QHash<QString, Mark> marks;
    QStringList trail;
    QStringList cycle;
    std::function<bool(const QString &)> visit = [&](const QString &key) {
        const Mark mark = marks.value(key, Mark::None);
        if (mark == Mark::Done)
            return true;
        if (mark == Mark::Active) {
            cycle = trail.mid(trail.indexOf(key)) + QStringList{key};
            return false;
        }
        marks.insert(key, Mark::Active);
        trail.append(key);
        for (const QString &before : byKey.value(key).value->after) {
            if (!visit(before))
                return false;
        }
        trail.removeLast();
        marks.insert(key, Mark::Done);
        return true;
    };
    for (const Place &place : std::as_const(places)) {
        if (!visit(place.value->key)) {
            const Place start = byKey.value(cycle.first());
            QStringList names;
            for (const QString &key : std::as_const(cycle))
                names.append(quoted(key));
            return reader.fail(taskPath(start.workstream, start.task) + QStringLiteral(".after"),
                               PlaybookText::tr("the tasks wait on each other: %1")
                                   .arg(names.join(QStringLiteral(" \u2192 "))));
        }
    }
    return true;
}

bool readTask(const QJsonObject &object, const QString &path, PlaybookTask *task, Reader &reader)
{
    if (!reader.readName(object, path, "key", &task->key) ||
        !reader.readName(object, path, "name", &task->name) ||
        !reader.readEnum(object, path, "type", &task->type, false) ||
        !reader.readInt(object, path, "start_day", &task->startDay, true))
        return false;
    task->key = task->key.trimmed();
    const bool milestone = task->type == TaskType::Milestone;
    task->durationDays = milestone ? 0 : 1;
    if (!reader.readInt(object, path, "duration_days", &task->durationDays, false))
        return false;
    if (milestone && task->durationDays != 0)
        return reader.fail(Reader::at(path, "duration_days"),
                           PlaybookText::tr("a milestone has no duration; leave it out or give 0"));
    if (!milestone && task->durationDays < 1)
        return reader.fail(Reader::at(path, "duration_days"),
                           PlaybookText::tr("expected 1 or more days"));
    if (!reader.readText(object, path, "vendor_owner", &task->vendorOwner, false) ||
        !reader.readText(object, path, "customer_owner", &task->customerOwner, false) ||
        !reader.readEnum(object, path, "waiting_on", &task->waitingOn, false) ||
        !reader.readBool(object, path, "first_value", &task->firstValue) ||
        !reader.readTextList(object, path, "after", &task->after, false))
        return false;
    for (QString &key : task->after)
        key = key.trimmed();
    return true;
}

bool readWorkstream(const QJsonObject &object, const QString &path, PlaybookWorkstream *workstream,
                    Reader &reader)
{
    QJsonArray tasks;
    if (!reader.readName(object, path, "name", &workstream->name) ||
        !reader.readEnum(object, path, "kind", &workstream->kind, false) ||
        !reader.readText(object, path, "vendor_owner", &workstream->vendorOwner, false) ||
        !reader.readText(object, path, "customer_owner", &workstream->customerOwner, false) ||
        !reader.readArray(object, path, "tasks", &tasks, false))
        return false;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QString taskAt = QStringLiteral("%1.tasks[%2]").arg(path).arg(i);
        if (!tasks.at(i).isObject())
            return reader.fail(taskAt, PlaybookText::tr("expected an object"));
        PlaybookTask task;
        if (!readTask(tasks.at(i).toObject(), taskAt, &task, reader))
            return false;
        workstream->tasks.append(task);
    }
    return true;
}

bool readGate(const QJsonObject &object, const QString &path, PlaybookGate *gate, Reader &reader)
{
    return reader.readEnum(object, path, "kind", &gate->kind, true) &&
           reader.readInt(object, path, "due_day", &gate->dueDay, true) &&
           reader.readTextList(object, path, "criteria", &gate->criteria, false);
}

// Vendor-side roles a playbook may name as owner; a plan made from it names the customer's
// own people in their place when the customer has them.
struct OwnerRole
{
    const char *role;
    QString Customer::*person;
};
constexpr OwnerRole ownerRoles[] = {
    {"CSM", &Customer::csmOwner},
    {"Implementation", &Customer::implementationOwner},
    {"Account executive", &Customer::accountExecutive},
    {"Support escalation", &Customer::supportOwner},
};

QString ownerFor(const QString &owner, const Customer &customer)
{
    for (const OwnerRole &role : ownerRoles) {
        const QString person = (customer.*role.person).trimmed();
        if (!person.isEmpty() &&
            owner.trimmed().compare(QLatin1String(role.role), Qt::CaseInsensitive) == 0)
            return person;
    }
    return owner;
}

QString roleFor(const QString &owner, const Customer &customer)
{
    const QString name = owner.trimmed();
    for (const OwnerRole &role : ownerRoles) {
        if (!name.isEmpty() && name == (customer.*role.person).trimmed())
            return QLatin1String(role.role);
    }
    return owner;
}

// Customer-side roles a playbook may name as owner ("Champion", "Admin owner"): a plan made
// from it names the customer's stakeholder in that role, when there is one.
QString customerOwnerFor(const QString &owner, const QList<Stakeholder> &stakeholders)
{
    const QString role = owner.trimmed();
    for (const Stakeholder &s : stakeholders) {
        const auto &entry = EnumTraits<StakeholderRole>::entries.at(size_t(s.role));
        if (s.side == Side::Customer && !isVendorRole(s.role) && !s.name.trimmed().isEmpty() &&
            role.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return s.name.trimmed();
    }
    return owner;
}

QString customerRoleFor(const QString &owner, const QList<Stakeholder> &stakeholders)
{
    const QString name = owner.trimmed();
    for (const Stakeholder &s : stakeholders) {
        if (s.side == Side::Customer && !isVendorRole(s.role) && !name.isEmpty() &&
            name == s.name.trimmed())
            return QLatin1String(EnumTraits<StakeholderRole>::entries.at(size_t(s.role)).name);
    }
    return owner;
}

// A key made of the name's letters and digits ("Configure SSO" -> "configure_sso"), unique
// among `taken`.
QString keyFor(const QString &name, QSet<QString> &taken)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString base = name.normalized(QString::NormalizationForm_KD).toLower();
    base.replace(separators, QStringLiteral("_"));
    base = base.left(40);
    while (base.startsWith(u'_'))
        base.remove(0, 1);
    while (base.endsWith(u'_'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("task");
    QString key = base;
    for (int n = 2; taken.contains(key); ++n)
        key = base + QLatin1Char('_') + QString::number(n);
    taken.insert(key);
    return key;
}

} // namespace

QByteArray playbookToJson(const Playbook &playbook)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(playbookFormat));
    root.insert(QLatin1String("format_version"), playbookFormatVersion);
    root.insert(QLatin1String("id"), playbook.id);
    root.insert(QLatin1String("name"), playbook.name);
    root.insert(QLatin1String("description"), playbook.description);
    root.insert(QLatin1String("tier"),
                playbook.tier ? QJsonValue(enumKey(*playbook.tier)) : QJsonValue());
    QJsonArray workstreams;
    for (const PlaybookWorkstream &workstream : playbook.workstreams) {
        QJsonArray tasks;
        for (const PlaybookTask &task : workstream.tasks) {
            const bool milestone = task.type == TaskType::Milestone;
            tasks.append(QJsonObject{
                {QLatin1String("key"), task.key},
                {QLatin1String("name"), task.name},
                {QLatin1String("type"), enumKey(task.type)},
                {QLatin1String("start_day"), task.startDay},
                {QLatin1String("duration_days"), milestone ? 0 : std::max(1, task.durationDays)},
                {QLatin1String("vendor_owner"), task.vendorOwner},
                {QLatin1String("customer_owner"), task.customerOwner},
                {QLatin1String("waiting_on"), enumKey(task.waitingOn)},
                {QLatin1String("first_value"), task.firstValue},
                {QLatin1String("after"), QJsonArray::fromStringList(task.after)},
            });
        }
        workstreams.append(QJsonObject{
            {QLatin1String("name"), workstream.name},
            {QLatin1String("kind"), enumKey(workstream.kind)},
            {QLatin1String("vendor_owner"), workstream.vendorOwner},
            {QLatin1String("customer_owner"), workstream.customerOwner},
            {QLatin1String("tasks"), tasks},
        });
    }
    root.insert(QLatin1String("workstreams"), workstreams);
    QJsonArray gates;
    for (const PlaybookGate &gate : playbook.gates) {
        gates.append(QJsonObject{
            {QLatin1String("kind"), enumKey(gate.kind)},
            {QLatin1String("due_day"), gate.dueDay},
            {QLatin1String("criteria"), QJsonArray::fromStringList(gate.criteria)},
        });
    }
    root.insert(QLatin1String("gates"), gates);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Playbook> playbookFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    Reader reader;
    auto failed = [&]() -> std::optional<Playbook> {
        if (error)
            *error = reader.error;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError) {
        reader.error = jsonSyntaxError(json, parseError);
        return failed();
    }
    if (!document.isObject()) {
        reader.fail(PlaybookText::tr("top level"), PlaybookText::tr("expected an object"));
        return failed();
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(playbookFormat)) {
        reader.fail(QStringLiteral("format"),
                    PlaybookText::tr("expected \"%1\"; this is not a CSM Workspace playbook")
                        .arg(QLatin1String(playbookFormat)));
        return failed();
    }
    int version = 0;
    if (!reader.readInt(root, {}, "format_version", &version, true))
        return failed();
    if (version < 1) {
        reader.fail(QStringLiteral("format_version"),
                    PlaybookText::tr("expected a positive whole number"));
        return failed();
    }
    if (version > playbookFormatVersion) {
        reader.fail(QStringLiteral("format_version"),
                    PlaybookText::tr(
                        "version %1 was written by a newer CSM Workspace (this one reads up to %2)")
                        .arg(version)
                        .arg(playbookFormatVersion));
        return failed();
    }

    Playbook playbook;
    QJsonArray workstreams;
    QJsonArray gates;
    if (!reader.readText(root, {}, "id", &playbook.id, false) ||
        !reader.readName(root, {}, "name", &playbook.name) ||
        !reader.readText(root, {}, "description", &playbook.description, false) ||
        !reader.readArray(root, {}, "workstreams", &workstreams, true) ||
        !reader.readArray(root, {}, "gates", &gates, false))
        return failed();
    const QJsonValue tier = root.value(QLatin1String("tier"));
    if (!tier.isUndefined() && !tier.isNull()) {
        Tier value = Tier::Hybrid;
        if (!reader.readEnum(root, {}, "tier", &value, true))
            return failed();
        playbook.tier = value;
    }
    for (qsizetype i = 0; i < workstreams.size(); ++i) {
        const QString path = QStringLiteral("workstreams[%1]").arg(i);
        if (!workstreams.at(i).isObject()) {
            reader.fail(path, PlaybookText::tr("expected an object"));
            return failed();
        }
        PlaybookWorkstream workstream;
        if (!readWorkstream(workstreams.at(i).toObject(), path, &workstream, reader))
            return failed();
        playbook.workstreams.append(workstream);
    }
    for (qsizetype i = 0; i < gates.size(); ++i) {
        const QString path = QStringLiteral("gates[%1]").arg(i);
        if (!gates.at(i).isObject()) {
            reader.fail(path, PlaybookText::tr("expected an object"));
            return failed();
        }
        PlaybookGate gate;
        if (!readGate(gates.at(i).toObject(), path, &gate, reader))
            return failed();
        const bool twice = std::any_of(playbook.gates.cbegin(), playbook.gates.cend(),
                                       [&](const PlaybookGate &g) { return g.kind == gate.kind; });
        if (twice) {
            reader.fail(path + QStringLiteral(".kind"),
                        PlaybookText::tr("the playbook has a %1 gate already")
                            .arg(quoted(enumKey(gate.kind))));
            return failed();
        }
        playbook.gates.append(gate);
    }
    if (!checkLinks(playbook, reader))
        return failed();
    return playbook;
}

QList<Playbook> builtInPlaybooks()
{
    // Parsed once; the files are compiled in and checked by the tests.
    static const QList<Playbook> playbooks = [] {
        QList<Playbook> result;
        for (int i = 0; i < enumCount<Tier>(); ++i) {
            const QString id = enumKey(Tier(i));
            QFile file(QStringLiteral(":/playbooks/%1.json").arg(id));
            QString error;
            std::optional<Playbook> playbook;
            if (file.open(QIODevice::ReadOnly))
                playbook = playbookFromJson(file.readAll(), &error);
            else
                error = file.errorString();
            if (!playbook) {
                qWarning("Built-in playbook %s: %s", qPrintable(id), qPrintable(error));
                continue;
            }
            playbook->id = id;
            playbook->tier = Tier(i);
            playbook->builtIn = true;
            result.append(*playbook);
        }
        return result;
    }();
    return playbooks;
}

Playbook builtInPlaybook(Tier tier)
{
    for (const Playbook &playbook : builtInPlaybooks()) {
        if (playbook.tier == tier)
            return playbook;
    }
    return {};
}

GeneratedPlan generatePlan(const Playbook &playbook, const Customer &customer,
                           const BusinessCalendar &calendar, const QDate &today,
                           const QList<Stakeholder> &stakeholders)
{
    const QDate dayZero = customer.signatureDate.isValid() ? customer.signatureDate : today;
    GeneratedPlan plan;

    QHash<QString, const PlaybookTask *> byKey;
    QHash<QString, WorkstreamId> workstreamOf;
    for (const PlaybookWorkstream &source : playbook.workstreams) {
        Workstream workstream;
        workstream.id = WorkstreamId::create();
        workstream.customerId = customer.id;
        workstream.name = source.name;
        workstream.kind = source.kind;
        workstream.vendorOwner = ownerFor(source.vendorOwner, customer);
        workstream.customerOwner = customerOwnerFor(source.customerOwner, stakeholders);
        plan.workstreams.append(workstream);
        for (const PlaybookTask &task : source.tasks) {
            if (byKey.contains(task.key))
                continue; // a checked playbook has none; the first one counts
            byKey.insert(task.key, &task);
            workstreamOf.insert(task.key, workstream.id);
        }
    }

    // Each task at its day, moved to a business day, and then later if a task it comes after
    // has not finished by then: the plan satisfies its own dependencies from the start.
    struct Dates
    {
        QDate start;
        QDate finish;
    };
    QHash<QString, Dates> dates;
    QSet<QString> visiting;
    std::function<Dates(const QString &)> schedule = [&](const QString &key) -> Dates {
        if (const auto it = dates.constFind(key); it != dates.constEnd())
            return *it;
        const PlaybookTask &task = *byKey.value(key);
        visiting.insert(key);
        QDate start = calendar.nextBusinessDay(dayZero.addDays(task.startDay));
        for (const QString &before : task.after) {
            if (!byKey.contains(before) || visiting.contains(before))
                continue; // unknown or circular: nothing to wait for
            const QDate allowed = calendar.nextBusinessDay(schedule(before).finish.addDays(1));
            start = std::max(start, allowed);
        }
        visiting.remove(key);
        const QDate finish = task.type == TaskType::Milestone
                                 ? start
                                 : calendar.finishAfter(start, std::max(1, task.durationDays));
        return *dates.insert(key, {start, finish});
    };

    QHash<QString, TaskId> ids;
    for (const PlaybookWorkstream &source : playbook.workstreams) {
        for (const PlaybookTask &task : source.tasks) {
            if (ids.contains(task.key) || byKey.value(task.key) != &task)
                continue;
            const Dates when = schedule(task.key);
            PlanTask record;
            record.id = TaskId::create();
            record.customerId = customer.id;
            record.workstreamId = workstreamOf.value(task.key);
            record.name = task.name;
            record.type = task.type;
            record.start = when.start;
            record.finish = when.finish;
            record.vendorOwner = ownerFor(task.vendorOwner, customer);
            record.customerOwner = customerOwnerFor(task.customerOwner, stakeholders);
            record.waitingOn = task.waitingOn;
            record.firstValue = task.firstValue && task.type == TaskType::Milestone;
            record.baselineStart = record.start;
            record.baselineFinish = record.finish;
            ids.insert(task.key, record.id);
            plan.tasks.append(record);
        }
    }
    // A plan has one first-value milestone: the first marked, if a playbook marks several.
    bool firstValueSeen = false;
    for (PlanTask &task : plan.tasks) {
        task.firstValue = task.firstValue && !firstValueSeen;
        firstValueSeen = firstValueSeen || task.firstValue;
    }

    for (const PlaybookWorkstream &source : playbook.workstreams) {
        for (const PlaybookTask &task : source.tasks) {
            if (byKey.value(task.key) != &task)
                continue;
            QSet<QString> linked;
            for (const QString &before : task.after) {
                if (!ids.contains(before) || before == task.key || linked.contains(before))
                    continue;
                linked.insert(before);
                TaskDependency dependency;
                dependency.id = DependencyId::create();
                dependency.customerId = customer.id;
                dependency.predecessorId = ids.value(before);
                dependency.successorId = ids.value(task.key);
                dependency.type = DependencyType::FinishToStart;
                plan.dependencies.append(dependency);
            }
        }
    }

    for (const PlaybookGate &source : playbook.gates) {
        PhaseGate gate;
        gate.id = GateId::create();
        gate.customerId = customer.id;
        gate.kind = source.kind;
        gate.dueDate = calendar.nextBusinessDay(dayZero.addDays(source.dueDay));
        plan.gates.append(gate);
        for (const QString &text : source.criteria) {
            GateCriterion criterion;
            criterion.id = CriterionId::create();
            criterion.customerId = customer.id;
            criterion.gateId = gate.id;
            criterion.criterion = text;
            plan.criteria.append(criterion);
        }
    }
    return plan;
}

Playbook playbookFromPlan(const OnboardingFile &file, const QString &name,
                          const BusinessCalendar &calendar)
{
    const Customer &customer = file.customer;
    QDate dayZero = customer.signatureDate;
    if (!dayZero.isValid()) {
        for (const PlanTask &task : file.tasks) {
            if (task.start.isValid() && (!dayZero.isValid() || task.start < dayZero))
                dayZero = task.start;
        }
    }
    auto dayOf = [&](const QDate &date) {
        return dayZero.isValid() && date.isValid() ? int(dayZero.daysTo(date)) : 0;
    };

    Playbook playbook;
    playbook.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    playbook.name = name;
    playbook.description =
        PlaybookText::tr("Made from the plan of %1.").arg(customer.accountName.trimmed());
    playbook.tier = customer.tier;

    QSet<QString> takenKeys;
    QHash<TaskId, QString> keys;
    for (const PlanTask &task : file.tasks)
        keys.insert(task.id, keyFor(task.name, takenKeys));

    auto toPlaybookTask = [&](const PlanTask &task) {
        PlaybookTask result;
        result.key = keys.value(task.id);
        result.name = task.name;
        result.type = task.type;
        result.startDay = dayOf(task.start.isValid() ? task.start : task.finish);
        result.durationDays =
            task.isMilestone() ? 0 : std::max(1, calendar.workingDays(task.start, task.finish));
        result.vendorOwner = roleFor(task.vendorOwner, customer);
        result.customerOwner = customerRoleFor(task.customerOwner, file.stakeholders);
        result.waitingOn = task.waitingOn;
        result.firstValue = task.firstValue && task.isMilestone();
        // Only finish-to-start links can be written; the dates keep the others' effect.
        for (const TaskDependency &dependency : file.dependencies) {
            if (dependency.successorId == task.id &&
                dependency.type == DependencyType::FinishToStart &&
                keys.contains(dependency.predecessorId) && dependency.predecessorId != task.id) {
                const QString key = keys.value(dependency.predecessorId);
                if (!result.after.contains(key))
                    result.after.append(key);
            }
        }
        return result;
    };

    QSet<TaskId> placed;
    for (const Workstream &workstream : file.workstreams) {
        PlaybookWorkstream result;
        result.name = workstream.name;
        result.kind = workstream.kind;
        result.vendorOwner = roleFor(workstream.vendorOwner, customer);
        result.customerOwner = customerRoleFor(workstream.customerOwner, file.stakeholders);
        for (const PlanTask &task : file.tasks) {
            if (task.workstreamId == workstream.id) {
                result.tasks.append(toPlaybookTask(task));
                placed.insert(task.id);
            }
        }
        if (result.name.trimmed().isEmpty())
            result.name = enumDisplayName(result.kind);
        playbook.workstreams.append(result);
    }
    PlaybookWorkstream others;
    others.name = PlaybookText::tr("Other tasks");
    for (const PlanTask &task : file.tasks) {
        if (!placed.contains(task.id))
            others.tasks.append(toPlaybookTask(task));
    }
    if (!others.tasks.isEmpty())
        playbook.workstreams.append(others);

    // Names must not be empty in a playbook file.
    for (PlaybookWorkstream &workstream : playbook.workstreams) {
        for (PlaybookTask &task : workstream.tasks) {
            if (task.name.trimmed().isEmpty())
                task.name = enumDisplayName(task.type);
        }
    }

    QDate lastFinish;
    for (const PlanTask &task : file.tasks) {
        if (task.finish.isValid() && (!lastFinish.isValid() || task.finish > lastFinish))
            lastFinish = task.finish;
    }
    QList<GateKind> kinds;
    for (const PhaseGate &gate : file.gates) {
        if (kinds.contains(gate.kind))
            continue; // a playbook has one gate of each kind
        kinds.append(gate.kind);
        PlaybookGate result;
        result.kind = gate.kind;
        result.dueDay = dayOf(gate.dueDate.isValid() ? gate.dueDate : lastFinish);
        for (const GateCriterion &criterion : file.gateCriteria) {
            if (criterion.gateId == gate.id && !criterion.criterion.trimmed().isEmpty())
                result.criteria.append(criterion.criterion);
        }
        playbook.gates.append(result);
    }
    return playbook;
}

} // namespace Csm
