# Tests of the import wizard.
csm_add_test(NAME ui_importwizard GUI
             SOURCES dialogs/importwizard/importwizardtest.cpp
             LIBS csm_ui Qt6::Test csm_core_test_printing)
# Renders each page of the import wizard to PNGs for review; built, not run by ctest.
add_executable(csm-importwizard-screenshots dialogs/importwizard/importwizardscreenshots.cpp)
target_link_libraries(csm-importwizard-screenshots
    PRIVATE csm_test_main_gui csm_test_support csm_ui Qt6::Test csm_compile_options)
csm_use_test_pch(csm-importwizard-screenshots)
