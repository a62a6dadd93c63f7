# SPDX-License-Identifier: GPL-3.0-or-later
# verzuimdesk_release_date(CHANGELOG VERSION OUT): the release date of VERSION, read from the
# newest heading of CHANGELOG ("## [0.1.0] - 2026-11-23"). Stops the configure step when that
# heading is for another version, so the version in CMakeLists.txt cannot change without its
# changelog entry.
#
# As a script it prints the date:
#   cmake -DCHANGELOG=CHANGELOG.md -DVERSION=0.1.0 -P packaging/ReleaseFromChangelog.cmake
# which is how the test suite checks both outcomes.
function(verzuimdesk_release_date changelog version out)
    file(STRINGS "${changelog}" headings REGEX "^## \\[")
    if(NOT headings)
        message(FATAL_ERROR "${changelog}: no release heading '## [VERSION] - YYYY-MM-DD'.")
    endif()
    list(GET headings 0 newest)
    if(NOT newest MATCHES "^## \\[([0-9.]+)\\] - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])$")
        message(FATAL_ERROR "${changelog}: the newest heading '${newest}' does not read "
                            "'## [VERSION] - YYYY-MM-DD'.")
    endif()
    if(NOT CMAKE_MATCH_1 STREQUAL version)
        message(FATAL_ERROR "${changelog}: the newest heading is for ${CMAKE_MATCH_1}; add "
                            "'## [${version}] - YYYY-MM-DD' for the version in CMakeLists.txt.")
    endif()
    set(${out} ${CMAKE_MATCH_2} PARENT_SCOPE)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    verzuimdesk_release_date("${CHANGELOG}" "${VERSION}" date)
    message("${date}")
endif()
