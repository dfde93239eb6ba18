#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The segment-calculator conformance test (CTest: segments_conformance):
#   bash tests/conformance/segments/run.sh path/to/tst_segments_conformance [Qt Test arguments...]
# installs the locked reference packages (npm-install.sh), generates the corpus with Twilio's calculator
# (corpus.mjs) and runs the Qt test on it. Exits with the test's status.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() {
    echo "run.sh: $*" >&2
    exit 1
}

(($# >= 1)) || die "usage: run.sh path/to/tst_segments_conformance [Qt Test arguments...]"
binary=$1
shift
[[ -x $binary ]] || die "$binary is not an executable test binary."

packages=$(bash "$here/../npm-install.sh" | tail -n 1)
[[ -d $packages/node_modules ]] || die "npm-install.sh did not give a directory with node_modules (got \"$packages\")."

corpus=$(mktemp "${TMPDIR:-/tmp}/textbench-segments-corpus.XXXXXX")
trap 'rm -f "$corpus"' EXIT
# corpus.mjs resolves the package from its working directory; NODE_PATH covers a require() from anywhere else.
(cd "$packages" && NODE_PATH=$packages/node_modules node "$here/corpus.mjs" "$corpus") \
    || die "corpus.mjs failed: the reference calculator could not generate the corpus."

status=0
TEXTBENCH_SEGMENTS_CORPUS=$corpus "$binary" "$@" || status=$?
exit "$status"
