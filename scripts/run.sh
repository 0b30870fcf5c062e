#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The first README command: set up, build and start the console on the demo workspace.
# Arguments are passed to earshot (for example --lang de or --workspace FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "Earshot is built, but there is no display to show its window on." >&2
    echo "Run this from a desktop session, or with xvfb-run for a virtual one." >&2
    exit 1
fi
exec "build/${EARSHOT_PRESET:-dev}/app/earshot" "$@"
