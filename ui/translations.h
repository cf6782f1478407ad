// Loads the user interface translation for the user's language.
#pragma once

class QCoreApplication;
class QTranslator;

namespace Csm {

// Installs the best translation for the system locale, falling back to English (which
// supplies the plural forms of counted messages). `translator` must outlive the application's
// use of it.
void installTranslations(QCoreApplication &application, QTranslator &translator);

} // namespace Csm
