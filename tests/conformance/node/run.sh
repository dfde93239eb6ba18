#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Node library comparison (CTest: node_conformance):
#   bash tests/conformance/node/run.sh path/to/textbench-cli
# installs the locked reference packages (../npm-install.sh: npm twilio, pinned in ../package.json) and runs
# compare.mjs, which sends the same operations through Twilio's official Node library and through textbench-cli to
# a capture server on loopback and compares the requests field by field. Prints
#   node conformance: N comparisons, N passed, N failed
# and exits non-zero on any difference. Needs the npm registry only the first time (the cache is reused after).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() {
    echo "run.sh: $*" >&2
    echo "node conformance: 0 comparisons, 0 passed, 1 failed"
    exit 1
}

(($# == 1)) || die "usage: run.sh path/to/textbench-cli"
cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[[ -x $cli ]] || die "$1 is not an executable (textbench-cli)."

packages=$(bash "$here/../npm-install.sh" | tail -n 1)
[[ -d $packages/node_modules/twilio ]] || die "npm-install.sh did not install twilio (got \"$packages\")."

# compare.mjs resolves the package from its working directory; NODE_PATH covers a require() from anywhere else.
# In the background and waited for, so that SIGINT/SIGTERM stop it at once.
child=
trap '[[ -n $child ]] && kill "$child" 2>/dev/null; exit 130' INT
trap '[[ -n $child ]] && kill "$child" 2>/dev/null; exit 143' TERM
(cd "$packages" && NODE_PATH=$packages/node_modules exec node "$here/compare.mjs" "$cli") &
child=$!
status=0
wait "$child" || status=$?
exit "$status"
