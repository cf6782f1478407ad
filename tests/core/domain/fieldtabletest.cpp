// The field tables drive storage, interchange, undo and forms; a wrong row corrupts all four.
#include "coretestprinting.h"
#include "testsupport.h"

#include "domain/customer.h"
#include "domain/onboardingfile.h"
#include "domain/stakeholder.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace Csm;

namespace {

template<typename Spec> QSet<QString> keysOf(std::span<const Spec> fields)
{
    QSet<QString> keys;
    for (const Spec &spec : fields)
        keys.insert(QString::fromLatin1(spec.key));
    return keys;
}

const RecordMeta someMeta{QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC), QStringLiteral("A"),
                          QDateTime(QDate(2026, 1, 6), QTime(8, 0), Qt::UTC), QStringLiteral("B")};

} // namespace

TEST_CASE("Customer field table lists every field once, in enum order")
{
    const auto fields = customerFields();
    REQUIRE(fields.size() == size_t(CustomerField::FirstQbrDate) + 1);
    for (size_t i = 0; i < fields.size(); ++i) {
        INFO("row " << i << " (" << fields[i].key << ")");
        CHECK(fields[i].field == CustomerField(i));
        CHECK(&customerFieldSpec(CustomerField(i)) == &fields[i]);
        CHECK(QString::fromLatin1(fields[i].key)
                  .contains(QRegularExpression(QStringLiteral("^[a-z][a-z_]*$"))));
        CHECK_FALSE(customerFieldLabel(CustomerField(i)).isEmpty());
    }
    CHECK(size_t(keysOf(fields).size()) == fields.size());
}

TEST_CASE("Stakeholder field table lists every field once, in enum order")
{
    const auto fields = stakeholderFields();
    REQUIRE(fields.size() == size_t(StakeholderField::Notes) + 1);
    for (size_t i = 0; i < fields.size(); ++i) {
        INFO("row " << i << " (" << fields[i].key << ")");
        CHECK(fields[i].field == StakeholderField(i));
        CHECK(&stakeholderFieldSpec(StakeholderField(i)) == &fields[i]);
        CHECK_FALSE(stakeholderFieldLabel(StakeholderField(i)).isEmpty());
    }
    CHECK(size_t(keysOf(fields).size()) == fields.size());
}

TEST_CASE("Each customer field reads and writes its own member and no other")
{
    const Customer full = Test::fullOnboardingFile(someMeta).customer;
    const Customer empty;
    for (const CustomerFieldSpec &spec : customerFields()) {
        INFO("field " << spec.key);
        const QVariant value = customerValue(full, spec.field);
        REQUIRE(value != customerValue(empty, spec.field));

        Customer changed = empty;
        setCustomerValue(changed, spec.field, value);
        CHECK(customerValue(changed, spec.field) == value);
        for (const CustomerFieldSpec &other : customerFields()) {
            if (other.field != spec.field) {
                INFO("other field " << other.key);
                CHECK(customerValue(changed, other.field) == customerValue(empty, other.field));
            }
        }
    }

    // Copying every field through the table rebuilds the whole record.
    Customer copy;
    copy.id = full.id;
    copy.meta = full.meta;
    for (const CustomerFieldSpec &spec : customerFields())
        setCustomerValue(copy, spec.field, customerValue(full, spec.field));
    CHECK(copy == full);
}

TEST_CASE("Each stakeholder field reads and writes its own member and no other")
{
    const Stakeholder full = Test::fullOnboardingFile(someMeta).stakeholders.at(1);
    const Stakeholder empty;
    for (const StakeholderFieldSpec &spec : stakeholderFields()) {
        INFO("field " << spec.key);
        const QVariant value = stakeholderValue(full, spec.field);
        REQUIRE(value != stakeholderValue(empty, spec.field));

        Stakeholder changed = empty;
        setStakeholderValue(changed, spec.field, value);
        CHECK(stakeholderValue(changed, spec.field) == value);
        for (const StakeholderFieldSpec &other : stakeholderFields()) {
            if (other.field != spec.field) {
                INFO("other field " << other.key);
                CHECK(stakeholderValue(changed, other.field) ==
                      stakeholderValue(empty, other.field));
            }
        }
    }

    Stakeholder copy;
    copy.id = full.id;
    copy.customerId = full.customerId;
    copy.meta = full.meta;
    for (const StakeholderFieldSpec &spec : stakeholderFields())
        setStakeholderValue(copy, spec.field, stakeholderValue(full, spec.field));
    CHECK(copy == full);
}

TEST_CASE("Field kinds match the type of value a field holds")
{
    const Customer full = Test::fullOnboardingFile(someMeta).customer;
    for (const CustomerFieldSpec &spec : customerFields()) {
        INFO("field " << spec.key);
        const QVariant value = customerValue(full, spec.field);
        switch (spec.kind) {
        case FieldKind::Text:
        case FieldKind::LongText:
        case FieldKind::Email:
            CHECK(value.typeId() == QMetaType::QString);
            break;
        case FieldKind::Integer:
        case FieldKind::Money:
            CHECK(value.typeId() == QMetaType::LongLong);
            break;
        case FieldKind::Date:
            CHECK(value.typeId() == QMetaType::QDate);
            break;
        case FieldKind::Enum:
            CHECK(value.typeId() == QMetaType::Int);
            break;
        case FieldKind::Number:
            CHECK(value.typeId() == QMetaType::Double);
            break;
        case FieldKind::Bool:
            CHECK(value.typeId() == QMetaType::Bool);
            break;
        case FieldKind::Reference:
            CHECK(value.typeId() == QMetaType::QString);
            break;
        }
    }
    CHECK(stakeholderFieldSpec(StakeholderField::Email).kind == FieldKind::Email);
}

TEST_CASE("Every record field table lists its fields once, in enum order")
{
    int kinds = 0;
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        const auto fields = RecordTraits<R>::fields();
        INFO(RecordTraits<R>::table);
        REQUIRE_FALSE(fields.empty());
        for (size_t i = 0; i < fields.size(); ++i) {
            INFO("row " << i << " (" << fields[i].key << ")");
            CHECK(fields[i].field == RecordField<R>(i));
            CHECK(&recordFieldSpec<R>(RecordField<R>(i)) == &fields[i]);
        }
        CHECK(size_t(keysOf(fields).size()) == fields.size());
        ++kinds;
    });
    CHECK(kinds == int(RecordKind::AlertSnooze) + 1);
}

TEST_CASE("Value review record fields read and write their own members")
{
    const OnboardingFile full = Test::fullOnboardingFile(someMeta);
    auto copied = [](const auto &record) {
        using R = std::remove_cvref_t<decltype(record)>;
        R copy;
        copy.id = record.id;
        copy.customerId = record.customerId;
        copy.meta = record.meta;
        for (const auto &spec : RecordTraits<R>::fields())
            setRecordValue(copy, spec.field, recordValue(record, spec.field));
        return copy;
    };
    REQUIRE(full.opportunities.size() == 1);
    REQUIRE(full.surveyResponses.size() == 1);
    REQUIRE(full.valueItems.size() == 1);
    CHECK(copied(full.opportunities.at(0)) == full.opportunities.at(0));
    CHECK(copied(full.surveyResponses.at(0)) == full.surveyResponses.at(0));
    // Each field of the test records is set, so a row pointing at the wrong member leaves
    // one member of the copy at its default.
    CHECK(copied(full.valueItems.at(0)) == full.valueItems.at(0));
}
