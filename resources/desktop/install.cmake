# Desktop integration: the launcher entry, the MIME type of shared onboarding files
# (*.onboarding) and their icons, installed to the freedesktop.org locations under
# CMAKE_INSTALL_PREFIX. include() this after include(GNUInstallDirs).
#
# Packages run update-desktop-database, update-mime-database and gtk-update-icon-cache in
# their post-install scripts (Debian's triggers do it); a plain "cmake --install" leaves that
# to the user.

set(CSM_DESKTOP_RESOURCES_DIR ${PROJECT_SOURCE_DIR}/resources)

# Launcher entry: starts csm-workspace and opens .onboarding files with it.
install(FILES ${CSM_DESKTOP_RESOURCES_DIR}/desktop/csm-workspace.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

# shared-mime-info package for application/x-csm-onboarding, named after the application as
# the specification asks.
install(FILES ${CSM_DESKTOP_RESOURCES_DIR}/desktop/csm-workspace-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME csm-workspace.xml)

# Scalable icons.
install(FILES ${CSM_DESKTOP_RESOURCES_DIR}/icons/csm-workspace.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CSM_DESKTOP_RESOURCES_DIR}/icons/application-x-csm-onboarding.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes)

# Rendered icons, <N>x<N>/apps and <N>x<N>/mimetypes for N = 16 ... 256.
install(DIRECTORY ${CSM_DESKTOP_RESOURCES_DIR}/icons/hicolor/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor
        FILES_MATCHING PATTERN "*.png")

# AppStream metadata for software centres.
install(FILES ${CSM_DESKTOP_RESOURCES_DIR}/desktop/org.csmworkspace.CsmWorkspace.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
