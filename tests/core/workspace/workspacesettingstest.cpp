#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/changeworkspacesetting.h"
#include "storage/settingsstore.h"
#include "workspace/workspace.h"
#include "workspace/workspacesettings.h"

#include <catch2/catch.hpp>

using namespace Csm;

TEST_CASE("Workspace settings fall back to the playbook defaults")
{
    const WorkspaceSettings defaults = WorkspaceSettings::fromValues({});
    CHECK(defaults.highTouchArrAbove == 50000);
    CHECK(defaults.hybridArrFrom == 12000);

    const WorkspaceSettings garbled = WorkspaceSettings::fromValues(
        {{QStringLiteral("tier.high_touch_arr_above"), QStringLiteral("lots")},
         {QStringLiteral("tier.hybrid_arr_from"), QString()}});
    CHECK(garbled.highTouchArrAbove == 50000);
    CHECK(garbled.hybridArrFrom == 12000);
}

TEST_CASE("Workspace settings stored in the file are read on open")
{
    Test::TempWorkspace ws;
    CHECK(ws->settings().highTouchArrAbove == 50000);
    {
        // The store holds the connection; let it go before the workspace closes.
        const SettingsStore store(ws->database().connection());
        REQUIRE(store.set(QStringLiteral("tier.high_touch_arr_above"), QStringLiteral("80000"))
                    .isEmpty());
        REQUIRE(
            store.set(QStringLiteral("tier.hybrid_arr_from"), QStringLiteral("15000")).isEmpty());
        REQUIRE(
            store.set(QStringLiteral("tier.hybrid_arr_from"), QStringLiteral("20000")).isEmpty());
    }

    ws.reopen();
    CHECK(ws->settings().highTouchArrAbove == 80000);
    CHECK(ws->settings().hybridArrFrom == 20000);
}

TEST_CASE("Holidays are kept sorted, once each, and changing them is undoable")
{
    CHECK(WorkspaceSettings::holidaysValue(
              {QDate(2026, 12, 25), QDate(), QDate(2026, 1, 1), QDate(2026, 12, 25)}) ==
          QLatin1String("2026-01-01,2026-12-25"));

    Test::TempWorkspace ws;
    CHECK(ws->settings().holidays.isEmpty());
    int changes = 0;
    QObject::connect(ws.get(), &Workspace::settingsChanged, [&] { ++changes; });
    ws->undoStack()->push(new ChangeWorkspaceSetting(
        ws.get(), QLatin1String(WorkspaceSettings::holidaysKey),
        WorkspaceSettings::holidaysValue({QDate(2026, 12, 24), QDate(2026, 12, 25)}),
        QStringLiteral("Change holidays")));
    CHECK(changes == 1);
    CHECK(ws->settings().holidays == QList<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 25)});

    ws.reopen();
    CHECK(ws->settings().holidays == QList<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 25)});

    ws->undoStack()->push(new ChangeWorkspaceSetting(ws.get(),
                                                     QLatin1String(WorkspaceSettings::holidaysKey),
                                                     QString(), QStringLiteral("Change holidays")));
    CHECK(ws->settings().holidays.isEmpty());
    ws->undoStack()->undo();
    CHECK(ws->settings().holidays.size() == 2);
}
