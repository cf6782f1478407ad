#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "interchange/onboardingfilejson.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Csm;

namespace {

const QString goldenPath =
    QStringLiteral(CSM_TEST_DATA_DIR "/interchange/full-onboarding-file.json");

// A full file with fixed ids and times, so its JSON never changes.
OnboardingFile fixedFile()
{
    const QDateTime created(QDate(2026, 2, 1), QTime(14, 5, 9, 120), Qt::UTC);
    const RecordMeta meta{created, QStringLiteral("Cara Success"), created.addDays(3),
                          QStringLiteral("Ann Exec")};
    OnboardingFile file = Test::fullOnboardingFile(meta);
    file.customer.id = CustomerId::fromString(u"3f0c8a52-7d1e-4b6a-9c2f-5e8d1a7b4c90");
    REQUIRE_FALSE(file.customer.id.isNull());
    const char16_t *stakeholderIds[] = {u"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                                        u"b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"};
    for (qsizetype i = 0; i < file.stakeholders.size(); ++i) {
        file.stakeholders[i].id = StakeholderId::fromString(stakeholderIds[i]);
        file.stakeholders[i].customerId = file.customer.id;
    }
    // Fixed ids for the other records, keeping their links.
    int n = 0;
    auto fixed = [&n] {
        return QUuid::fromString(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(++n, 12, 10, QLatin1Char('0')));
    };
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        for (R &record : file.records<R>()) {
            record.id = typename RecordTraits<R>::Id(fixed());
            record.customerId = file.customer.id;
        }
    });
    file.objectives[0].outcomeId = file.outcomes.at(0).id;
    file.steps[0].objectiveId = file.objectives.at(0).id;
    file.measurements[0].objectiveId = file.objectives.at(0).id;
    file.attendees[0].stakeholderId = file.stakeholders.at(0).id;
    for (PlanTask &task : file.tasks)
        task.workstreamId = file.workstreams.at(0).id;
    file.dependencies[0].predecessorId = file.tasks.at(0).id;
    file.dependencies[0].successorId = file.tasks.at(1).id;
    file.gateCriteria[0].gateId = file.gates.at(0).id;
    file.tombstones.append({QStringLiteral("c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f"),
                            QStringLiteral("stakeholder"), file.customer.id.toString(),
                            created.addDays(2), QStringLiteral("Cara Success")});
    return file;
}

QJsonObject exportedObject(const OnboardingFile &file)
{
    return QJsonDocument::fromJson(onboardingFileToJson(file)).object();
}

QString importError(const QByteArray &json)
{
    QString error;
    const auto file = onboardingFileFromJson(json, &error);
    CHECK_FALSE(file);
    CHECK_FALSE(error.isEmpty());
    return error;
}

QString importError(const QJsonObject &root)
{
    return importError(QJsonDocument(root).toJson());
}

} // namespace

TEST_CASE("The JSON of a full onboarding file matches the golden file")
{
    const QByteArray json = onboardingFileToJson(fixedFile());
    if (qEnvironmentVariableIsSet("CSM_UPDATE_GOLDEN"))
        Test::writeBytes(goldenPath, json);
    CHECK(json == Test::readBytes(goldenPath));
}

TEST_CASE("The golden file reads back as the file it was written from")
{
    QString error;
    const auto file = onboardingFileFromJson(Test::readBytes(goldenPath), &error);
    INFO(error.toStdString());
    REQUIRE(file);
    CHECK(*file == fixedFile());
}

TEST_CASE("Export, import into a fresh workspace, export again gives the same bytes")
{
    Test::TempWorkspace source;
    OnboardingFile original = Test::fullOnboardingFile(source->newMeta());
    original.tombstones.append(source->makeTombstone(
        StakeholderId::create().toString(), QStringLiteral("stakeholder"), original.customer.id));
    source->undoStack()->push(new AddCustomer(source.get(), original));
    const QByteArray exported = onboardingFileToJson(source->onboardingFile(original.customer.id));

    QString error;
    const auto imported = onboardingFileFromJson(exported, &error);
    INFO(error.toStdString());
    REQUIRE(imported);
    CHECK(*imported == original);

    Test::TempWorkspace target;
    target->setAuthor(QStringLiteral("Someone Else"));
    target.advance(86400000);
    target->undoStack()->push(new AddCustomer(target.get(), *imported));
    target.reopen();
    CHECK(onboardingFileToJson(target->onboardingFile(original.customer.id)) == exported);
}

TEST_CASE("Export does not depend on the order records are held in")
{
    OnboardingFile file = fixedFile();
    const QByteArray json = onboardingFileToJson(file);
    std::reverse(file.stakeholders.begin(), file.stakeholders.end());
    file.tombstones.prepend({QStringLiteral("later"), QStringLiteral("stakeholder"),
                             file.customer.id.toString(),
                             file.tombstones.first().deletedAt.addSecs(1), QStringLiteral("X")});
    std::reverse(file.tombstones.begin(), file.tombstones.end());
    const QJsonArray tombstones = exportedObject(file).value(QLatin1String("tombstones")).toArray();
    REQUIRE(tombstones.size() == 2);
    CHECK(tombstones.at(1).toObject().value(QLatin1String("id")).toString() ==
          QLatin1String("later"));
    file.tombstones.removeIf([](const Tombstone &t) { return t.id == QLatin1String("later"); });
    CHECK(onboardingFileToJson(file) == json);
}

TEST_CASE("Malformed JSON is reported with line and column")
{
    const QByteArray json = "{\n"
                            "  \"format\": \"csm-workspace/onboarding-file\",\n"
                            "  \"format_version\": 1\n"
                            "  \"customer\": {}\n"
                            "}\n";
    const QString error = importError(json);
    INFO(error.toStdString());
    CHECK(error.startsWith(QLatin1String("line 4, column 3: ")));
}

TEST_CASE("Syntax errors point at the character that is wrong")
{
    struct Case
    {
        QByteArray json;
        const char *where;
    };
    const QList<Case> cases{
        {"", "line 1, column 1: "},
        {"x", "line 1, column 1: "},
        {"{}\n  x", "line 2, column 3: "},
        {"[1,]", "line 1, column 4: "},
        {"{\"a\" 1}", "line 1, column 6: "},
        {"{\"a\": oops}", "line 1, column 7: "},
        {"{\"a\":\n  [1 2]}", "line 2, column 6: "},
    };
    for (const Case &c : cases) {
        INFO(c.json.toStdString());
        const QString error = importError(c.json);
        INFO(error.toStdString());
        CHECK(error.startsWith(QLatin1String(c.where)));
    }
}

TEST_CASE("Columns of syntax errors count characters, not bytes")
{
    const QByteArray json = "{\"name\": \"Grüße\" \"x\": 1}";
    const QString error = importError(json);
    INFO(error.toStdString());
    CHECK(error.startsWith(QLatin1String("line 1, column 18: ")));
}

TEST_CASE("A file that is not an onboarding file is refused")
{
    QJsonObject root = exportedObject(fixedFile());
    root.insert(QLatin1String("format"), QStringLiteral("acme/contacts"));
    const QString error = importError(root);
    CHECK(error.startsWith(QLatin1String("format: ")));
    CHECK(error.contains(QLatin1String(OnboardingFileFormat)));

    root.remove(QLatin1String("format"));
    CHECK(importError(root).startsWith(QLatin1String("format: ")));
    CHECK(importError(QByteArrayLiteral("[1, 2]")).contains(QLatin1String("expected an object")));
}

TEST_CASE("A file from a newer format version is refused")
{
    QJsonObject root = exportedObject(fixedFile());
    root.insert(QLatin1String("format_version"), OnboardingFileFormatVersion + 1);
    const QString error = importError(root);
    INFO(error.toStdString());
    CHECK(error.startsWith(QLatin1String("format_version: ")));
    CHECK(error.contains(QLatin1String("newer")));
    CHECK(error.contains(QString::number(OnboardingFileFormatVersion + 1)));

    root.insert(QLatin1String("format_version"), 0);
    CHECK(importError(root).startsWith(QLatin1String("format_version: ")));
    root.insert(QLatin1String("format_version"), QStringLiteral("1"));
    CHECK(importError(root).startsWith(QLatin1String("format_version: ")));
}

TEST_CASE("A bad date names its path")
{
    QJsonObject root = exportedObject(fixedFile());
    QJsonObject customer = root.value(QLatin1String("customer")).toObject();
    for (const char *bad : {"2026-02-30", "01.02.2026", "soon"}) {
        INFO(bad);
        customer.insert(QLatin1String("signature_date"), QString::fromLatin1(bad));
        root.insert(QLatin1String("customer"), customer);
        const QString error = importError(root);
        INFO(error.toStdString());
        CHECK(error.startsWith(QLatin1String("customer.signature_date: ")));
        CHECK(error.contains(QLatin1String("YYYY-MM-DD")));
    }
    // Null and the empty string both mean "no date".
    customer.insert(QLatin1String("signature_date"), QJsonValue::Null);
    root.insert(QLatin1String("customer"), customer);
    QString error;
    const auto file = onboardingFileFromJson(QJsonDocument(root).toJson(), &error);
    REQUIRE(file);
    CHECK_FALSE(file->customer.signatureDate.isValid());
}

TEST_CASE("A bad enum value names its path and the allowed values")
{
    QJsonObject root = exportedObject(fixedFile());
    QJsonArray stakeholders = root.value(QLatin1String("stakeholders")).toArray();
    QJsonObject second = stakeholders.at(1).toObject();
    second.insert(QLatin1String("role"), QStringLiteral("boss"));
    stakeholders.replace(1, second);
    root.insert(QLatin1String("stakeholders"), stakeholders);
    const QString error = importError(root);
    INFO(error.toStdString());
    CHECK(error.startsWith(QLatin1String("stakeholders[1].role: ")));
    CHECK(error.contains(QLatin1String("executive_sponsor")));
    CHECK(error.contains(QLatin1String("support_escalation")));
}

TEST_CASE("Missing and mistyped values name their path")
{
    const QJsonObject valid = exportedObject(fixedFile());
    auto withCustomer = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject root = valid;
        QJsonObject customer = root.value(QLatin1String("customer")).toObject();
        edit(customer);
        root.insert(QLatin1String("customer"), customer);
        return importError(root);
    };
    CHECK(withCustomer([](QJsonObject &c) { c.remove(QLatin1String("industry")); }) ==
          QLatin1String("customer.industry: missing"));
    CHECK(withCustomer([](QJsonObject &c) {
              c.insert(QLatin1String("arr"), QStringLiteral("lots"));
          }).startsWith(QLatin1String("customer.arr: ")));
    CHECK(withCustomer([](QJsonObject &c) {
              c.insert(QLatin1String("arr"), 12.5);
          }).startsWith(QLatin1String("customer.arr: ")));
    CHECK(withCustomer([](QJsonObject &c) {
              c.insert(QLatin1String("notes"), 5);
          }).startsWith(QLatin1String("customer.notes: ")));
    CHECK(withCustomer([](QJsonObject &c) {
              c.insert(QLatin1String("id"), QStringLiteral("x"));
          }).startsWith(QLatin1String("customer.id: ")));
    CHECK(withCustomer([](QJsonObject &c) {
              c.insert(QLatin1String("modified_at"), QStringLiteral("tuesday"));
          }).startsWith(QLatin1String("customer.modified_at: ")));

    QJsonObject root = valid;
    QJsonArray stakeholders = root.value(QLatin1String("stakeholders")).toArray();
    stakeholders.append(stakeholders.at(0));
    root.insert(QLatin1String("stakeholders"), stakeholders);
    CHECK(importError(root).startsWith(QLatin1String("stakeholders[2].id: ")));
}

TEST_CASE("Dates with a time and timestamps without a zone are refused, not bent")
{
    QJsonObject root = exportedObject(fixedFile());
    QJsonObject customer = root.value(QLatin1String("customer")).toObject();
    customer.insert(QLatin1String("signature_date"), QStringLiteral("2026-03-02T10:00:00"));
    root.insert(QLatin1String("customer"), customer);
    CHECK(importError(root).startsWith(QLatin1String("customer.signature_date: ")));

    root = exportedObject(fixedFile());
    customer = root.value(QLatin1String("customer")).toObject();
    customer.insert(QLatin1String("created_at"), QStringLiteral("2026-02-01T14:05:09.120"));
    root.insert(QLatin1String("customer"), customer);
    CHECK(importError(root).startsWith(QLatin1String("customer.created_at: ")));

    // An explicit offset is a zone, and is read as the same instant in UTC.
    customer.insert(QLatin1String("created_at"), QStringLiteral("2026-02-01T15:05:09.120+01:00"));
    root.insert(QLatin1String("customer"), customer);
    QString error;
    const auto file = onboardingFileFromJson(QJsonDocument(root).toJson(), &error);
    INFO(error.toStdString());
    REQUIRE(file);
    CHECK(file->customer.meta.createdAt ==
          QDateTime(QDate(2026, 2, 1), QTime(14, 5, 9, 120), Qt::UTC));
}

TEST_CASE("Tombstones must name a record id and a known kind of record")
{
    auto withTombstone = [](const char *key, const QJsonValue &value) {
        QJsonObject root = exportedObject(fixedFile());
        QJsonArray tombstones = root.value(QLatin1String("tombstones")).toArray();
        QJsonObject first = tombstones.at(0).toObject();
        first.insert(QLatin1String(key), value);
        tombstones.replace(0, first);
        root.insert(QLatin1String("tombstones"), tombstones);
        return importError(root);
    };
    CHECK(withTombstone("entity", QStringLiteral("banana"))
              .startsWith(QLatin1String("tombstones[0].entity: ")));
    CHECK(withTombstone("id", QStringLiteral("not-a-uuid"))
              .startsWith(QLatin1String("tombstones[0].id: ")));
}

TEST_CASE("A format version 4 file reads without value review records and graduation checklist")
{
    const OnboardingFile full = fixedFile();
    QJsonObject root = exportedObject(full);
    root.insert(QLatin1String("format_version"), 4);
    for (const char *key : {"whitespace_opportunities", "survey_responses", "value_items"})
        root.remove(QLatin1String(key));
    QJsonObject customer = root.value(QLatin1String("customer")).toObject();
    for (const char *key : {"graduation_goals_reviewed", "graduation_new_goals_set", "ongoing_csm",
                            "ongoing_check_in_cadence", "first_qbr_date"})
        customer.remove(QLatin1String(key));
    root.insert(QLatin1String("customer"), customer);

    QString error;
    const auto file = onboardingFileFromJson(QJsonDocument(root).toJson(), &error);
    INFO(error.toStdString());
    REQUIRE(file);
    CHECK(file->opportunities.isEmpty());
    CHECK(file->surveyResponses.isEmpty());
    CHECK(file->valueItems.isEmpty());
    const Customer defaults;
    CHECK(file->customer.graduationGoalsReviewed == defaults.graduationGoalsReviewed);
    CHECK(file->customer.graduationNewGoalsSet == defaults.graduationNewGoalsSet);
    CHECK(file->customer.ongoingCsm.isEmpty());
    CHECK(file->customer.ongoingCheckInCadence.isEmpty());
    CHECK_FALSE(file->customer.firstQbrDate.isValid());
    // Everything older is read as before.
    CHECK(file->customer.activationEvent == full.customer.activationEvent);
    CHECK(file->gateCriteria == full.gateCriteria);
}

TEST_CASE("A format version 5 file must carry the value review arrays and checklist")
{
    const QJsonObject valid = exportedObject(fixedFile());
    for (const char *key : {"whitespace_opportunities", "survey_responses", "value_items"}) {
        QJsonObject root = valid;
        root.remove(QLatin1String(key));
        CHECK(importError(root) == QLatin1String(key) + QLatin1String(": expected a list"));
    }
    QJsonObject root = valid;
    QJsonObject customer = root.value(QLatin1String("customer")).toObject();
    customer.remove(QLatin1String("first_qbr_date"));
    root.insert(QLatin1String("customer"), customer);
    CHECK(importError(root) == QLatin1String("customer.first_qbr_date: missing"));

    root = valid;
    QJsonArray values = root.value(QLatin1String("value_items")).toArray();
    QJsonObject item = values.at(0).toObject();
    item.insert(QLatin1String("hourly_rate"), QStringLiteral("eighty"));
    values.replace(0, item);
    root.insert(QLatin1String("value_items"), values);
    CHECK(importError(root).startsWith(QLatin1String("value_items[0].hourly_rate: ")));

    root = valid;
    QJsonArray opportunities = root.value(QLatin1String("whitespace_opportunities")).toArray();
    QJsonObject opportunity = opportunities.at(0).toObject();
    opportunity.insert(QLatin1String("status"), QStringLiteral("maybe"));
    opportunities.replace(0, opportunity);
    root.insert(QLatin1String("whitespace_opportunities"), opportunities);
    const QString error = importError(root);
    CHECK(error.startsWith(QLatin1String("whitespace_opportunities[0].status: ")));
    CHECK(error.contains(QLatin1String("not_started, exploring, proposed, won, lost")));
}
