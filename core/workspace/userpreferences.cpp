#include "userpreferences.h"

#include "applicationidentity.h"

#include <QSettings>

namespace Csm {

namespace {

constexpr const char *nameKey = "user/name";
constexpr const char *emailKey = "user/email";
constexpr const char *languageKey = "ui/language";
constexpr const char *workspaceKey = "workspace/path";

QString text(const QSettings &settings, const char *key)
{
    return settings.value(QLatin1String(key)).toString().trimmed();
}

void store(QSettings &settings, const char *key, const QString &value)
{
    if (value.trimmed().isEmpty())
        settings.remove(QLatin1String(key));
    else
        settings.setValue(QLatin1String(key), value.trimmed());
}

} // namespace

UserPreferences UserPreferences::load(const QSettings &settings)
{
    UserPreferences preferences;
    preferences.name = text(settings, nameKey);
    preferences.email = text(settings, emailKey);
    preferences.language = text(settings, languageKey);
    if (!interfaceLanguages().contains(preferences.language))
        preferences.language.clear();
    preferences.workspacePath = text(settings, workspaceKey);
    return preferences;
}

void UserPreferences::save(QSettings &settings) const
{
    store(settings, nameKey, name);
    store(settings, emailKey, email);
    store(settings, languageKey, interfaceLanguages().contains(language) ? language : QString());
    store(settings, workspaceKey, workspacePath);
}

QStringList interfaceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString startWorkspacePath(const QSettings &settings)
{
    const QString configured = text(settings, workspaceKey);
    return configured.isEmpty() ? defaultWorkspacePath() : configured;
}

} // namespace Csm
