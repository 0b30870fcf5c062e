# SPDX-License-Identifier: Apache-2.0
# cmake -DCORE=<fixture> -DLAYERS=<spec> -DEXPECTED=<regex> -P ExpectCheckFailure.cmake
# Runs a check of core (cmake/CheckLayers.cmake, cmake/CheckClockUse.cmake) on a fixture and
# passes only when it fails with the expected words.
execute_process(
    COMMAND ${CMAKE_COMMAND} -DCORE=${CORE} -DLAYERS=${LAYERS} -P ${CHECKER}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(status EQUAL 0)
    message(FATAL_ERROR "${CHECKER} passed ${CORE}, which it must refuse")
endif()
if(NOT "${out}${err}" MATCHES "${EXPECTED}")
    message(FATAL_ERROR "${CHECKER} failed, but not with /${EXPECTED}/:\n${out}${err}")
endif()
message(STATUS "refused as expected:\n${err}")
