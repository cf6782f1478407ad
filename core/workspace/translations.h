// Loads the user interface translation for the user's language.
#pragma once

#include <QString>
#include <QTranslator>

class QCoreApplication;

namespace Csm {

// The application's translation and Qt's own (the standard buttons, the file dialog).
struct Translators
{
    QTranslator application;
    QTranslator qt;
};

// Installs the translations for `language` ("de", "fr", "en"; empty follows the system),
// falling back to English (which supplies the plural forms of counted messages). With a
// language given, dates and numbers follow it too. `translators` must outlive the
// application's use of them. Returns the language installed.
QString installTranslations(Translators &translators, const QString &language = {});

} // namespace Csm
