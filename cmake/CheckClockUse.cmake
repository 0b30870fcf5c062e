# SPDX-License-Identifier: Apache-2.0
# cmake -DCORE=<core folder> -P CheckClockUse.cmake
#
# Fails when a file of core outside core/clock reads the system's time or its random numbers
# itself. Core takes the time from a Clock (Database::clock(), a ClockTimer, the session's clock)
# and its dice from a RandomSource, so tests and training runs decide both. Measuring how long
# something took (QElapsedTimer, steady_clock) is not reading the time, and stays allowed.
cmake_minimum_required(VERSION 3.25)

if(NOT CORE)
    message(FATAL_ERROR "usage: cmake -DCORE=<dir> -P CheckClockUse.cmake")
endif()
get_filename_component(CORE "${CORE}" ABSOLUTE)

# What reads the system's time or randomness, as a regular expression each.
set(forbidden
    "QDateTime::currentMSecsSinceEpoch"
    "QDateTime::currentSecsSinceEpoch"
    "QDateTime::currentDateTime"
    "QDate::currentDate"
    "QTime::currentTime"
    "QRandomGenerator::global"
    "QRandomGenerator::system"
    "std::random_device"
    "system_clock"
    "(^|[^A-Za-z0-9_:.>])s?rand[ \t]*\\("
    "std::s?rand[ \t]*\\(")

set(problems "")
file(GLOB_RECURSE sources RELATIVE "${CORE}" "${CORE}/*.h" "${CORE}/*.cpp")
list(SORT sources)
foreach(source IN LISTS sources)
    if(source MATCHES "^clock/")
        continue()
    endif()
    # One list element per line: ';' and brackets would split or join elements, so they are
    # stood in for first (none of the patterns needs them).
    file(READ "${CORE}/${source}" content)
    string(REPLACE ";" "<semicolon>" content "${content}")
    string(REPLACE "[" "<open>" content "${content}")
    string(REPLACE "]" "<close>" content "${content}")
    string(REPLACE "\\" "<backslash>" content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        # Comments may name what they must not call.
        string(REGEX REPLACE "//.*$" "" code "${line}")
        foreach(pattern IN LISTS forbidden)
            if(code MATCHES "${pattern}")
                string(STRIP "${line}" shown)
                list(APPEND problems "${source}:${number}: ${shown}")
                break()
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems count)
    string(REPLACE ";" "\n  " listed "${problems}")
    string(REPLACE "<semicolon>" ";" listed "${listed}")
    string(REPLACE "<open>" "[" listed "${listed}")
    string(REPLACE "<close>" "]" listed "${listed}")
    string(REPLACE "<backslash>" "\\" listed "${listed}")
    message(FATAL_ERROR "${count} place(s) in core read the system's time or randomness "
        "directly; take the time from a Clock and the dice from a RandomSource (core/clock, "
        "docs/ARCHITECTURE.md \"Time and chance\"):\n  ${listed}")
endif()
