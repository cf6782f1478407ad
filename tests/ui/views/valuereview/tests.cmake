# Tests of the Value review page.
csm_add_test(NAME ui_valuereview GUI
             SOURCES views/valuereview/valuereviewpagetest.cpp
             LIBS csm_ui Qt6::Test csm_core_test_printing)
