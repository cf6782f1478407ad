# Sources of the graduation page, part of csm_ui.
target_sources(csm_ui PRIVATE
    views/graduation/checklistmark.cpp
    views/graduation/graduationchecklist.cpp
    views/graduation/graduationpage.cpp
    views/graduation/surveyresponsedelegate.cpp
)
