# Sources of the portfolio (alerts, health, metrics against the targets), part of csm_core.
target_sources(csm_core PRIVATE
    portfolio/alerts.cpp
    portfolio/customerfacts.cpp
    portfolio/health.cpp
    portfolio/portfoliojson.cpp
    portfolio/portfoliometrics.cpp
    portfolio/portfoliosettings.cpp
    portfolio/portfoliotracker.cpp
)
