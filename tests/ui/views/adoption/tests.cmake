# Tests of the Adoption page.
csm_add_test(NAME ui_adoption GUI
             SOURCES views/adoption/adoptionpagetest.cpp
             LIBS csm_ui Qt6::Charts Qt6::Test csm_core_test_printing)
# Renders the Adoption page to PNGs for review; built, not run by ctest.
add_executable(csm-adoption-screenshots views/adoption/adoptionscreenshots.cpp)
target_link_libraries(csm-adoption-screenshots
    PRIVATE csm_test_main_gui csm_test_support csm_ui Qt6::Charts csm_compile_options)
csm_use_test_pch(csm-adoption-screenshots)
