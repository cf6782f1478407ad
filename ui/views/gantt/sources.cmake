# Sources of the Gantt chart component, part of csm_ui.
target_sources(csm_ui PRIVATE
    views/gantt/ganttchart.cpp
    views/gantt/ganttdelegate.cpp
    views/gantt/ganttgrid.cpp
    views/gantt/ganttmodel.cpp
    views/gantt/ganttpainter.cpp
    views/gantt/ganttprintout.cpp
    views/gantt/ganttview.cpp
)
target_link_libraries(csm_ui PUBLIC Qt6::PrintSupport)
