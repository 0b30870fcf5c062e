# SPDX-License-Identifier: Apache-2.0
# cmake -DCORE=<fixture> -DLAYERS=<spec> -DEXPECTED=<regex> -P ExpectCheckFailure.cmake
# Runs cmake/CheckLayers.cmake on a fixture and passes only when it fails with the expected words.
execute_process(
    COMMAND ${CMAKE_COMMAND} -DCORE=${CORE} -DLAYERS=${LAYERS} -P ${CHECKER}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(status EQUAL 0)
    message(FATAL_ERROR "the layer check passed ${CORE}, which breaks the order")
endif()
if(NOT "${out}${err}" MATCHES "${EXPECTED}")
    message(FATAL_ERROR "the layer check failed, but not with /${EXPECTED}/:\n${out}${err}")
endif()
message(STATUS "refused as expected:\n${err}")
