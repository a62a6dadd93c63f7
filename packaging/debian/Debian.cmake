# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: the desktop integration (menu entry, AppStream, hicolor icons), manual
# pages, copyright and changelog, and CPack's DEB settings. Included from packaging/CMakeLists.txt
# on Linux; TestDebianPackage checks the result.
set(packaged_files)

configure_file(freedesktop/verzuimdesk.desktop.in ${VERZUIMDESK_APP_ID}.desktop @ONLY)
configure_file(freedesktop/verzuimdesk.metainfo.xml.in ${VERZUIMDESK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${VERZUIMDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${VERZUIMDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the one SVG, and PNGs rendered from it in the sizes desktops ask the hicolor theme for.
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert REQUIRED)
set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/verzuimdesk.svg)
foreach(size 16 24 32 48 64 128 256)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${VERZUIMDESK_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${RSVG_CONVERT_EXECUTABLE} --width ${size} --height ${size} --output ${png} ${icon_svg}
        DEPENDS ${icon_svg} VERBATIM)
    list(APPEND packaged_files ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${VERZUIMDESK_APP_ID}.svg)

# Manual pages, English and Dutch, with the version and date filled in, compressed as Debian
# installs them.
function(verzuimdesk_compressed source output)
    add_custom_command(OUTPUT ${output}
        COMMAND gzip -9 --no-name --stdout ${source} > ${output}
        DEPENDS ${source} VERBATIM)
endfunction()
foreach(page verzuimdesk verzuimdesk-cli)
    foreach(language IN ITEMS "" nl)
        set(page_in_build ${CMAKE_CURRENT_BINARY_DIR}/man/${language}/${page}.1)
        configure_file(man/${language}/${page}.1 ${page_in_build} @ONLY)
        verzuimdesk_compressed(${page_in_build} ${page_in_build}.gz)
        list(APPEND packaged_files ${page_in_build}.gz)
        cmake_path(APPEND CMAKE_INSTALL_MANDIR ${language} man1 OUTPUT_VARIABLE page_destination)
        install(FILES ${page_in_build}.gz DESTINATION ${page_destination})
    endforeach()
endforeach()

verzuimdesk_compressed(${PROJECT_SOURCE_DIR}/CHANGELOG.md ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
list(APPEND packaged_files ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/verzuimdesk)

add_custom_target(packaged_files ALL DEPENDS ${packaged_files})

set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_PACKAGE_DESCRIPTION
    "Verzuimdesk is the desktop application of the absence coordinator
(verzuimcoordinator) of a Dutch school. It keeps the school's attendance,
raises a signal on the day a legal threshold of the Leerplichtwet is reached,
drafts complete reports (meldingen) for DUO, tracks them, and prints the
statement (verzuimstaat) the attendance officer asks for. It works offline on
one SQLite file, or for a team on a shared PostgreSQL database.")
# The libraries the programs link come from dpkg-shlibdeps. What Qt loads by name at run time it
# cannot see: the SQLite driver, the SVG icon plugins, and Qt's own Dutch strings (dialog
# buttons), which the programs need to be Dutch throughout. The X11 platform plugin comes with
# libqt6gui6; Wayland's is recommended, as is the PostgreSQL driver for a team database.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland")
# Without a Secret Service (a desktop's keychain) the window asks for passwords each session.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
