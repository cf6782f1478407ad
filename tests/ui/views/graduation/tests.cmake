# Tests of the graduation page.
csm_add_test(NAME ui_graduation GUI
             SOURCES views/graduation/graduationpagetest.cpp
             LIBS csm_ui Qt6::Test csm_core_test_printing)
# Renders the graduation page to PNGs for review; built, not run by ctest.
add_executable(csm-graduation-screenshots views/graduation/graduationscreenshots.cpp)
target_link_libraries(csm-graduation-screenshots
    PRIVATE csm_test_main_gui csm_test_support csm_ui csm_compile_options)
csm_use_test_pch(csm-graduation-screenshots)
