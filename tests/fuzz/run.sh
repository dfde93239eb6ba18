#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset "fuzz") and runs each of them.
#
#   tests/fuzz/run.sh [SECONDS]     fuzz every target for SECONDS (default 60); new inputs go to
#                                   build/fuzz/corpus/<target>, crashes to build/fuzz/crashes/<target>/
#   tests/fuzz/run.sh --regress     run every target once over its committed corpus and tests/fuzz/regressions/<target>/
#
# FUZZ_TARGETS="segments form_roundtrip" limits the run to some targets; FUZZ_JOBS sets the build's -j (default 2).
# Exits non-zero when a target crashed (or an invariant failed), or when the build failed.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build/fuzz"

mode=fuzz
seconds=60
case "${1:-}" in
"") ;;
--regress) mode=regress ;;
-h | --help)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
*)
    if [[ ! "$1" =~ ^[0-9]+$ ]] || [ "$1" -lt 1 ]; then
        echo "usage: $0 [SECONDS | --regress]" >&2
        exit 2
    fi
    seconds=$1
    ;;
esac

targets=(${FUZZ_TARGETS:-message_json page_json error_body form_roundtrip phone_sid retry_after segments})

declare -A dict=(
    [message_json]=json.dict [page_json]=json.dict [error_body]=json.dict [form_roundtrip]=form.dict
    [phone_sid]=phone.dict [retry_after]=http_date.dict [segments]=segments.dict [twiml]=twiml.dict
)

bash "$root/packaging/install-deps.sh" --fuzz || exit 2
# libFuzzer's runtime is Debian's libclang-rt-14-dev; say so rather than fail at the link.
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' |
    clang++ -fsanitize=fuzzer -x c++ - -o /dev/null 2>/dev/null; then
    echo "clang++ cannot link libFuzzer: install clang and libclang-rt-14-dev (apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi

cd "$root" || exit 2
echo "== configure and build (preset fuzz)"
start=$SECONDS
cmake --preset fuzz >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 2; }
cmake --build --preset fuzz -j"${FUZZ_JOBS:-2}" || exit 2
echo "   built in $((SECONDS - start)) s"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LC_ALL=C.UTF-8

failed=0
rows=()

stat_of() { # stat_of LOG NAME: a libFuzzer -print_final_stats=1 value
    sed -n "s/^stat::$2: *//p" "$1" | tail -1
}

for t in "${targets[@]}"; do
    exe="$build/tests/fuzz/fuzz_$t"
    seeds="$here/corpus/$t"
    regressions="$here/regressions/$t"
    mkdir -p "$build/logs" "$build/crashes/$t"
    log="$build/logs/$t.log"

    if [ "$mode" = regress ]; then
        mapfile -t inputs < <(find "$seeds" "$regressions" -type f 2>/dev/null | sort)
        echo "== $t: ${#inputs[@]} inputs"
        : >"$log"
        bad=()
        # One process per input, so that one crash does not hide the next.
        for input in "${inputs[@]}"; do
            "$exe" -timeout=10 -rss_limit_mb=2048 "$input" >"$log.one" 2>&1
            rc=$?
            cat "$log.one" >>"$log"
            if [ "$rc" -ne 0 ]; then
                bad+=("${input#"$here/"}")
                echo "   FAILED: ${input#"$here/"}"
                grep -m1 -E "CHECK FAILED|runtime error|ERROR: " "$log.one" | sed 's/^/     /'
            fi
        done
        status=ok
        if [ "${#bad[@]}" -gt 0 ]; then
            status="${#bad[@]} FAILED"
            failed=1
        fi
        rows+=("$(printf '%-16s %8s  %s' "$t" "${#inputs[@]}" "$status")")
        continue
    fi

    work="$build/corpus/$t"
    crashes="$build/crashes/$t"
    mkdir -p "$work"
    stamp="$build/logs/$t.stamp"
    : >"$stamp"
    echo "== $t: ${seconds} s"
    # New inputs go to the first directory; the committed seeds are only read. (Regressions are not loaded here: one
    # that still crashes would stop the target at once. --regress runs them.)
    dirs=("$work" "$seeds")
    "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="$here/${dict[$t]}" -artifact_prefix="$crashes/" "${dirs[@]}" >"$log" 2>&1
    rc=$?
    runs=$(stat_of "$log" number_of_executed_units)
    speed=$(stat_of "$log" average_exec_per_sec)
    corpus=$(find "$work" "$seeds" -type f | wc -l)
    found=$(find "$crashes" -type f -newer "$stamp" | wc -l)
    if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
        failed=1
        [ "$found" -eq 0 ] && found="exit $rc"
        grep -E "ERROR: |CHECK FAILED|runtime error|Test unit written" "$log" | head -5
    fi
    rows+=("$(printf '%-16s %12s %8s %8s %8s' "$t" "${runs:-?}" "${speed:-?}" "$corpus" "$found")")
done

echo
if [ "$mode" = regress ]; then
    printf '%-16s %8s  %s\n' target inputs result
else
    printf '%-16s %12s %8s %8s %8s\n' target executions exec/s corpus crashes
fi
printf '%s\n' "${rows[@]}"
[ "$failed" -eq 0 ] || echo "Some target failed: logs in $build/logs, inputs in $build/crashes" >&2
exit "$failed"
