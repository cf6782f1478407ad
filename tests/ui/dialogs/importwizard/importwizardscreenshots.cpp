// Renders each page of the import wizard to PNG files for review, with a realistic usage
// export that has a few bad rows, on the light and the dark palette: the chosen file, a file
// that cannot be read, the mapping (guessed, and with a required field unmapped), the check
// with its rejected rows, and the finished import. csm-importwizard-screenshots [catch
// options]; files go to $CSM_SCREENSHOT_DIR (or the current folder). Built, not run by ctest.
#include "commands/addcustomer.h"
#include "darkpalette.h"
#include "dialogs/importwizard/importmappingpage.h"
#include "dialogs/importwizard/importwizard.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

QString outputDir()
{
    const QString dir = qEnvironmentVariable("CSM_SCREENSHOT_DIR", QStringLiteral("."));
    QDir().mkpath(dir);
    return dir;
}

void save(QWizard *widget, const QString &name)
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString path = outputDir() + QLatin1Char('/') + name;
    // A page that needs more room than it has would be clipped or squeezed.
    const QWidget *page = widget->currentPage();
    CHECK(page->minimumSizeHint().width() <= page->width());
    CHECK(page->minimumSizeHint().height() <= page->height());
    CHECK(widget->grab().save(path));
    std::printf("wrote %s (page %dx%d, its minimum %dx%d)\n", qPrintable(path), page->width(),
                page->height(), page->minimumSizeHint().width(), page->minimumSizeHint().height());
}

// A usage export as an analytics tool writes it; every 41st row is broken in one of the
// ways real exports are.
QByteArray sampleExport()
{
    const char *roles[] = {"end_user", "end_user", "end_user", "admin", "manager"};
    const char *events[] = {"login", "feature_used", "feature_used", "report_shared"};
    const char *features[] = {"dashboard", "pipeline_view", "forecast", "report_builder", "alerts"};
    QByteArray bytes = "user_email,user_role,event,feature,timestamp,duration_s\n";
    for (int i = 0; i < 1200; ++i) {
        const int user = (i * 7919) % 180;
        QByteArray email =
            "user" + QByteArray::number(user).rightJustified(3, '0') + "@northwind.example";
        QByteArray time = "2026-01-" + QByteArray::number(5 + i % 24).rightJustified(2, '0') + 'T' +
                          QByteArray::number(8 + i % 10).rightJustified(2, '0') + ':' +
                          QByteArray::number(i % 60).rightJustified(2, '0') + ":00";
        QByteArray duration = QByteArray::number(5 + (i * 37) % 1700);
        const char *event = events[i % 4];
        QByteArray feature = i % 4 == 0 ? QByteArray() : QByteArray(features[i % 5]);
        if (i % 41 == 7) {
            switch (i / 41 % 3) {
            case 0:
                email.clear();
                break;
            case 1:
                time = "yesterday";
                break;
            default:
                duration = "-3";
                break;
            }
        }
        bytes += email + ',' + roles[user % 5] + ',' + event + ',' + feature + ',' + time + ',' +
                 duration + '\n';
    }
    return bytes;
}

void renderAll(const QString &suffix)
{
    Test::TempWorkspace ws;
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = QStringLiteral("Northwind Logistics");
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("northwind-usage-january.csv"));
    Test::writeBytes(path, sampleExport());
    const QString broken = dir.filePath(QStringLiteral("northwind-export.csv"));
    Test::writeBytes(broken, "user_email,event,timestamp\n"
                             "anna@northwind.example,login,2026-01-05T09:00:00\n"
                             "ben@northwind.example,\"feature_used,2026-01-05T09:30:00\n");

    ImportWizard wizard(ws.get(), file.customer.id);
    wizard.show();
    save(&wizard, QStringLiteral("importwizard-1-empty%1.png").arg(suffix));

    wizard.setFile(broken);
    save(&wizard, QStringLiteral("importwizard-1-error%1.png").arg(suffix));

    wizard.setFile(path);
    save(&wizard, QStringLiteral("importwizard-1-file%1.png").arg(suffix));

    wizard.next();
    save(&wizard, QStringLiteral("importwizard-2-mapping%1.png").arg(suffix));
    QComboBox *event = wizard.mappingPage()->fieldCombo(ImportField::Event);
    const int eventColumn = event->currentIndex();
    event->setCurrentIndex(0);
    save(&wizard, QStringLiteral("importwizard-2-missing%1.png").arg(suffix));
    event->setCurrentIndex(eventColumn);

    QSignalSpy checked(&wizard, &ImportWizard::validationFinished);
    wizard.next();
    save(&wizard, QStringLiteral("importwizard-3-checking%1.png").arg(suffix));
    REQUIRE(checked.wait(60000));
    save(&wizard, QStringLiteral("importwizard-3-checked%1.png").arg(suffix));

    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(imported.wait(60000));
    save(&wizard, QStringLiteral("importwizard-4-finished%1.png").arg(suffix));
}

} // namespace

TEST_CASE("Render the import wizard")
{
    renderAll(QString());
    Test::useDarkPalette();
    renderAll(QStringLiteral("-dark"));
}
