#include "dialogs/portfoliosettingsdialog.h"
#include "testsupport.h"
#include "widgets/countspinbox.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

const QString silentStall = QStringLiteral("portfolio.silent_stall_days");
const QString loginRate = QStringLiteral("portfolio.login_rate_flag");

QSpinBox *intEditor(const PortfolioSettingsDialog &dialog, const QString &key)
{
    return qobject_cast<QSpinBox *>(dialog.editor(key));
}

QDoubleSpinBox *doubleEditor(const PortfolioSettingsDialog &dialog, const QString &key)
{
    return qobject_cast<QDoubleSpinBox *>(dialog.editor(key));
}

QString sectionOf(const PortfolioSettingsDialog &dialog, const char *key)
{
    for (QWidget *widget = dialog.editor(QString::fromLatin1(key)); widget;
         widget = widget->parentWidget()) {
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            return group->title();
    }
    return {};
}

} // namespace

TEST_CASE("The portfolio settings dialog shows the defaults of a fresh workspace")
{
    Test::TempWorkspace ws;
    PortfolioSettingsDialog dialog(ws.get());
    CHECK(dialog.settings() == PortfolioSettings{});

    QSpinBox *stall = intEditor(dialog, silentStall);
    REQUIRE(stall);
    CHECK(stall->value() == 7);
    // Counted in days, "1 day" or "7 days".
    auto *days = qobject_cast<CountSpinBox *>(stall);
    REQUIRE(days);
    CHECK(days->unit() == CountSpinBox::Unit::Days);
    CHECK(stall->objectName() == silentStall);
    CHECK_FALSE(stall->accessibleName().isEmpty());

    QDoubleSpinBox *login = doubleEditor(dialog, loginRate);
    REQUIRE(login);
    CHECK(login->value() == 60);
    CHECK(login->suffix() == QStringLiteral(" %"));
    CHECK(login->maximum() == 100);

    QDoubleSpinBox *satisfaction =
        doubleEditor(dialog, QStringLiteral("portfolio.satisfaction_target"));
    REQUIRE(satisfaction);
    CHECK(satisfaction->value() == 4.5);
    CHECK(satisfaction->decimals() == 1);

    for (const PortfolioSettingSpec &spec : portfolioSettingSpecs())
        CHECK(dialog.editor(QString::fromLatin1(spec.key)));
    CHECK(dialog.editor(QStringLiteral("portfolio.no_such_setting")) == nullptr);

    CHECK(sectionOf(dialog, "portfolio.silent_stall_days") == QStringLiteral("Alerts"));
    CHECK(sectionOf(dialog, "portfolio.sla_warning_business_days") == QStringLiteral("Alerts"));
    CHECK(sectionOf(dialog, "portfolio.kickoff_completion_target") == QStringLiteral("Targets"));
    CHECK(sectionOf(dialog, "portfolio.nps_target") == QStringLiteral("Targets"));
    CHECK(sectionOf(dialog, "portfolio.health_weight_goals") == QStringLiteral("Health score"));
    CHECK(sectionOf(dialog, "portfolio.health_watch_from") == QStringLiteral("Health score"));
}

TEST_CASE("Accepting the portfolio settings dialog changes the settings in one undo step")
{
    Test::TempWorkspace ws;
    PortfolioSettingsDialog dialog(ws.get());
    intEditor(dialog, silentStall)->setValue(10);
    doubleEditor(dialog, loginRate)->setValue(50);
    CHECK(dialog.settings().silentStallDays == 10);
    CHECK(dialog.settings().loginRateFlag == 0.5);

    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(ws->undoStack()->count() == 1);
    CHECK(ws->undoStack()->undoText() == QStringLiteral("Change portfolio thresholds"));
    const PortfolioSettings changed = PortfolioSettings::fromWorkspace(*ws);
    CHECK(changed.silentStallDays == 10);
    CHECK(changed.loginRateFlag == 0.5);
    CHECK(ws->settingValue(loginRate) == QStringLiteral("0.5"));
    PortfolioSettings expected;
    expected.silentStallDays = 10;
    expected.loginRateFlag = 0.5;
    CHECK(changed == expected);

    ws->undoStack()->undo();
    CHECK(PortfolioSettings::fromWorkspace(*ws) == PortfolioSettings{});
    ws->undoStack()->redo();
    CHECK(PortfolioSettings::fromWorkspace(*ws) == expected);
}

TEST_CASE("Restore defaults puts the portfolio settings editors back without applying")
{
    Test::TempWorkspace ws;
    PortfolioSettingsDialog dialog(ws.get());
    intEditor(dialog, silentStall)->setValue(21);
    doubleEditor(dialog, loginRate)->setValue(35);
    intEditor(dialog, QStringLiteral("portfolio.health_weight_goals"))->setValue(0);
    CHECK_FALSE(dialog.settings() == PortfolioSettings{});

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    CHECK(intEditor(dialog, silentStall)->value() == 7);
    CHECK(doubleEditor(dialog, loginRate)->value() == 60);
    CHECK(intEditor(dialog, QStringLiteral("portfolio.health_weight_goals"))->value() == 20);
    CHECK(dialog.settings() == PortfolioSettings{});
    CHECK(ws->undoStack()->count() == 0);
    CHECK_FALSE(dialog.apply());
}

TEST_CASE("The portfolio settings dialog pushes nothing when nothing changed")
{
    Test::TempWorkspace ws;
    PortfolioSettingsDialog dialog(ws.get());
    CHECK_FALSE(dialog.apply());
    CHECK(ws->undoStack()->count() == 0);

    SECTION("a value changed and changed back")
    {
        intEditor(dialog, silentStall)->setValue(9);
        intEditor(dialog, silentStall)->setValue(7);
        dialog.accept();
        CHECK(ws->undoStack()->count() == 0);
    }
}
