#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fuzzes every reader of outside JSON (import line, template file, scenario, guidelines, classify
# input) with libFuzzer: builds the fuzz preset (clang, ASan + UBSan), then runs each target over
# its seed corpus in tests/fuzz/corpus/<target> for the given seconds (default 15).
#   scripts/fuzz.sh            # 15 s per target
#   scripts/fuzz.sh 600        # ten minutes per target, on demand
#   FUZZ_TARGETS="scenario" scripts/fuzz.sh 3600
# New inputs the fuzzer finds go to build/fuzz/found/<target> (the committed corpus is left as
# it is; copy an interesting one there by hand). A crash leaves its input in
# build/fuzz/crashes/<target>/ and the script exits non-zero after running every target.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-15}
read -r -a targets <<<"${FUZZ_TARGETS:-import_line template_file scenario guidelines classify_input mastodon bluesky_page}"

if [[ ! -f build/fuzz/CMakeCache.txt ]]; then
    cmake --preset fuzz
fi
cmake --build --preset fuzz

failed=()
for target in "${targets[@]}"; do
    found=build/fuzz/found/$target
    crashes=build/fuzz/crashes/$target/
    mkdir -p "$found" "$crashes"
    echo "== fuzzing $target for ${seconds}s"
    # -max_len: a scenario worth reading is a few kB; longer inputs only slow the search down.
    if ! build/fuzz/tests/fuzz/fuzz_"$target" "$found" "tests/fuzz/corpus/$target" \
        -dict=tests/fuzz/json.dict -max_total_time="$seconds" -max_len=8192 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$crashes" -print_final_stats=1 2>build/fuzz/"$target".log; then
        failed+=("$target")
        tail -n 40 build/fuzz/"$target".log
    else
        grep -E "^stat::number_of_executed_units|^Done" build/fuzz/"$target".log || true
    fi
done

if ((${#failed[@]})); then
    echo "Fuzzing found crashes in: ${failed[*]} (inputs in build/fuzz/crashes/)" >&2
    exit 1
fi
echo "Fuzzing: no crashes in ${#targets[@]} targets, ${seconds}s each."
