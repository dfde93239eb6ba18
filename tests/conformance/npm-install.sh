#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs exactly the packages of package-lock.json (npm ci) into a cache outside the source tree, and prints the
# directory that holds node_modules as the last line on stdout. Everything npm says goes to stderr.
#
#   dir=$(bash tests/conformance/npm-install.sh | tail -n 1)
#   dir=$(bash tests/conformance/npm-install.sh tests/bench/node | tail -n 1)   # another package.json + lock
#
# The cache is ${TEXTBENCH_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/textbench/conformance}/<sha256 of the lock>/:
# a new lock gets a new directory, an unchanged one is reused without asking the registry anything. A directory
# counts only once its stamp exists, and it appears whole: npm installs into a temporary directory beside it, which
# is then renamed, so two runs at once (parallel ctest, two build trees) never see half an install.
set -euo pipefail

here=$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")}" && pwd)
stamp_name=.textbench-npm-complete

die() {
    echo "npm-install.sh: $*" >&2
    exit 1
}

command -v node >/dev/null 2>&1 \
    || die "node is not installed; the conformance tests need Node.js 18 or later (Debian: apt-get install nodejs npm)."
command -v npm >/dev/null 2>&1 \
    || die "npm is not installed; the conformance tests fetch their reference packages with it (apt-get install npm)."
node_major=$(node -p 'process.versions.node.split(".")[0]') || die "node does not run."
((node_major >= 18)) || die "node $(node --version) is too old; the conformance tests need Node.js 18 or later."

lock=$here/package-lock.json
[[ -f $lock && -f $here/package.json ]] || die "$here must hold package.json and package-lock.json."
# What npm ci would refuse, refused here too, even when the cache could answer: a package.json whose dependencies are
# not the ones the lock was made for.
node -e '
    const [pkg, lock] = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
    const root = (lock.packages && lock.packages[""]) || {};
    const sorted = (o) => JSON.stringify(Object.entries(o || {}).sort());
    for (const k of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"])
        if (sorted(pkg[k]) !== sorted(root[k])) process.exit(1);
' "$here/package.json" "$lock" \
    || die "package.json and package-lock.json disagree: run 'npm install --package-lock-only' in $here, commit both."
hash=$(sha256sum "$lock" | cut -d' ' -f1)
base=${TEXTBENCH_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/textbench/conformance}
dir=$base/$hash

if [[ -f $dir/$stamp_name && -d $dir/node_modules ]]; then
    echo "$dir"
    exit 0
fi

mkdir -p "$base" || die "cannot create the cache directory $base (set TEXTBENCH_NPM_CACHE to another place)."
tmp=$(mktemp -d "$base/.install-$hash.XXXXXX") || die "cannot create a temporary directory in $base."
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp" # mktemp makes it private; the cache is not secret
cp "$here/package.json" "$lock" "$tmp/"

echo "npm-install.sh: installing the locked packages into $dir" >&2
# --ignore-scripts: the reference packages are plain JavaScript, and nothing from the registry runs at install time.
# --prefer-offline: what npm's own cache already holds is not fetched again.
if ! (cd "$tmp" && npm ci --ignore-scripts --prefer-offline --no-audit --no-fund --loglevel=warn) >&2; then
    die "npm ci failed (see above). Is the npm registry reachable? Do package.json and package-lock.json agree?"
fi
date -u +%Y-%m-%dT%H:%M:%SZ >"$tmp/$stamp_name"

# rename() onto a directory that exists and is not empty fails, so this never overwrites a finished install.
if ! mv -T "$tmp" "$dir" 2>/dev/null; then
    if [[ ! -f $dir/$stamp_name ]]; then
        # Something unfinished that this script did not make (it only ever renames whole installs): replace it.
        rm -rf "$dir"
        mv -T "$tmp" "$dir" 2>/dev/null || [[ -f $dir/$stamp_name ]] || die "cannot move the install into $dir."
    fi
    # Otherwise another run finished first; its install is as good as ours, which the trap removes.
fi
[[ -f $dir/$stamp_name ]] || die "the install in $dir is incomplete."
echo "$dir"
