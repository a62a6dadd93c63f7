# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer: an MSI from CPack's WiX generator (WiX Toolset 3.11+). Included from
# packaging/CMakeLists.txt on Windows only; README.md beside this file has the whole procedure.
set(CPACK_GENERATOR WIX)
# The name in "Apps en onderdelen" and of the .msi.
set(CPACK_PACKAGE_NAME Verzuimdesk)
# Never change this GUID: Windows Installer recognises a newer Verzuimdesk as an upgrade of the
# installed one by it, and replaces it instead of installing a second copy beside it.
set(CPACK_WIX_UPGRADE_GUID "F3E89D1C-4B2A-4D02-A34B-59E4F1AACB63")
set(CPACK_WIX_CULTURES nl-NL)
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/verzuimdesk.ico)
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
# WiX takes the licence page from a .txt or .rtf file only.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Verzuimdesk)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Verzuimdesk)
# Start menu entry: the window, not the command line.
set(CPACK_PACKAGE_EXECUTABLES verzuimdesk Verzuimdesk)

# Qt's DLLs, plugins (platform, SQL drivers, TLS, SVG icons) and translations beside the programs:
# Qt's deployment script runs windeployqt at install time, so CPack packs them too.
foreach(program verzuimdesk verzuimdesk-cli)
    qt_generate_deploy_app_script(TARGET ${program} FILENAME_VARIABLE deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${deploy_script})
endforeach()
# windeployqt copies only the Windows platform plugin; verzuimdesk-cli draws its PDFs on the
# offscreen one (app/cli/main.cpp).
install(FILES $<TARGET_FILE:Qt6::QOffscreenIntegrationPlugin> DESTINATION plugins/platforms)

# The DLLs the programs link that are not Qt's (QtKeychain, libxlsxwriter, SQLite, zlib): the
# runtime dependency set of app/CMakeLists.txt, looked up in vcpkg's bin folder. Windows' own DLLs
# and Qt's (windeployqt's job) stay out; CMake compares the names in lower case.
set(VERZUIMDESK_WINDOWS_DLL_DIRS "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin"
    CACHE PATH "Where the DLLs of QtKeychain, libxlsxwriter, SQLite and zlib are")
install(RUNTIME_DEPENDENCY_SET verzuimdesk_runtime
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
                            "^qt6(core|gui|widgets|network|sql|printsupport|svg)d?\\.dll$"
        POST_EXCLUDE_REGEXES "system32"
        DIRECTORIES ${VERZUIMDESK_WINDOWS_DLL_DIRS}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
