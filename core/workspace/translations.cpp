#include "workspace/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace Csm {

QString installTranslations(Translators &translators, const QString &language)
{
    const QString name = QStringLiteral("csm-workspace");
    const QString folder = QStringLiteral(":/translations");
    QLocale locale;
    if (!language.isEmpty()) {
        // The language with the system's country where it speaks it (de_CH stays de_CH).
        const QLocale system;
        locale = QLocale(language).language() == system.language() ? system : QLocale(language);
        QLocale::setDefault(locale);
    }
    // The installed files (share/csm-workspace/translations beside bin/) before the built-in.
    const QString installedFolder =
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/csm-workspace/translations"));
    QString installed = QStringLiteral("en");
    if (translators.application.load(locale, name, QStringLiteral("_"), installedFolder) ||
        translators.application.load(locale, name, QStringLiteral("_"), folder)) {
        installed = translators.application.language().section(u'_', 0, 0);
    } else if (!translators.application.load(name + QStringLiteral("_en"), folder)) {
        return {};
    }
    QCoreApplication::installTranslator(&translators.application);
    if (installed != QLatin1String("en") &&
        translators.qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&translators.qt);
    return installed;
}

} // namespace Csm
