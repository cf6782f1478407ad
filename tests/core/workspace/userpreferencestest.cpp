#include "coretestprinting.h"

#include "workspace/applicationidentity.h"
#include "workspace/userpreferences.h"
#include "workspace/workspacesettings.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTemporaryDir>

using namespace Csm;

namespace {

// An INI file of its own, so the tests never touch the user's real settings.
class TempSettings
{
public:
    TempSettings() { REQUIRE(m_dir.isValid()); }

    QString path() const { return m_dir.filePath(QStringLiteral("preferences.ini")); }

private:
    QTemporaryDir m_dir;
};

UserPreferences anna()
{
    UserPreferences preferences;
    preferences.name = QStringLiteral("Anna Meier");
    preferences.email = QStringLiteral("anna@example.com");
    preferences.language = QStringLiteral("fr");
    preferences.workspacePath = QStringLiteral("/home/anna/portfolio.csmw");
    return preferences;
}

} // namespace

TEST_CASE("User preferences saved to the settings load back the same")
{
    CHECK(interfaceLanguages() ==
          QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")});

    const TempSettings file;
    {
        QSettings settings(file.path(), QSettings::IniFormat);
        CHECK(UserPreferences::load(settings) == UserPreferences{});
        anna().save(settings);
        settings.sync();
        REQUIRE(settings.status() == QSettings::NoError);
    }

    const QSettings settings(file.path(), QSettings::IniFormat);
    const UserPreferences loaded = UserPreferences::load(settings);
    CHECK(loaded.name == QStringLiteral("Anna Meier"));
    CHECK(loaded.email == QStringLiteral("anna@example.com"));
    CHECK(loaded.language == QStringLiteral("fr"));
    CHECK(loaded.workspacePath == QStringLiteral("/home/anna/portfolio.csmw"));
    CHECK(loaded == anna());
    // The keys both binaries read.
    CHECK(settings.value(QStringLiteral("user/name")).toString() == QStringLiteral("Anna Meier"));
    CHECK(settings.value(QStringLiteral("user/email")).toString() ==
          QStringLiteral("anna@example.com"));
    CHECK(settings.value(QStringLiteral("ui/language")).toString() == QStringLiteral("fr"));
    CHECK(settings.value(QStringLiteral("workspace/path")).toString() ==
          QStringLiteral("/home/anna/portfolio.csmw"));
}

TEST_CASE("User preferences are stored trimmed")
{
    const TempSettings file;
    QSettings settings(file.path(), QSettings::IniFormat);
    UserPreferences padded;
    padded.name = QStringLiteral("  Anna Meier ");
    padded.email = QStringLiteral(" anna@example.com\t");
    padded.language = QStringLiteral("de");
    padded.save(settings);
    CHECK(settings.value(QStringLiteral("user/name")).toString() == QStringLiteral("Anna Meier"));

    settings.setValue(QStringLiteral("workspace/path"), QStringLiteral("  /srv/team.csmw  "));
    const UserPreferences loaded = UserPreferences::load(settings);
    CHECK(loaded.name == QStringLiteral("Anna Meier"));
    CHECK(loaded.email == QStringLiteral("anna@example.com"));
    CHECK(loaded.language == QStringLiteral("de"));
    CHECK(loaded.workspacePath == QStringLiteral("/srv/team.csmw"));
}

TEST_CASE("An unknown interface language loads as following the system")
{
    const TempSettings file;
    QSettings settings(file.path(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("user/name"), QStringLiteral("Anna Meier"));
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    const UserPreferences loaded = UserPreferences::load(settings);
    CHECK(loaded.language.isEmpty());
    CHECK(loaded.name == QStringLiteral("Anna Meier"));

    SECTION("and is not saved")
    {
        UserPreferences unknown = anna();
        unknown.language = QStringLiteral("xx");
        unknown.save(settings);
        CHECK_FALSE(settings.contains(QStringLiteral("ui/language")));
        CHECK(UserPreferences::load(settings).language.isEmpty());
    }
}

TEST_CASE("Saving empty user preferences removes their keys")
{
    const TempSettings file;
    {
        QSettings settings(file.path(), QSettings::IniFormat);
        anna().save(settings);
        REQUIRE(settings.contains(QStringLiteral("user/name")));
        REQUIRE(settings.contains(QStringLiteral("user/email")));
        REQUIRE(settings.contains(QStringLiteral("ui/language")));
        REQUIRE(settings.contains(QStringLiteral("workspace/path")));

        UserPreferences cleared;
        cleared.name = QStringLiteral("   ");
        cleared.save(settings);
        CHECK_FALSE(settings.contains(QStringLiteral("user/name")));
        CHECK_FALSE(settings.contains(QStringLiteral("user/email")));
        CHECK_FALSE(settings.contains(QStringLiteral("ui/language")));
        CHECK_FALSE(settings.contains(QStringLiteral("workspace/path")));
    }

    // Also gone from the file.
    const QSettings reread(file.path(), QSettings::IniFormat);
    CHECK_FALSE(reread.contains(QStringLiteral("user/name")));
    CHECK_FALSE(reread.contains(QStringLiteral("workspace/path")));
    CHECK(reread.allKeys().isEmpty());
    CHECK(UserPreferences::load(reread) == UserPreferences{});
}

TEST_CASE("The workspace that opens at start is the configured one, else the default")
{
    const TempSettings file;
    QSettings settings(file.path(), QSettings::IniFormat);
    CHECK_FALSE(defaultWorkspacePath().isEmpty());
    CHECK(startWorkspacePath(settings) == defaultWorkspacePath());

    settings.setValue(QStringLiteral("workspace/path"), QStringLiteral("/srv/csm/team.csmw"));
    CHECK(startWorkspacePath(settings) == QStringLiteral("/srv/csm/team.csmw"));

    settings.setValue(QStringLiteral("workspace/path"), QStringLiteral("   "));
    CHECK(startWorkspacePath(settings) == defaultWorkspacePath());

    UserPreferences preferences;
    preferences.workspacePath = QStringLiteral("/home/anna/portfolio.csmw");
    preferences.save(settings);
    CHECK(startWorkspacePath(settings) == QStringLiteral("/home/anna/portfolio.csmw"));
    UserPreferences{}.save(settings);
    CHECK(startWorkspacePath(settings) == defaultWorkspacePath());
}

TEST_CASE("Workspace settings read the defaults of new customers and value items")
{
    const WorkspaceSettings fallback = WorkspaceSettings::fromValues({});
    CHECK(fallback.defaultCurrency == QStringLiteral("EUR"));
    CHECK(fallback.defaultHourlyRate == 75);

    const WorkspaceSettings stored = WorkspaceSettings::fromValues(
        {{QLatin1String(WorkspaceSettings::defaultCurrencyKey), QStringLiteral("chf")},
         {QLatin1String(WorkspaceSettings::defaultHourlyRateKey), QStringLiteral("120")}});
    CHECK(stored.defaultCurrency == QStringLiteral("CHF"));
    CHECK(stored.defaultHourlyRate == 120);

    CHECK(WorkspaceSettings::fromValues(
              {{QStringLiteral("defaults.currency"), QStringLiteral(" usd ")}})
              .defaultCurrency == QStringLiteral("USD"));

    for (const QString &invalid :
         {QStringLiteral("EURO"), QStringLiteral("US"), QStringLiteral("U5D"), QString()}) {
        CAPTURE(invalid);
        const WorkspaceSettings garbled = WorkspaceSettings::fromValues(
            {{QStringLiteral("defaults.currency"), invalid},
             {QStringLiteral("defaults.hourly_rate"), QStringLiteral("lots")}});
        CHECK(garbled.defaultCurrency == QStringLiteral("EUR"));
        CHECK(garbled.defaultHourlyRate == 75);
    }
}
