#include "coretestprinting.h"
#include "testsupport.h"

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
