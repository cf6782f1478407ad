#include "widgets/countspinbox.h"
#include "workspace/translations.h"

#include <QLocale>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

// Installs `language` for the test's lifetime and puts the default locale back afterwards.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
        : m_locale(QLocale())
    {
        installTranslations(m_translators, language);
    }
    ~LanguageScope() { QLocale::setDefault(m_locale); }

private:
    QLocale m_locale;
    Translators m_translators;
};

void typeText(CountSpinBox &spin, const QString &text)
{
    spin.selectAll();
    QTest::keyClicks(&spin, text);
    QTest::keyClick(&spin, Qt::Key_Return);
}

} // namespace

TEST_CASE("A count is shown with its unit in the singular for one and the plural otherwise")
{
    const LanguageScope english(QStringLiteral("en"));
    CountSpinBox spin(CountSpinBox::Unit::BusinessDays);
    spin.setRange(0, 30);
    spin.setValue(1);
    CHECK(spin.text() == QStringLiteral("1 business day"));
    spin.setValue(5);
    CHECK(spin.text() == QStringLiteral("5 business days"));

    CountSpinBox months(CountSpinBox::Unit::Months);
    months.setRange(1, 120);
    months.setValue(12);
    CHECK(months.text() == QStringLiteral("12 months"));
}

TEST_CASE("A count can be typed with or without its unit, and an impossible one is refused")
{
    const LanguageScope english(QStringLiteral("en"));
    CountSpinBox spin(CountSpinBox::Unit::Days);
    spin.setRange(1, 90);
    spin.setValue(7);

    typeText(spin, QStringLiteral("14"));
    CHECK(spin.value() == 14);
    CHECK(spin.text() == QStringLiteral("14 days"));

    typeText(spin, QStringLiteral("1 day"));
    CHECK(spin.value() == 1);
    CHECK(spin.text() == QStringLiteral("1 day"));

    // The last digit of 500 does not go in: 90 days is the most.
    typeText(spin, QStringLiteral("500"));
    CHECK(spin.value() == 50);
    CHECK(spin.text() == QStringLiteral("50 days"));
    // No number: the field goes back to the last one.
    typeText(spin, QStringLiteral("days"));
    CHECK(spin.value() == 50);
    CHECK(spin.text() == QStringLiteral("50 days"));
}

TEST_CASE("A count follows the user's language and its grammar")
{
    SECTION("German")
    {
        const LanguageScope german(QStringLiteral("de"));
        CountSpinBox spin(CountSpinBox::Unit::BusinessDays);
        spin.setRange(-60, 120);
        spin.setValue(1);
        CHECK(spin.text() == QStringLiteral("1 Arbeitstag"));
        spin.setValue(2);
        CHECK(spin.text() == QStringLiteral("2 Arbeitstage"));
        typeText(spin, QStringLiteral("-3 Arbeitstage"));
        CHECK(spin.value() == -3);
    }
    SECTION("French counts zero in the singular")
    {
        const LanguageScope french(QStringLiteral("fr"));
        CountSpinBox spin(CountSpinBox::Unit::BusinessDays);
        spin.setRange(0, 10);
        spin.setValue(0);
        CHECK(spin.text() == QStringLiteral("0 jour ouvré"));
        spin.setValue(3);
        CHECK(spin.text() == QStringLiteral("3 jours ouvrés"));
    }
}
