# Sources of the Timeline page, part of csm_ui.
target_sources(csm_ui PRIVATE
    views/timeline/applyplaybookdialog.cpp
    views/timeline/checkboxdelegate.cpp
    views/timeline/collapsiblesection.cpp
    views/timeline/dependencytablemodel.cpp
    views/timeline/firstvaluepanel.cpp
    views/timeline/frictionpanel.cpp
    views/timeline/gatespanel.cpp
    views/timeline/gatetablemodel.cpp
    views/timeline/holidaysdialog.cpp
    views/timeline/holidayseditor.cpp
    views/timeline/linktasksdialog.cpp
    views/timeline/taskdetailspanel.cpp
    views/timeline/tasklistmodel.cpp
    views/timeline/timelinepage.cpp
    views/timeline/workstreamtablemodel.cpp
)
# Printing the plan.
target_link_libraries(csm_ui PRIVATE Qt6::PrintSupport)
