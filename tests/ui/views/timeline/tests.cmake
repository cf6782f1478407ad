# Tests of the Timeline page.
csm_add_test(NAME ui_timeline GUI
             SOURCES views/timeline/timelinepagetest.cpp
             LIBS csm_ui Qt6::Test csm_core_test_printing)
