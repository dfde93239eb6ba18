#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The webhook conformance checks: the sandbox calling an app, judged by Twilio's own code and OpenAPI descriptions.
#   bash tests/conformance/webhooks/run.sh CHECK path/to/textbench-cli path/to/textbench-sandbox
# CHECK is one of
#   signatures  (CTest webhooks_signatures_conformance) signatures.mjs: every request the sandbox sends to a receiver
#               on loopback passes twilio-node's validateRequest; Twilio's test vector; textbench-cli webhooks sign.
#   twiml       (CTest webhooks_twiml_conformance) twiml.mjs: TwiML documents made by twilio-node's
#               MessagingResponse, answered to inbound messages, are followed as Twilio describes.
#   prism       (CTest webhooks_prism_conformance) prism-drive.mjs: IncomingPhoneNumbers list/fetch/update and
#               Monitor Alerts list/fetch through two Prism proxies with --errors (twilio_api_v2010.json and
#               twilio_monitor_v1.json of @twilio/cli-core, adjusted by adjust-specs.mjs) in front of one sandbox.
# Each installs the locked reference packages (../npm-install.sh), starts one sandbox on a free port of 127.0.0.1,
# runs its script, prints one summary line, and exits non-zero on any mismatch (77: skipped, when the node is too
# old for Prism). Offline after the first install: everything talks to loopback only.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
check=${1:-}
die() {
    echo "run.sh: $*" >&2
    echo "${check:-webhooks}: FAILED (setup)"
    exit 1
}

(($# == 3)) || die "usage: run.sh signatures|twiml|prism path/to/textbench-cli path/to/textbench-sandbox"
case $check in
signatures | twiml | prism) ;;
*) die "unknown check \"$check\" (signatures, twiml or prism)" ;;
esac
cli=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
sandbox=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
[[ -x $cli ]] || die "$2 is not an executable (textbench-cli)."
[[ -x $sandbox ]] || die "$3 is not an executable (textbench-sandbox)."

if [[ $check == prism ]] \
    && ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    echo "prism webhooks: skipped: node $(node --version) is older than 20.19, which Prism 5.16 needs"
    exit 77
fi

packages=$(bash "$here/../npm-install.sh" | tail -n 1)
[[ -d $packages/node_modules/twilio ]] || die "npm-install.sh did not install twilio (got \"$packages\")."

work=$(mktemp -d "${TMPDIR:-/tmp}/textbench-webhooks-$check.XXXXXX")
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

if [[ $check == prism ]]; then
    prism_main=$packages/node_modules/@stoplight/prism-cli/dist/index.js
    [[ -f $prism_main ]] || die "npm-install.sh did not install @stoplight/prism-cli (got \"$packages\")."
    # twilio_api_v2010.json as ../prism/fetch-spec.sh gives it (fetched once, pinned by "textbenchSpec" in
    # ../package.json); twilio_monitor_v1.json from the same tarball, which fetch-spec.sh keeps beside it and which
    # is checked against the same pinned integrity before anything is taken from it.
    api_spec=$(bash "$here/../prism/fetch-spec.sh" | tail -n 1)
    [[ -f $api_spec ]] || die "fetch-spec.sh did not give the spec (got \"$api_spec\")."
    tarball=$(dirname "$api_spec")/package.tgz
    [[ -f $tarball ]] || die "fetch-spec.sh keeps no package.tgz beside $api_spec."
    node -e '
        const fs = require("fs");
        const pin = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).textbenchSpec;
        const h = require("crypto").createHash("sha512").update(fs.readFileSync(process.argv[2]));
        process.exit("sha512-" + h.digest("base64") === pin.integrity ? 0 : 1);
    ' "$here/../package.json" "$tarball" || die "$tarball does not match the integrity pinned in ../package.json."
    monitor_path=package/src/services/twilio-api/twilio_monitor_v1.json
    tar -xzOf "$tarball" "$monitor_path" >"$work/monitor-original.json" 2>/dev/null \
        || die "the pinned @twilio/cli-core has no $monitor_path."
    node "$here/adjust-specs.mjs" api "$api_spec" "$work/api.json" || die "adjust-specs.mjs api failed."
    node "$here/adjust-specs.mjs" monitor "$work/monitor-original.json" "$work/monitor.json" \
        || die "adjust-specs.mjs monitor failed."
fi

# One sandbox, fast (speed 20: delivered about 0.1 s after sending; 100 for Prism, which waits for nothing).
speed=20
[[ $check == prism ]] && speed=100
"$sandbox" --port 0 --speed "$speed" >"$work/sandbox.json" 2>"$work/sandbox.log" &
pids+=($!)
wait_for "$work/sandbox.json" '^\{.*"base_url"' 10 "${pids[-1]}" textbench-sandbox || die "the sandbox did not start."

if [[ $check == prism ]]; then
    base_url=$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).base_url' \
        "$work/sandbox.json")
    # Two Prisms on free ports of 127.0.0.1, both in front of the one sandbox: api.twilio.com's paths and
    # monitor.twilio.com's (the sandbox serves /v1/Alerts on its one origin). Each says where it listens once ready.
    for spec in api monitor; do
        NO_COLOR=1 FORCE_COLOR=0 node "$prism_main" proxy "$work/$spec.json" "$base_url" --errors --host 127.0.0.1 \
            --port 0 >"$work/prism-$spec.log" 2>&1 &
        pids+=($!)
        eval "prism_pid_$spec=${pids[-1]}"
    done
    for spec in api monitor; do
        pid_var=prism_pid_$spec
        wait_for "$work/prism-$spec.log" 'listening on http://127\.0\.0\.1:[0-9]+' 60 "${!pid_var}" "Prism ($spec)" \
            || die "Prism ($spec) did not start."
    done
    api_prism=$(grep -aoE 'listening on http://127\.0\.0\.1:[0-9]+' "$work/prism-api.log" | head -n 1 | sed 's/^listening on //')
    monitor_prism=$(grep -aoE 'listening on http://127\.0\.0\.1:[0-9]+' "$work/prism-monitor.log" | head -n 1 | sed 's/^listening on //')
    script=(prism-drive.mjs "$cli" "$api_prism" "$monitor_prism" "$work/sandbox.json")
else
    script=("$check.mjs" "$cli" "$work/sandbox.json")
fi

# From the packages' directory (the scripts resolve twilio from there); in the background and waited for, so that
# SIGINT/SIGTERM reach the traps at once (and so the cleanup).
status=0
(cd "$packages" && NODE_PATH=$packages/node_modules exec node "$here/${script[0]}" "${script[@]:1}") &
pids+=($!)
wait "${pids[-1]}" || status=$?
if ((status != 0)); then
    echo "--- the sandbox's log (stderr):" >&2
    tail -n 30 "$work/sandbox.log" >&2 || true
    if [[ $check == prism ]]; then
        for spec in api monitor; do
            echo "--- Prism's own account of the violations (prism-$spec.log):" >&2
            grep -aE 'Violation|terminated with error' "$work/prism-$spec.log" | grep -av ' get / ' | tail -n 40 >&2 || true
        done
    fi
fi
echo "$check webhooks: finished in $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s (after install)" >&2
exit "$status"
