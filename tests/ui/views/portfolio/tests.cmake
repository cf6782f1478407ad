# Tests of the portfolio page and its thresholds dialog.
csm_add_test(NAME ui_portfolio GUI
             SOURCES views/portfolio/portfoliopagetest.cpp
                     dialogs/portfoliosettingsdialogtest.cpp
             LIBS csm_ui Qt6::Test csm_core_test_printing)
