# Tests of the Gantt chart component.
csm_add_test(NAME ui_gantt GUI
             SOURCES views/gantt/ganttmodeltest.cpp
                     views/gantt/ganttviewtest.cpp
             LIBS csm_ui Qt6::Test csm_core_test_printing)
# Renders the Gantt view to PNGs for review; built, not run by ctest.
add_executable(csm-gantt-screenshots views/gantt/ganttscreenshots.cpp)
target_link_libraries(csm-gantt-screenshots
    PRIVATE csm_test_main_gui csm_test_support csm_ui Qt6::Test csm_compile_options)
csm_use_test_pch(csm-gantt-screenshots)
