#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Prism conformance test (CTest: prism_conformance):
#   bash tests/conformance/prism/run.sh path/to/textbench-cli path/to/textbench-sandbox
# Twilio's own OpenAPI description (npm @twilio/cli-core, fetched by fetch-spec.sh), adjusted at run time for its
# three known mismatches with Twilio's behaviour (adjust-spec.mjs), is served by Prism (npm @stoplight/prism-cli,
# installed by ../npm-install.sh) in proxy mode with --errors in front of one textbench-sandbox; drive.mjs then runs
# every textbench-cli messages operation through it. Textbench's requests and the sandbox's responses must both pass:
# any violation Prism reports fails the test, with Prism's text. Prints
#   prism conformance: N operations, N passed, N failed
# and exits non-zero on any failure. Needs the npm registry only the first time (the cache is reused after).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() {
    echo "run.sh: $*" >&2
    echo "prism conformance: 0 operations, 0 passed, 1 failed"
    exit 1
}

(($# == 2)) || die "usage: run.sh path/to/textbench-cli path/to/textbench-sandbox"
cli=$1
sandbox=$2
[[ -x $cli ]] || die "$cli is not an executable (textbench-cli)."
[[ -x $sandbox ]] || die "$sandbox is not an executable (textbench-sandbox)."

# Prism 5.16 needs a node that can require() ES modules (20.19 or later); Debian 12's own nodejs is 18. Where only an
# older node exists the test is skipped (CTest SKIP_RETURN_CODE 77), saying why, rather than failing for a reason
# that is not Textbench's.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    echo "prism conformance: skipped: node $(node --version) is older than 20.19, which Prism 5.16 needs"
    exit 77
fi

packages=$(bash "$here/../npm-install.sh" | tail -n 1)
prism_main=$packages/node_modules/@stoplight/prism-cli/dist/index.js
[[ -f $prism_main ]] || die "npm-install.sh did not install @stoplight/prism-cli (got \"$packages\")."
spec=$(bash "$here/fetch-spec.sh" | tail -n 1)
[[ -f $spec ]] || die "fetch-spec.sh did not give the spec (got \"$spec\")."

work=$(mktemp -d "${TMPDIR:-/tmp}/textbench-prism.XXXXXX")
pids=()
cleanup() {
    local pid i
    trap '' INT TERM # a signal during the cleanup must not cut it short
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    # Time-boxed: SIGTERM, up to 5 s, then SIGKILL.
    for pid in "${pids[@]}"; do
        for ((i = 0; i < 50; ++i)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# wait_for FILE REGEX SECONDS PID WHAT: until a line of FILE matches REGEX; fails if PID dies or time runs out.
wait_for() {
    local file=$1 regex=$2 seconds=$3 pid=$4 what=$5 i
    for ((i = 0; i < seconds * 10; ++i)); do
        grep -aqE "$regex" "$file" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || {
            echo "run.sh: $what exited before it was ready:" >&2
            tail -n 20 "$file" >&2 || true
            return 1
        }
        sleep 0.1
    done
    echo "run.sh: $what was not ready within $seconds s:" >&2
    tail -n 20 "$file" >&2 || true
    return 1
}

started=$(date +%s.%N)
node "$here/adjust-spec.mjs" "$spec" "$work/spec.json" || die "adjust-spec.mjs failed."

# One sandbox, fast (speed 100: delivered about 20 ms after sending); its first line is the connection as JSON.
"$sandbox" --port 0 --speed 100 >"$work/sandbox.json" 2>"$work/sandbox.log" &
pids+=($!)
wait_for "$work/sandbox.json" '^\{.*"base_url"' 10 "${pids[-1]}" textbench-sandbox || die "the sandbox did not start."
base_url=$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).base_url' \
    "$work/sandbox.json")

# One Prism on a free port of 127.0.0.1; it says where it listens once the spec is loaded.
NO_COLOR=1 FORCE_COLOR=0 node "$prism_main" proxy "$work/spec.json" "$base_url" --errors --host 127.0.0.1 \
    --port 0 >"$work/prism.log" 2>&1 &
pids+=($!)
wait_for "$work/prism.log" 'listening on http://127\.0\.0\.1:[0-9]+' 60 "${pids[-1]}" Prism || die "Prism did not start."
prism_url=$(grep -aoE 'listening on http://127\.0\.0\.1:[0-9]+' "$work/prism.log" | head -n 1 | sed 's/^listening on //')

# In the background and waited for, so that SIGINT/SIGTERM reach the traps at once (and so the cleanup).
status=0
node "$here/drive.mjs" "$cli" "$prism_url" "$work/sandbox.json" &
pids+=($!)
wait "${pids[-1]}" || status=$?
if ((status != 0)); then
    echo "--- Prism's own account of the violations (prism.log):" >&2
    grep -aE 'Violation|terminated with error' "$work/prism.log" | grep -av ' get / ' | tail -n 40 >&2 || true
fi
echo "prism conformance: finished in $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s (after install)" >&2
exit "$status"
