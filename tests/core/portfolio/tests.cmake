# Tests of the portfolio: alerts, health, metrics and settings.
csm_add_test(NAME core_portfolio_tests
             SOURCES portfolio/alertstest.cpp
                     portfolio/healthtest.cpp
                     portfolio/portfoliometricstest.cpp
                     portfolio/portfoliosettingstest.cpp
                     portfolio/portfoliotrackertest.cpp
             LIBS csm_core csm_core_test_printing)
target_include_directories(core_portfolio_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/portfolio)
