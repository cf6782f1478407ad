# Tests of the Gantt chart component.
csm_add_test(NAME ui_gantt GUI
             SOURCES views/gantt/ganttmodeltest.cpp
                     views/gantt/ganttviewtest.cpp
             LIBS csm_ui Qt6::Test csm_core_test_printing)
