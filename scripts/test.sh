#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The second README command: set up, build and run every test; ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Widgets are real but drawn off screen, so no display is needed.
export QT_QPA_PLATFORM=offscreen
ctest --preset "${EARSHOT_PRESET:-dev}" -j2
