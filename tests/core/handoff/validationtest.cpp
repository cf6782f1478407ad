#include "coretestprinting.h"
#include "testsupport.h"

#include "handoff/validation.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

const RecordMeta meta{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC), QStringLiteral("Sam"),
                      QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC), QStringLiteral("Sam")};

QList<CustomerField> fieldsOf(const QList<CustomerProblem> &problems)
{
    QList<CustomerField> fields;
    for (const CustomerProblem &p : problems)
        fields.append(p.field);
    return fields;
}

QList<StakeholderField> fieldsOf(const QList<StakeholderProblem> &problems)
{
    QList<StakeholderField> fields;
    for (const StakeholderProblem &p : problems)
        fields.append(p.field);
    return fields;
}

} // namespace

TEST_CASE("A fully filled customer has no problems")
{
    const OnboardingFile file = Test::fullOnboardingFile(meta);
    CHECK(validateCustomer(file.customer).isEmpty());
    for (const Stakeholder &s : file.stakeholders)
        CHECK(validateStakeholder(s).isEmpty());
}

TEST_CASE("Account name, signature date and CSM owner are required")
{
    Customer customer;
    const QList<CustomerProblem> problems = validateCustomer(customer);
    CHECK(fieldsOf(problems) == QList<CustomerField>{CustomerField::AccountName,
                                                     CustomerField::SignatureDate,
                                                     CustomerField::CsmOwner});
    for (const CustomerProblem &p : problems) {
        INFO(p.message.toStdString());
        CHECK(p.message.contains(customerFieldLabel(p.field)));
        CHECK(p.message.contains(QLatin1String("required")));
    }

    customer.accountName = QStringLiteral("   ");
    customer.csmOwner = QStringLiteral("\t");
    CHECK(validateCustomer(customer).size() == 3);
}

TEST_CASE("Dates before the signature date are flagged, the same day is not")
{
    Customer customer = Test::fullOnboardingFile(meta).customer;
    const QDate signature = customer.signatureDate;
    customer.kickoffDate = signature;
    customer.handoffMeetingDate = signature;
    CHECK(validateCustomer(customer).isEmpty());

    for (CustomerField field :
         {CustomerField::HandoffMeetingDate, CustomerField::IntroEmailSentDate,
          CustomerField::KickoffDate, CustomerField::GoLiveDate, CustomerField::FirstValueDate,
          CustomerField::GraduationDate, CustomerField::RenewalDate}) {
        INFO(customerFieldSpec(field).key);
        Customer early = customer;
        setCustomerValue(early, field, signature.addDays(-1));
        const QList<CustomerProblem> problems = validateCustomer(early);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().field == field);
        CHECK(problems.first().message.contains(customerFieldLabel(field)));
        CHECK(problems.first().message.contains(QLatin1String("before the signature date")));
    }

    // Without a signature date there is nothing to compare with.
    customer.signatureDate = QDate();
    customer.kickoffDate = QDate(2000, 1, 1);
    CHECK(fieldsOf(validateCustomer(customer)) ==
          QList<CustomerField>{CustomerField::SignatureDate});
}

TEST_CASE("ARR, term and currency must make sense")
{
    Customer customer = Test::fullOnboardingFile(meta).customer;
    customer.arr = -1;
    customer.termMonths = 0;
    customer.currency = QStringLiteral("EURO");
    CHECK(fieldsOf(validateCustomer(customer)) == QList<CustomerField>{CustomerField::Arr,
                                                                       CustomerField::TermMonths,
                                                                       CustomerField::Currency});
    customer.arr = 0;
    customer.termMonths = 1;
    customer.currency = QStringLiteral("USD");
    CHECK(validateCustomer(customer).isEmpty());
}

TEST_CASE("A stakeholder needs a name and a well-formed e-mail, if any")
{
    Stakeholder s;
    s.name = QStringLiteral("Ann");
    CHECK(validateStakeholder(s).isEmpty()); // no e-mail is fine

    s.email = QStringLiteral("ann@example");
    QList<StakeholderProblem> problems = validateStakeholder(s);
    REQUIRE(fieldsOf(problems) == QList<StakeholderField>{StakeholderField::Email});
    CHECK(problems.first().message.contains(QLatin1String("ann@example")));

    s.email = QStringLiteral("ann@example.com");
    CHECK(validateStakeholder(s).isEmpty());

    s.name = QStringLiteral("  ");
    CHECK(fieldsOf(validateStakeholder(s)) == QList<StakeholderField>{StakeholderField::Name});
}

TEST_CASE("A stakeholder's role must belong to their side")
{
    Stakeholder s;
    s.name = QStringLiteral("Ann");
    s.side = Side::Customer;
    s.role = StakeholderRole::AccountExecutive;
    CHECK(fieldsOf(validateStakeholder(s)) == QList<StakeholderField>{StakeholderField::Role});
    s.side = Side::Vendor;
    CHECK(validateStakeholder(s).isEmpty());
    s.role = StakeholderRole::Champion;
    CHECK(fieldsOf(validateStakeholder(s)) == QList<StakeholderField>{StakeholderField::Role});
}
