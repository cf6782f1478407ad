# Sources of the Value review page, part of csm_ui.
target_sources(csm_ui PRIVATE
    views/valuereview/reportpreview.cpp
    views/valuereview/valuereviewpage.cpp
)
target_link_libraries(csm_ui PRIVATE Qt6::PrintSupport)
