# Sources of the expansion page, part of csm_ui.
target_sources(csm_ui PRIVATE
    views/expansion/expansionpage.cpp
    views/expansion/opportunitydelegate.cpp
    views/expansion/whitespacemap.cpp
)
