# Sources of the Portfolio page, part of csm_ui.
target_sources(csm_ui PRIVATE
    views/portfolio/portfoliodelegate.cpp
    views/portfolio/portfoliodetailpanel.cpp
    views/portfolio/portfoliofiltermodel.cpp
    views/portfolio/portfoliometricsview.cpp
    views/portfolio/portfoliomodel.cpp
    views/portfolio/portfoliopage.cpp
    views/portfolio/snoozealertdialog.cpp
    views/portfolio/todaymodel.cpp
)
