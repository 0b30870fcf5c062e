#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# clang-tidy (.clang-tidy) and clazy's Qt checks on Earshot's C++ files, with build/dev's
# compile_commands.json. Exits non-zero on any finding.
#
#   scripts/tidy.sh            files changed by the last commit (git diff HEAD~1), as CI runs it
#   scripts/tidy.sh BASE       files changed against BASE (a branch, a commit: origin/main)
#   scripts/tidy.sh --all      every file (about 15 minutes of CPU; TIDY_JOBS in parallel)
#
# A changed header is checked through its own .cpp, or else the first file that includes it.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${TIDY_BUILD:-build/dev}
jobs=${TIDY_JOBS:-2}
# clazy's level0 and level1 are its "no false positives" sets. Left out:
#  non-pod-global-static: our Q_LOGGING_CATEGORY statics and constant tables are meant to be.
#  qstring-allocations (level2) is not asked for: QT_USE_QSTRINGBUILDER and u""_s cover it.
clazy_checks=${CLAZY_CHECKS:-level0,level1,no-non-pod-global-static}

if [[ ! -f "$build/compile_commands.json" ]]; then
    cmake --preset dev > /dev/null
fi

mode=${1:-HEAD~1}
if [[ "$mode" == --all ]]; then
    mapfile -t changed < <(git ls-files '*.cpp' '*.h')
else
    if ! git rev-parse --verify --quiet "$mode^{commit}" > /dev/null; then
        echo "tidy: no commit $mode to compare with (a single-commit clone?): checking everything" >&2
        mapfile -t changed < <(git ls-files '*.cpp' '*.h')
    else
        mapfile -t changed < <(git diff --name-only --diff-filter=d "$mode" -- '*.cpp' '*.h')
    fi
fi

# Translation units to check: the changed .cpp files that the build compiles, and one per header.
in_build() { grep -qF "\"file\": \"$PWD/$1\"" "$build/compile_commands.json"; }
declare -A units=()
for file in "${changed[@]}"; do
    case "$file" in
    tests/fuzz/*) continue ;; # built only by the fuzz preset, with clang
    *.cpp)
        in_build "$file" && units["$file"]=1
        ;;
    *.h)
        own=${file%.h}.cpp
        if [[ -f "$own" ]] && in_build "$own"; then
            units["$own"]=1
            continue
        fi
        name=$(basename "$file")
        while read -r user; do
            if in_build "$user"; then
                units["$user"]=1
                break
            fi
        done < <(git grep -l -F "/$name\"" -- '*.cpp'; git grep -l -F "\"$name\"" -- '*.cpp')
        ;;
    esac
done

if ((${#units[@]} == 0)); then
    echo "tidy: no C++ files changed"
    exit 0
fi
echo "tidy: ${#units[@]} files, $jobs at a time"

header_filter='/(core|ui|app|tests)/'
status=0
printf '%s\n' "${!units[@]}" | sort | xargs -P "$jobs" -I{} \
    clang-tidy -p "$build" --quiet "{}" 2> >(grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Error while processing' >&2) ||
    status=1

if command -v clazy-standalone > /dev/null; then
    # clazy prints findings as warnings and exits 0: a finding is any line that says warning.
    clazy_out=$(printf '%s\n' "${!units[@]}" | sort | xargs -P "$jobs" -I{} \
        clazy-standalone -p "$build" --checks="$clazy_checks" --header-filter="$header_filter" \
        --extra-arg=-Wno-gnu-zero-variadic-macro-arguments \
        --ignore-dirs='(/usr/|/build/)' "{}" 2>&1 || true)
    findings=$(grep -E ': (warning|error):' <<< "$clazy_out" | sort -u || true)
    if [[ -n "$findings" ]]; then
        echo "$clazy_out" | grep -v -E '^[0-9]+ warnings? generated\.$' >&2
        status=1
    fi
else
    echo "tidy: clazy-standalone not installed (apt-get install clazy): Qt checks skipped" >&2
fi

if ((status)); then
    echo "tidy: findings above" >&2
else
    echo "tidy: clean"
fi
exit "$status"
