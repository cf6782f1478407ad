#include "dialogs/preferencesdialog.h"
#include "dialogs/portfoliosettingseditor.h"
#include "portfolio/portfoliosettings.h"
#include "testsupport.h"
#include "views/timeline/holidayseditor.h"
#include "workspace/workspacesettings.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

QPushButton *okButton(const PreferencesDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(ok);
    return ok;
}

QLabel *problemLabel(const PreferencesDialog &dialog)
{
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    REQUIRE(label);
    return label;
}

QStringList pageTitles(const PreferencesDialog &dialog)
{
    QStringList titles;
    for (int row = 0; row < dialog.pageList()->count(); ++row)
        titles.append(dialog.pageList()->item(row)->text());
    return titles;
}

UserPreferences anna()
{
    UserPreferences preferences;
    preferences.name = QStringLiteral("Anna Meier");
    preferences.email = QStringLiteral("anna@example.com");
    preferences.language = QStringLiteral("de");
    preferences.workspacePath = QStringLiteral("/home/anna/portfolio.csmw");
    return preferences;
}

} // namespace

TEST_CASE("The preferences dialog shows the user's preferences and returns the edits")
{
    Test::TempWorkspace ws;
    PreferencesDialog dialog(ws.get(), anna());

    CHECK(dialog.nameEdit()->text() == QStringLiteral("Anna Meier"));
    CHECK(dialog.emailEdit()->text() == QStringLiteral("anna@example.com"));
    CHECK(dialog.languageBox()->currentData().toString() == QStringLiteral("de"));
    CHECK(dialog.languageBox()->currentText() == QStringLiteral("Deutsch"));
    CHECK(dialog.workspaceEdit()->text() == QStringLiteral("/home/anna/portfolio.csmw"));
    CHECK(dialog.preferences() == anna());
    CHECK(okButton(dialog)->isEnabled());
    CHECK(dialog.problem().isEmpty());

    dialog.nameEdit()->setText(QStringLiteral("  Anna Berger  "));
    dialog.emailEdit()->setText(QStringLiteral(" anna.berger@example.org "));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
    dialog.workspaceEdit()->setText(QStringLiteral("  /srv/csm/team.csmw "));

    const UserPreferences edited = dialog.preferences();
    CHECK(edited.name == QStringLiteral("Anna Berger"));
    CHECK(edited.email == QStringLiteral("anna.berger@example.org"));
    CHECK(edited.language == QStringLiteral("fr"));
    CHECK(edited.workspacePath == QStringLiteral("/srv/csm/team.csmw"));
    CHECK(okButton(dialog)->isEnabled());

    SECTION("an unknown or empty language shows the system's entry")
    {
        UserPreferences unknown = anna();
        unknown.language = QStringLiteral("xx");
        PreferencesDialog other(ws.get(), unknown);
        CHECK(other.languageBox()->currentIndex() == 0);
        CHECK(other.preferences().language.isEmpty());

        PreferencesDialog empty(nullptr, UserPreferences{});
        CHECK(empty.languageBox()->currentIndex() == 0);
        CHECK(empty.preferences() == UserPreferences{});
    }
}

TEST_CASE("The preferences dialog lists the system's language first, then the translations")
{
    PreferencesDialog dialog(nullptr, UserPreferences{});
    QComboBox *languages = dialog.languageBox();
    REQUIRE(languages->count() == 4);
    CHECK(languages->itemData(0).toString().isEmpty());
    // The system's language in brackets, or nothing where the system names none (the C locale).
    const QString system = languages->itemText(0);
    if (QLocale::system().language() == QLocale::C)
        CHECK(system == QStringLiteral("As the system"));
    else
        CHECK((system.startsWith(QStringLiteral("As the system (")) && system.endsWith(u')')));
    CHECK(languages->itemData(1).toString() == QStringLiteral("en"));
    CHECK(languages->itemText(1) == QStringLiteral("English"));
    CHECK(languages->itemData(2).toString() == QStringLiteral("de"));
    CHECK(languages->itemText(2) == QStringLiteral("Deutsch"));
    CHECK(languages->itemData(3).toString() == QStringLiteral("fr"));
    CHECK(languages->itemText(3) == QStringLiteral(u"Français"));
}

TEST_CASE("The preferences dialog has the workspace's pages only with a workspace")
{
    SECTION("with a workspace: four pages, each shown when chosen in the list")
    {
        Test::TempWorkspace ws;
        PreferencesDialog dialog(ws.get(), UserPreferences{});
        CHECK(pageTitles(dialog) ==
              QStringList{QStringLiteral("General"), QStringLiteral("Defaults and tiers"),
                          QStringLiteral("Thresholds and targets"), QStringLiteral("Holidays")});
        REQUIRE(dialog.pages()->count() == 4);
        REQUIRE(dialog.currencyBox());
        REQUIRE(dialog.portfolioEditor());
        REQUIRE(dialog.holidaysEditor());

        CHECK(dialog.pageList()->currentRow() == 0);
        CHECK(dialog.pages()->currentIndex() == 0);
        CHECK(dialog.pages()->currentWidget()->isAncestorOf(dialog.nameEdit()));

        dialog.pageList()->setCurrentRow(3);
        CHECK(dialog.pages()->currentIndex() == 3);
        CHECK(dialog.pages()->currentWidget() == dialog.holidaysEditor());

        dialog.pageList()->setCurrentRow(1);
        CHECK(dialog.pages()->currentIndex() == 1);
        CHECK(dialog.pages()->currentWidget()->isAncestorOf(dialog.currencyBox()));
        CHECK(dialog.pages()->currentWidget()->isAncestorOf(dialog.highTouchBox()));
        CHECK_FALSE(dialog.pages()->currentWidget()->isAncestorOf(dialog.nameEdit()));

        dialog.pageList()->setCurrentRow(2);
        CHECK(dialog.pages()->currentIndex() == 2);
        CHECK(dialog.pages()->currentWidget()->isAncestorOf(dialog.portfolioEditor()));

        dialog.pageList()->setCurrentRow(0);
        CHECK(dialog.pages()->currentWidget()->isAncestorOf(dialog.emailEdit()));
    }

    SECTION("without a workspace: only General")
    {
        PreferencesDialog dialog(nullptr, anna());
        CHECK(pageTitles(dialog) == QStringList{QStringLiteral("General")});
        CHECK(dialog.pages()->count() == 1);
        CHECK(dialog.currencyBox() == nullptr);
        CHECK(dialog.hourlyRateBox() == nullptr);
        CHECK(dialog.highTouchBox() == nullptr);
        CHECK(dialog.hybridBox() == nullptr);
        CHECK(dialog.portfolioEditor() == nullptr);
        CHECK(dialog.holidaysEditor() == nullptr);
        CHECK(dialog.nameEdit()->text() == QStringLiteral("Anna Meier"));
        CHECK(okButton(dialog)->isEnabled());
        CHECK_FALSE(dialog.applyWorkspaceChanges());
    }
}

TEST_CASE("The preferences dialog disables OK while a value cannot be used")
{
    Test::TempWorkspace ws;
    PreferencesDialog dialog(ws.get(), UserPreferences{});
    REQUIRE(okButton(dialog)->isEnabled());
    CHECK(problemLabel(dialog)->isHidden());

    SECTION("an incomplete e-mail address")
    {
        dialog.emailEdit()->setText(QStringLiteral("anna@"));
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK(dialog.problem().contains(QStringLiteral("\"anna@\"")));
        CHECK_FALSE(problemLabel(dialog)->isHidden());
        CHECK(problemLabel(dialog)->text() == dialog.problem());
        CHECK_FALSE(dialog.applyWorkspaceChanges());

        dialog.emailEdit()->setText(QStringLiteral("anna@example"));
        CHECK_FALSE(okButton(dialog)->isEnabled());

        dialog.emailEdit()->setText(QStringLiteral("anna@example.com"));
        CHECK(okButton(dialog)->isEnabled());
        CHECK(dialog.problem().isEmpty());
        CHECK(problemLabel(dialog)->isHidden());

        dialog.emailEdit()->clear();
        CHECK(okButton(dialog)->isEnabled());
    }

    SECTION("a currency of two letters")
    {
        dialog.currencyBox()->setCurrentText(QStringLiteral("US"));
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK_FALSE(dialog.problem().isEmpty());
        CHECK_FALSE(problemLabel(dialog)->isHidden());

        dialog.currencyBox()->setCurrentText(QStringLiteral("USD"));
        CHECK(okButton(dialog)->isEnabled());
        CHECK(dialog.problem().isEmpty());
    }

    SECTION("hybrid mid-market above high-touch enterprise")
    {
        dialog.highTouchBox()->setValue(40000);
        dialog.hybridBox()->setValue(41000);
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK_FALSE(dialog.problem().isEmpty());
        CHECK_FALSE(dialog.applyWorkspaceChanges());
        CHECK(ws->undoStack()->count() == 0);

        dialog.hybridBox()->setValue(40000);
        CHECK(okButton(dialog)->isEnabled());
        CHECK(dialog.problem().isEmpty());
    }
}

TEST_CASE("Applying the preferences changes the workspace's settings in one undo step")
{
    Test::TempWorkspace ws;
    const WorkspaceSettings before = ws->settings();
    REQUIRE(before.defaultCurrency == QStringLiteral("EUR"));
    REQUIRE(before.defaultHourlyRate == 75);
    REQUIRE(before.highTouchArrAbove == 50000);
    REQUIRE(before.hybridArrFrom == 12000);
    REQUIRE(before.holidays.isEmpty());
    REQUIRE(PortfolioSettings::fromWorkspace(*ws).silentStallDays == 7);

    PreferencesDialog dialog(ws.get(), UserPreferences{});
    CHECK(dialog.currencyBox()->currentText() == QStringLiteral("EUR"));
    CHECK(dialog.hourlyRateBox()->value() == 75);
    CHECK(dialog.highTouchBox()->value() == 50000);
    CHECK(dialog.hybridBox()->value() == 12000);
    CHECK(dialog.holidaysEditor()->holidays().isEmpty());

    SECTION("nothing changed: nothing is pushed")
    {
        CHECK_FALSE(dialog.applyWorkspaceChanges());
        CHECK(ws->undoStack()->count() == 0);
    }

    SECTION("values changed and changed back: nothing is pushed")
    {
        dialog.hourlyRateBox()->setValue(80);
        dialog.hourlyRateBox()->setValue(75);
        dialog.currencyBox()->setCurrentText(QStringLiteral("eur"));
        CHECK_FALSE(dialog.applyWorkspaceChanges());
        CHECK(ws->undoStack()->count() == 0);
    }

    SECTION("every kind of setting changed")
    {
        dialog.currencyBox()->setCurrentText(QStringLiteral("usd"));
        dialog.hourlyRateBox()->setValue(90);
        dialog.highTouchBox()->setValue(60000);
        dialog.hybridBox()->setValue(15000);
        dialog.holidaysEditor()->calendar()->setSelectedDate(QDate(2026, 12, 25));
        dialog.holidaysEditor()->addButton()->click();
        CHECK(dialog.holidaysEditor()->holidays() == QList<QDate>{QDate(2026, 12, 25)});
        auto *stall = qobject_cast<QSpinBox *>(
            dialog.portfolioEditor()->editor(QStringLiteral("portfolio.silent_stall_days")));
        REQUIRE(stall);
        stall->setValue(10);
        REQUIRE(okButton(dialog)->isEnabled());

        const int count = ws->undoStack()->count();
        CHECK(dialog.applyWorkspaceChanges());
        REQUIRE(ws->undoStack()->count() == count + 1);
        CHECK(ws->undoStack()->undoText() == QStringLiteral("Change preferences"));

        const WorkspaceSettings &after = ws->settings();
        CHECK(after.defaultCurrency == QStringLiteral("USD"));
        CHECK(ws->settingValue(QLatin1String(WorkspaceSettings::defaultCurrencyKey)) ==
              QStringLiteral("USD"));
        CHECK(after.defaultHourlyRate == 90);
        CHECK(after.highTouchArrAbove == 60000);
        CHECK(after.hybridArrFrom == 15000);
        CHECK(after.holidays == QList<QDate>{QDate(2026, 12, 25)});
        CHECK(PortfolioSettings::fromWorkspace(*ws).silentStallDays == 10);

        ws->undoStack()->undo();
        const WorkspaceSettings &undone = ws->settings();
        CHECK(undone.defaultCurrency == QStringLiteral("EUR"));
        CHECK(undone.defaultHourlyRate == 75);
        CHECK(undone.highTouchArrAbove == 50000);
        CHECK(undone.hybridArrFrom == 12000);
        CHECK(undone.holidays.isEmpty());
        CHECK(PortfolioSettings::fromWorkspace(*ws).silentStallDays == 7);

        ws->undoStack()->redo();
        CHECK(ws->settings().defaultCurrency == QStringLiteral("USD"));
        CHECK(ws->settings().hybridArrFrom == 15000);
        CHECK(ws->settings().holidays == QList<QDate>{QDate(2026, 12, 25)});
        CHECK(PortfolioSettings::fromWorkspace(*ws).silentStallDays == 10);
    }
}
