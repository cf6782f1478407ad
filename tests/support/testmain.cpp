// Catch2 entry point with the Qt application object tests need.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef CSM_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("csm-workspace-tests"));
    return Catch::Session().run(argc, argv);
}
