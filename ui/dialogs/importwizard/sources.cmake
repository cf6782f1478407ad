# Sources of the import wizard for adoption files, part of csm_ui.
target_sources(csm_ui PRIVATE
    dialogs/importwizard/importfilepage.cpp
    dialogs/importwizard/importmappingpage.cpp
    dialogs/importwizard/importpreviewmodel.cpp
    dialogs/importwizard/importprogresspanel.cpp
    dialogs/importwizard/importrunpage.cpp
    dialogs/importwizard/importtask.cpp
    dialogs/importwizard/importvalidatepage.cpp
    dialogs/importwizard/importwizard.cpp
    dialogs/importwizard/rejectedrowsmodel.cpp
)
