#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian packages Earshot needs (only those missing), configures once and builds.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${EARSHOT_PRESET:-dev}

missing=()
while read -r package; do
    [[ -z "$package" || "$package" == \#* ]] && continue
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done < scripts/debian-packages.txt

if ((${#missing[@]})); then
    echo "Installing missing packages: ${missing[*]}"
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

# The classifier quality floors read labelled data kept outside the project (docs/classifier.md):
# from EARSHOT_DATASETS when given, else from ../shared/datasets beside this folder when it exists.
# Without either they are not built (said below); with one they fail when the data is missing.
datasets=${EARSHOT_DATASETS:-}
if [[ -z "$datasets" && -d ../shared/datasets ]]; then
    datasets=$(cd ../shared/datasets && pwd -P)
elif [[ -n "$datasets" && "$datasets" != /* ]]; then
    datasets="$PWD/$datasets"
fi
cache="build/$preset/CMakeCache.txt"
cached_datasets() { sed -n 's/^EARSHOT_DATASETS:[A-Z]*=//p' "$cache" 2>/dev/null || true; }

if [[ ! -f "$cache" || (-n "$datasets" && "$(cached_datasets)" != "$datasets") ]]; then
    configure=()
    if [[ -n "$datasets" ]]; then
        configure+=("-DEARSHOT_DATASETS=$datasets")
    fi
    cmake --preset "$preset" "${configure[@]}"
fi
if [[ -z "$(cached_datasets)" ]]; then
    echo "!! classifier quality floors not built: no datasets (set EARSHOT_DATASETS or put" \
        "tweeteval/ in ../shared/datasets; docs/CONTRIBUTING.md)" >&2
fi
cmake --build --preset "$preset"
