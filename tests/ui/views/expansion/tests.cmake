# Tests of the expansion page.
csm_add_test(NAME ui_expansion GUI
             SOURCES views/expansion/expansionpagetest.cpp
             LIBS csm_ui Qt6::Test csm_core_test_printing)
# Renders the expansion page to PNGs for review; built, not run by ctest.
add_executable(csm-expansion-screenshots views/expansion/expansionscreenshots.cpp)
target_link_libraries(csm-expansion-screenshots
    PRIVATE csm_test_main_gui csm_test_support csm_ui csm_compile_options)
csm_use_test_pch(csm-expansion-screenshots)
