#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Csm {

void installTranslations(QCoreApplication &application, QTranslator &translator)
{
    Q_UNUSED(application)
    const QString name = QStringLiteral("csm-workspace");
    const QString folder = QStringLiteral(":/translations");
    if (translator.load(QLocale(), name, QStringLiteral("_"), folder) ||
        translator.load(name + QStringLiteral("_en"), folder))
        QCoreApplication::installTranslator(&translator);
}

} // namespace Csm
