// What goes into the workspace file comes back out unchanged after a restart.
#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

using namespace Csm;

TEST_CASE("A full onboarding file survives a reopen field for field")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    REQUIRE(ws->customerCount() == 1);
    CHECK(ws->onboardingFile(file.customer.id) == file);

    ws.reopen();
    REQUIRE(ws->customerIds() == QList<CustomerId>{file.customer.id});
    const Customer *customer = ws->customer(file.customer.id);
    REQUIRE(customer);
    CHECK(*customer == file.customer);
    CHECK(customer->meta == file.customer.meta);
    CHECK(ws->stakeholders(file.customer.id) == file.stakeholders);
    CHECK(ws->onboardingFile(file.customer.id) == file);
}

TEST_CASE("Empty values and unset dates survive a reopen")
{
    Test::TempWorkspace ws;
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.meta = ws->newMeta();
    Stakeholder blank;
    blank.id = StakeholderId::create();
    blank.customerId = file.customer.id;
    blank.meta = ws->newMeta();
    file.stakeholders.append(blank);
    ws->undoStack()->push(new AddCustomer(ws.get(), file));

    ws.reopen();
    const OnboardingFile read = ws->onboardingFile(file.customer.id);
    CHECK(read == file);
    CHECK_FALSE(read.customer.signatureDate.isValid());
    CHECK(read.customer.accountName.isEmpty());
    CHECK_FALSE(read.stakeholders.value(0).lastContact.isValid());
}

TEST_CASE("Text that looks like numbers or SQL stays text")
{
    Test::TempWorkspace ws;
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = QStringLiteral("007");
    file.customer.industry = QStringLiteral("'); DROP TABLE customers; --");
    file.customer.products = QStringLiteral("1.50");
    file.customer.arr = 2500000000LL; // beyond 32 bits
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));

    ws.reopen();
    REQUIRE(ws->customer(file.customer.id));
    CHECK(*ws->customer(file.customer.id) == file.customer);
}

TEST_CASE("Customers come back in the order they were created")
{
    Test::TempWorkspace ws;
    QList<CustomerId> ids;
    for (int i = 0; i < 5; ++i) {
        OnboardingFile file;
        file.customer.id = CustomerId::create();
        file.customer.accountName = QStringLiteral("Customer %1").arg(i);
        file.customer.meta = ws->newMeta();
        ws->undoStack()->push(new AddCustomer(ws.get(), file));
        ids.append(file.customer.id);
        ws.advance(1000);
    }
    CHECK(ws->customerIds() == ids);
    ws.reopen();
    CHECK(ws->customerIds() == ids);
}
