# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLAYERS=<build>/core/layers.txt -DCORE=<source>/core -P CheckCoreLayers.cmake
# Fails, naming the file and line, on an include of a core layer that is not below the
# including file's own layer. The link check catches a use of a layer above through its
# symbols; this one also catches a use through a header alone (an inline function, a type).
cmake_minimum_required(VERSION 3.25)
file(STRINGS ${LAYERS} table)
set(failures "")
foreach(row IN LISTS table)
    string(REGEX REPLACE ":.*" "" layer "${row}")
    string(REGEX REPLACE "^[a-z]+:" "" below "${row}")
    file(GLOB files ${CORE}/${layer}/*.h ${CORE}/${layer}/*.cpp)
    foreach(file IN LISTS files)
        file(STRINGS ${file} includes REGEX "^#include \"[a-z]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^#include \"([a-z]+)/.*" "\\1" used "${line}")
            if(NOT used STREQUAL layer AND NOT used IN_LIST below)
                file(RELATIVE_PATH shown ${CORE}/.. ${file})
                string(APPEND failures "${shown}: ${line} (${layer} may use: ${below})\n")
            endif()
        endforeach()
    endforeach()
endforeach()
if(failures)
    message(FATAL_ERROR "A core layer includes one above it:\n${failures}")
endif()
