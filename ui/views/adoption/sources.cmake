# Sources of the Adoption page, part of csm_ui.
target_sources(csm_ui PRIVATE
    views/adoption/adoptionchartview.cpp
    views/adoption/adoptionpage.cpp
    views/adoption/kpicard.cpp
    views/adoption/usageimporttablemodel.cpp
)
target_link_libraries(csm_ui PRIVATE Qt6::Charts)
