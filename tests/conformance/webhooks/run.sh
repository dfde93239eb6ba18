#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The webhook conformance checks: the sandbox calling an app, judged by Twilio's own code and OpenAPI descriptions.
#   bash tests/conformance/webhooks/run.sh CHECK path/to/textbench-cli path/to/textbench-sandbox
# CHECK is one of
#   signatures  (CTest webhooks_signatures_conformance) signatures.mjs: every request the sandbox sends to a receiver
#               on loopback passes twilio-node's validateRequest; Twilio's test vector; textbench-cli webhooks sign.
#   twiml       (CTest webhooks_twiml_conformance) twiml.mjs: TwiML documents made by twilio-node's
#               MessagingResponse, answered to inbound messages, are followed as Twilio describes.
#   prism       (CTest webhooks_prism_conformance) prism-drive.mjs: IncomingPhoneNumbers list/fetch/update, Monitor
#               Alerts list/fetch and Messaging Services list/fetch/update (and a message sent through the service,
#               called back at its StatusCallback); Accounts list, Messages as a subaccount, Message Feedback, the
#               service's PhoneNumbers, ShortCodes and Lookup v2, through four Prism proxies with --errors
#               (twilio_api_v2010.json, twilio_monitor_v1.json, twilio_messaging_v1.json and twilio_lookups_v2.json of
#               @twilio/cli-core, adjusted by adjust-specs.mjs) in front of one sandbox.
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
# shellcheck source-path=SCRIPTDIR source=../common/run-lib.sh
source "$here/../common/run-lib.sh"

(($# == 3)) || die "usage: run.sh signatures|twiml|prism path/to/textbench-cli path/to/textbench-sandbox"
case $check in
signatures | twiml | prism) ;;
*) die "unknown check \"$check\" (signatures, twiml or prism)" ;;
esac
cli=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
sandbox=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
[[ -x $cli ]] || die "$2 is not an executable (textbench-cli)."
[[ -x $sandbox ]] || die "$3 is not an executable (textbench-sandbox)."

if [[ $check == prism ]]; then
    skip_unless_node_for_prism "prism webhooks"
fi

packages=$(bash "$here/../npm-install.sh" | tail -n 1)
[[ -d $packages/node_modules/twilio ]] || die "npm-install.sh did not install twilio (got \"$packages\")."

make_work_dir "textbench-webhooks-$check"

started=$(date +%s.%N)

if [[ $check == prism ]]; then
    prism_main=$packages/node_modules/@stoplight/prism-cli/dist/index.js
    [[ -f $prism_main ]] || die "npm-install.sh did not install @stoplight/prism-cli (got \"$packages\")."
    # twilio_api_v2010.json as ../prism/fetch-spec.sh gives it (fetched once, pinned by "textbenchSpec" in
    # ../package.json); twilio_monitor_v1.json, twilio_messaging_v1.json and twilio_lookups_v2.json from the same
    # tarball, which fetch-spec.sh keeps beside it and which is checked against the same pinned integrity before
    # anything is taken from it.
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
    # One Prism per spec; prism-drive.mjs takes their URLs in this order.
    specs=(api monitor messaging lookups)
    node "$here/adjust-specs.mjs" api "$api_spec" "$work/api.json" || die "adjust-specs.mjs api failed."
    for spec in "${specs[@]:1}"; do
        version=v1
        [[ $spec == lookups ]] && version=v2
        spec_path=package/src/services/twilio-api/twilio_${spec}_${version}.json
        tar -xzOf "$tarball" "$spec_path" >"$work/$spec-original.json" 2>/dev/null \
            || die "the pinned @twilio/cli-core has no $spec_path."
        node "$here/adjust-specs.mjs" "$spec" "$work/$spec-original.json" "$work/$spec.json" \
            || die "adjust-specs.mjs $spec failed."
    done
fi

# One sandbox, fast (speed 20: delivered about 0.1 s after sending; 100 for Prism, which waits for nothing).
speed=20
[[ $check == prism ]] && speed=100
start_sandbox "$sandbox" "$speed"

if [[ $check == prism ]]; then
    base_url=$(sandbox_base_url)
    # Four Prisms on free ports of 127.0.0.1, all in front of the one sandbox: api.twilio.com's paths,
    # monitor.twilio.com's, messaging.twilio.com's and lookups.twilio.com's (the sandbox serves /v1/Alerts,
    # /v1/Services and /v2/PhoneNumbers on its one origin). Each says where it listens once ready.
    for spec in "${specs[@]}"; do
        start_prism "$prism_main" "$work/$spec.json" "$base_url" "$work/prism-$spec.log"
        eval "prism_pid_$spec=${pids[-1]}"
    done
    prism_urls=()
    for spec in "${specs[@]}"; do
        pid_var=prism_pid_$spec
        wait_for_prism "$work/prism-$spec.log" "${!pid_var}" "Prism ($spec)"
        prism_urls+=("$(prism_url_in "$work/prism-$spec.log")")
    done
    script=(prism-drive.mjs "$cli" "${prism_urls[@]}" "$work/sandbox.json")
else
    script=("$check.mjs" "$cli" "$work/sandbox.json")
fi

# From the packages' directory (the scripts resolve twilio from there); in the background and waited for, so that
# SIGINT/SIGTERM reach the traps at once (and so the cleanup).
# shellcheck disable=SC2317 # run by run_waited
in_packages() { cd "$packages" && NODE_PATH=$packages/node_modules exec node "$@"; }
run_waited in_packages "$here/${script[0]}" "${script[@]:1}"
if ((status != 0)); then
    echo "--- the sandbox's log (stderr):" >&2
    tail -n 30 "$work/sandbox.log" >&2 || true
    if [[ $check == prism ]]; then
        for spec in "${specs[@]}"; do
            prism_violations "$work/prism-$spec.log"
        done
    fi
fi
echo "$check webhooks: finished in $(seconds_since "$started") s (after install)" >&2
exit "$status"
