// What belongs to the user rather than to a workspace: their name and e-mail (recorded on
// their edits and used in e-mails), the language of the interface and which workspace opens
// at start. Kept in the application's settings (QSettings), shared by both binaries.
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace Csm {

struct UserPreferences
{
    QString name;          // "user/name"; empty: the login name is used
    QString email;         // "user/email"
    QString language;      // "ui/language": empty follows the system, else "en", "de", "fr"
    QString workspacePath; // "workspace/path": empty is the default location

    static UserPreferences load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const UserPreferences &) const = default;
};

// The languages the interface is translated into, as locale names, English first.
QStringList interfaceLanguages();

// The workspace that opens when none is given: the "workspace/path" setting, else the default.
QString startWorkspacePath(const QSettings &settings);

} // namespace Csm
