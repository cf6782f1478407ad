// Renders the Adoption page to PNG files for review: a customer with ten weeks of usage, the
// same page narrower, a chart's PNG export and the empty state, each on a light and a dark
// palette. csm-adoption-screenshots [catch options]; files go to $CSM_SCREENSHOT_DIR (or the
// current folder). Built, not run by ctest.
#include "adoption/usageimporter.h"
#include "commands/addcustomer.h"
#include "darkpalette.h"
#include "screenshotsupport.h"
#include "testsupport.h"
#include "views/adoption/adoptionchartview.h"
#include "views/adoption/adoptionpage.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QTableView>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace Csm;

namespace {

using Test::outputDir;
using Test::save;

// Deterministic pseudo-random numbers, so the screenshots are the same on every run.
class Dice
{
public:
    int roll(int sides)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((m_state >> 33) % quint64(sides));
    }

private:
    quint64 m_state = 42;
};

void import(Test::TempWorkspace &ws, const CustomerId &customer, ImportKind kind,
            const QString &name, const QByteArray &csv)
{
    const QString path = QDir(ws.dir()).filePath(name);
    Test::writeBytes(path, csv);
    const ImportPreview preview = previewImportFile(path);
    REQUIRE(preview.error.isEmpty());
    ImportOptions options;
    options.customer = customer;
    options.kind = kind;
    options.mapping = guessMapping(kind, preview.header);
    options.author = QStringLiteral("Alex Morgan");
    options.importedAt = ws->now();
    const ImportResult result = UsageImporter(ws.path(), options).run(path);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    ws->notifyUsageImported(customer);
}

// Northwind Logistics: 45 seats, 40 users on the roster, live since 12 January 2026, usage
// growing over ten weeks up to the test clock's 2 March 2026.
CustomerId addNorthwind(Test::TempWorkspace &ws)
{
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = QStringLiteral("Northwind Logistics");
    file.customer.signatureDate = QDate(2025, 12, 1);
    file.customer.goLiveDate = QDate(2026, 1, 12);
    file.customer.csmOwner = QStringLiteral("Alex Morgan");
    file.customer.licensedSeats = 45;
    file.customer.activationEvent = QStringLiteral("report_shared");
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    const CustomerId id = file.customer.id;

    Dice dice;
    QByteArray roster = "email,role,seat_start\n";
    QStringList users;
    QStringList roles;
    for (int i = 0; i < 40; ++i) {
        const QString role = i < 4    ? QStringLiteral("admin")
                             : i < 34 ? QStringLiteral("end_user")
                                      : QStringLiteral("manager");
        const QString email =
            QStringLiteral("user%1@northwind.example").arg(i + 1, 2, 10, QLatin1Char('0'));
        users.append(email);
        roles.append(role);
        roster += QStringLiteral("%1,%2,2026-01-12\n").arg(email, role).toUtf8();
    }
    import(ws, id, ImportKind::Roster, QStringLiteral("northwind-roster.csv"), roster);

    struct Action
    {
        const char *event;
        const char *feature;
    };
    const Action actions[] = {{"dashboard_viewed", "Dashboards"}, {"shipment_tracked", "Tracking"},
                              {"report_created", "Reports"},      {"report_shared", "Reports"},
                              {"alert_configured", "Alerts"},     {"export_csv", "Exports"},
                              {"route_planned", "Route planner"}, {"api_key_created", "API"}};
    QByteArray events = "user_email,timestamp,event,feature,duration_s\n";
    const QDate first(2026, 1, 12);
    const QDate today(2026, 3, 2);
    for (int u = 0; u < users.size(); ++u) {
        // Some start late, some never do.
        const int startDay = dice.roll(30);
        if (u % 9 == 8)
            continue;
        for (QDate day = first.addDays(startDay); day <= today; day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            const int week = int(first.daysTo(day) / 7);
            if (dice.roll(10) >= 3 + std::min(week, 5))
                continue;
            const QString login = QStringLiteral("%1T0%2:%3:00Z")
                                      .arg(day.toString(Qt::ISODate))
                                      .arg(7 + dice.roll(3))
                                      .arg(10 + dice.roll(50));
            events += QStringLiteral("%1,%2,login,,0\n").arg(users.at(u), login).toUtf8();
            const int count = 1 + dice.roll(4);
            for (int a = 0; a < count; ++a) {
                int pick = dice.roll(u < 4 ? 8 : 7);
                if (roles.at(u) == QLatin1String("manager") && pick > 3)
                    pick = dice.roll(4);
                const Action &action = actions[pick];
                const QString time = QStringLiteral("%1T1%2:%3:00Z")
                                         .arg(day.toString(Qt::ISODate))
                                         .arg(dice.roll(7))
                                         .arg(10 + dice.roll(50));
                events += QStringLiteral("%1,%2,%3,%4,%5\n")
                              .arg(users.at(u), time, QLatin1String(action.event),
                                   QLatin1String(action.feature))
                              .arg(120 + dice.roll(900))
                              .toUtf8();
            }
        }
    }
    import(ws, id, ImportKind::Usage, QStringLiteral("northwind-events-2026-03-02.csv"), events);

    QByteArray training = "email,course,completed_on,role_track,passed\n";
    for (int u = 0; u < users.size(); ++u) {
        const QString &role = roles.at(u);
        const int chance = role == QLatin1String("admin")     ? 10
                           : role == QLatin1String("manager") ? 4
                                                              : 6;
        if (dice.roll(10) >= chance)
            continue;
        const QString course = role == QLatin1String("admin") ? QStringLiteral("Admin setup")
                               : role == QLatin1String("manager")
                                   ? QStringLiteral("Reports for managers")
                                   : QStringLiteral("Getting started");
        training +=
            QStringLiteral("%1,%2,%3,%4,%5\n")
                .arg(users.at(u), course, first.addDays(dice.roll(40)).toString(Qt::ISODate), role,
                     dice.roll(10) < 9 ? QStringLiteral("true") : QStringLiteral("false"))
                .toUtf8();
    }
    import(ws, id, ImportKind::Training, QStringLiteral("northwind-training.csv"), training);
    return id;
}

void renderAll(const QString &suffix)
{
    Test::TempWorkspace ws;
    const CustomerId northwind = addNorthwind(ws);
    OnboardingFile contoso;
    contoso.customer.id = CustomerId::create();
    contoso.customer.accountName = QStringLiteral("Contoso Pharma");
    contoso.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), contoso));

    AdoptionPage page(ws.get());
    page.resize(1280, 800);
    page.setCustomer(northwind);
    page.show();
    save(&page, QStringLiteral("adoption%1.png").arg(suffix));

    // Scrolled down to the charts and the history.
    if (auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("adoptionContent"))) {
        scroll->ensureWidgetVisible(page.importHistoryTable());
        save(&page, QStringLiteral("adoption-scrolled%1.png").arg(suffix));
        scroll->ensureWidgetVisible(page.charts().constFirst());
    }

    page.setRangePreset(AdoptionPage::RangePreset::Last30Days);
    save(&page, QStringLiteral("adoption-30-days%1.png").arg(suffix));

    // Narrow, as beside the customer list.
    page.resize(960, 700);
    page.setRangePreset(AdoptionPage::RangePreset::SinceGoLive);
    save(&page, QStringLiteral("adoption-narrow%1.png").arg(suffix));

    // A red flag: three weeks without use.
    ws.advance(qint64(21) * 24 * 3600 * 1000);
    page.resize(1280, 800);
    page.setRangePreset(AdoptionPage::RangePreset::Last90Days);
    if (auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("adoptionContent")))
        scroll->ensureVisible(0, 0);
    save(&page, QStringLiteral("adoption-flags%1.png").arg(suffix));

    for (AdoptionChartView *chart : page.charts()) {
        QString error;
        CHECK(chart->exportPng(
            outputDir() + QLatin1Char('/') +
                QStringLiteral("export-%1%2").arg(chart->suggestedFileName().chopped(4), suffix) +
                QStringLiteral(".png"),
            &error));
    }

    page.setCustomer(contoso.customer.id);
    save(&page, QStringLiteral("adoption-empty%1.png").arg(suffix));
}

} // namespace

TEST_CASE("Render the adoption page")
{
    renderAll(QString());
    Test::useDarkPalette();
    renderAll(QStringLiteral("-dark"));
}
