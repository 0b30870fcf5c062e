#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The second README command: set up, build and run every test, then fuzz each reader of outside
# JSON briefly (scripts/fuzz.sh; FUZZ_SECONDS per target, 20 by default, 0 to skip).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Widgets are real but drawn off screen, so no display is needed.
export QT_QPA_PLATFORM=offscreen
ctest --preset "${EARSHOT_PRESET:-dev}" -j2
# Said again after ctest's summary, where it is seen: those floors did not run.
if grep -q '^EARSHOT_DATASETS:[A-Z]*=$' "build/${EARSHOT_PRESET:-dev}/CMakeCache.txt"; then
    echo "!! classifier quality floors not built: no datasets" >&2
fi
# About two minutes in CI: five targets of FUZZ_SECONDS each, plus a small instrumented build.
fuzz_seconds=${FUZZ_SECONDS:-20}
if ((fuzz_seconds > 0)); then
    scripts/fuzz.sh "$fuzz_seconds"
fi
