# SPDX-License-Identifier: Apache-2.0
# cmake -DCORE=<core folder> -DLAYERS="folder=lower,lower|folder=..." -P CheckLayers.cmake
#
# Fails when a file in a folder of core includes a folder that is not below it (directly or
# through the folders it uses), includes a Qt widget or GUI header, or, outside core/net,
# libcurl or QtNetwork. A file belongs to the
# deepest layer folder that holds it ("platforms/simulation/X.h" to platforms/simulation).
cmake_minimum_required(VERSION 3.25)

if(NOT CORE OR NOT LAYERS)
    message(FATAL_ERROR "usage: cmake -DCORE=<dir> -DLAYERS=<folder=uses|...> -P CheckLayers.cmake")
endif()

get_filename_component(CORE "${CORE}" ABSOLUTE)
string(REPLACE "|" ";" layerSpecs "${LAYERS}")
set(folders "")
foreach(spec IN LISTS layerSpecs)
    if(spec STREQUAL "")
        continue()
    endif()
    string(REPLACE "=" ";" parts "${spec}")
    list(GET parts 0 folder)
    list(LENGTH parts count)
    set(uses "")
    if(count GREATER 1)
        list(GET parts 1 usesText)
        string(REPLACE "," ";" uses "${usesText}")
    endif()
    foreach(lower IN LISTS uses)
        if(NOT lower IN_LIST folders)
            message(FATAL_ERROR "layer ${folder} uses ${lower}, which is not declared below it")
        endif()
    endforeach()
    list(APPEND folders "${folder}")
    set("uses_${folder}" "${uses}")
endforeach()

# The folders a layer may include: itself and everything below it that it reaches.
foreach(folder IN LISTS folders)
    set(reach "${folder}")
    set(pending ${uses_${folder}})
    while(pending)
        list(POP_FRONT pending lower)
        if(NOT lower IN_LIST reach)
            list(APPEND reach "${lower}")
            list(APPEND pending ${uses_${lower}})
        endif()
    endwhile()
    set("reach_${folder}" "${reach}")
endforeach()

# The layer folder a path (relative to core) belongs to: the longest declared prefix.
function(owning_layer path outVar)
    set(best "")
    foreach(folder IN LISTS folders)
        string(LENGTH "${folder}/" prefixLength)
        string(SUBSTRING "${path}" 0 ${prefixLength} head)
        string(LENGTH "${best}" bestLength)
        if(head STREQUAL "${folder}/" AND prefixLength GREATER bestLength)
            set(best "${folder}")
        endif()
    endforeach()
    set(${outVar} "${best}" PARENT_SCOPE)
endfunction()

set(problems "")
file(GLOB_RECURSE sources RELATIVE "${CORE}" "${CORE}/*.h" "${CORE}/*.cpp")
list(SORT sources)
foreach(source IN LISTS sources)
    owning_layer("${source}" layer)
    if(layer STREQUAL "")
        continue() # core's root headers (Error.h, Tr.h) are for every layer
    endif()
    file(STRINGS "${CORE}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" included "${line}")
        if(included MATCHES "^(QtWidgets|QtGui)/|^Q(Widget|Application|Dialog|MainWindow|Action|Pixmap|Image|Icon|Painter|Color|Font)$")
            list(APPEND problems "${source}: includes <${included}>, a GUI header (core runs without a screen)")
            continue()
        endif()
        # HTTP goes through core/net's NetworkLoop (its policies, retries, rate limits): no other
        # folder talks to libcurl or QtNetwork itself.
        if(included MATCHES "^curl/|^QtNetwork/|^Q(NetworkAccessManager|NetworkRequest|NetworkReply|TcpSocket|SslSocket)$"
           AND NOT layer STREQUAL "net")
            list(APPEND problems "${source}: includes <${included}>, but only net speaks HTTP")
            continue()
        endif()
        owning_layer("${included}" target)
        if(target STREQUAL "" OR target IN_LIST "reach_${layer}")
            continue()
        endif()
        list(APPEND problems "${source}: includes \"${included}\", but ${layer} may use only ${reach_${layer}}")
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems count)
    string(REPLACE ";" "\n  " listed "${problems}")
    message(FATAL_ERROR "${count} include(s) against the layer order of core "
        "(declared in core/CMakeLists.txt, drawn in docs/ARCHITECTURE.md):\n  ${listed}")
endif()
