#include "dialogs/newcustomerdialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

Tier shownTier(const NewCustomerDialog &dialog)
{
    return Tier(dialog.tierField()->currentData().toInt());
}

QPushButton *okButton(const NewCustomerDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("The new customer's tier follows ARR until the user picks one")
{
    Test::TempWorkspace ws;
    NewCustomerDialog dialog(ws.get());
    CHECK(shownTier(dialog) == Tier::Digital);
    dialog.arrField()->setValue(30000);
    CHECK(shownTier(dialog) == Tier::Hybrid);
    dialog.arrField()->setValue(50001);
    CHECK(shownTier(dialog) == Tier::HighTouch);

    QComboBox *tier = dialog.tierField();
    tier->setCurrentIndex(tier->findData(int(Tier::Hybrid)));
    Q_EMIT tier->activated(tier->currentIndex());
    dialog.arrField()->setValue(5000);
    CHECK(shownTier(dialog) == Tier::Hybrid);
}

TEST_CASE("The new customer dialog needs a unique account name and stamps the record")
{
    Test::TempWorkspace ws;
    NewCustomerDialog dialog(ws.get());
    CHECK_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.accountField(), QStringLiteral("  Globex  "));
    CHECK(okButton(dialog)->isEnabled());

    const OnboardingFile file = dialog.onboardingFile();
    CHECK(file.customer.accountName == QStringLiteral("Globex"));
    CHECK(file.customer.csmOwner == QStringLiteral("Test User"));
    CHECK(file.customer.signatureDate == ws->today());
    CHECK(file.customer.renewalDate == ws->today().addMonths(12));
    CHECK(file.customer.meta.createdBy == QStringLiteral("Test User"));
    CHECK(file.customer.meta.createdAt == ws->now());
    CHECK_FALSE(file.customer.id.isNull());
}
