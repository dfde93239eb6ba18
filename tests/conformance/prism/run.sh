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
# shellcheck source-path=SCRIPTDIR source=../common/run-lib.sh
source "$here/../common/run-lib.sh"

(($# == 2)) || die "usage: run.sh path/to/textbench-cli path/to/textbench-sandbox"
cli=$1
sandbox=$2
[[ -x $cli ]] || die "$cli is not an executable (textbench-cli)."
[[ -x $sandbox ]] || die "$sandbox is not an executable (textbench-sandbox)."

skip_unless_node_for_prism "prism conformance"

packages=$(bash "$here/../npm-install.sh" | tail -n 1)
prism_main=$packages/node_modules/@stoplight/prism-cli/dist/index.js
[[ -f $prism_main ]] || die "npm-install.sh did not install @stoplight/prism-cli (got \"$packages\")."
spec=$(bash "$here/fetch-spec.sh" | tail -n 1)
[[ -f $spec ]] || die "fetch-spec.sh did not give the spec (got \"$spec\")."

make_work_dir textbench-prism

started=$(date +%s.%N)
node "$here/adjust-spec.mjs" "$spec" "$work/spec.json" || die "adjust-spec.mjs failed."

# One sandbox, fast (speed 100: delivered about 20 ms after sending); its first line is the connection as JSON.
start_sandbox "$sandbox" 100
base_url=$(sandbox_base_url)

# One Prism on a free port of 127.0.0.1; it says where it listens once the spec is loaded.
start_prism "$prism_main" "$work/spec.json" "$base_url" "$work/prism.log"
wait_for_prism "$work/prism.log" "${pids[-1]}" Prism
prism_url=$(prism_url_in "$work/prism.log")

# In the background and waited for, so that SIGINT/SIGTERM reach the traps at once (and so the cleanup).
run_waited node "$here/drive.mjs" "$cli" "$prism_url" "$work/sandbox.json"
((status == 0)) || prism_violations "$work/prism.log"
echo "prism conformance: finished in $(seconds_since "$started") s (after install)" >&2
exit "$status"
