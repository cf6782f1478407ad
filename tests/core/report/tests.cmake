# Tests of the value review and EBR report.
# The GUI main: laying out and painting text needs a QGuiApplication for its fonts.
csm_add_test(NAME core_report_tests
             SOURCES report/reportcontenttest.cpp
                     report/reportnotestest.cpp
                     report/reportpdftest.cpp
             LIBS csm_core csm_core_test_printing
             GUI)
target_include_directories(core_report_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/report)
