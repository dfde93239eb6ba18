#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches Twilio's OpenAPI description of API v2010 (twilio_api_v2010.json) and prints its path as the last line on
# stdout; everything npm says goes to stderr.
#
#   spec=$(bash tests/conformance/prism/fetch-spec.sh | tail -n 1)
#
# The spec ships in the npm package @twilio/cli-core, whose dependencies the test does not need: only the package's
# own tarball is fetched (npm pack), pinned by the "textbenchSpec" field of ../package.json (package, version,
# integrity, path inside the tarball). The tarball is checked against that integrity (sha512, as npm records it)
# every time it is used, and kept with the extracted spec in
#   ${TEXTBENCH_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/textbench/conformance}/spec/<sha256 of the pin>/
# (the same cache as npm-install.sh). A cached copy is reused without asking the registry anything; it appears whole
# (prepared beside it, then renamed), so parallel runs never see half of one. Nothing of the spec is committed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
package_json=$here/../package.json
stamp_name=.textbench-spec-complete

die() {
    echo "fetch-spec.sh: $*" >&2
    exit 1
}

command -v node >/dev/null 2>&1 || die "node is not installed (Debian: apt-get install nodejs npm)."
command -v npm >/dev/null 2>&1 || die "npm is not installed (Debian: apt-get install npm)."
[[ -f $package_json ]] || die "$package_json is missing."

# package, version, integrity, path: one a line.
pin=$(node -e '
    const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).textbenchSpec || {};
    for (const k of ["package", "version", "integrity", "path"]) {
        const v = p[k];
        if (typeof v !== "string" || !v || /\s/.test(v)) { console.error(`textbenchSpec.${k} is missing`); process.exit(1); }
        console.log(v);
    }
    if (!/^\d+\.\d+\.\d+$/.test(p.version)) { console.error("textbenchSpec.version must be an exact version"); process.exit(1); }
    if (!/^sha512-[A-Za-z0-9+/]+=*$/.test(p.integrity)) { console.error("textbenchSpec.integrity must be sha512-…"); process.exit(1); }
' "$package_json") || die "package.json needs \"textbenchSpec\": {\"package\", \"version\" (exact), \"integrity\" (sha512-…), \"path\"}."
{
    read -r package
    read -r version
    read -r integrity
    read -r inner_path
} <<<"$pin"

# The sha512 of a file in npm's integrity form (sha512-<base64>).
integrity_of() {
    node -e '
        const h = require("crypto").createHash("sha512");
        h.update(require("fs").readFileSync(process.argv[1]));
        console.log("sha512-" + h.digest("base64"));
    ' "$1"
}

key=$(printf '%s\n' "$package" "$version" "$integrity" "$inner_path" | sha256sum | cut -d' ' -f1)
base=${TEXTBENCH_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/textbench/conformance}/spec
dir=$base/$key

if [[ -f $dir/$stamp_name && -f $dir/package.tgz && -f $dir/spec.json ]]; then
    [[ $(integrity_of "$dir/package.tgz") == "$integrity" ]] \
        || die "the cached tarball $dir/package.tgz does not match the pinned integrity; delete $dir and run again."
    # The extracted spec is checked against what was recorded when it was taken from the verified tarball.
    [[ $(sha256sum "$dir/spec.json" | cut -d' ' -f1) == "$(cat "$dir/$stamp_name")" ]] \
        || die "the cached spec $dir/spec.json was changed; delete $dir and run again."
    echo "$dir/spec.json"
    exit 0
fi

mkdir -p "$base" || die "cannot create the cache directory $base (set TEXTBENCH_NPM_CACHE to another place)."
tmp=$(mktemp -d "$base/.fetch-$key.XXXXXX") || die "cannot create a temporary directory in $base."
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"

echo "fetch-spec.sh: fetching $package@$version (the tarball only, no dependencies) into $dir" >&2
# npm pack of a registry package runs no scripts; --ignore-scripts says so anyway. npm checks the download against the
# registry's integrity; the pinned one is compared below, both as npm reports it and as computed here.
(cd "$tmp" && npm pack "$package@$version" --json --ignore-scripts --prefer-offline --loglevel=warn \
    --pack-destination "$tmp" >"$tmp/pack.json") \
    || die "npm pack $package@$version failed (see above). Is the npm registry reachable?"
reported=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const e = Array.isArray(r) ? r[0] : r;
    console.log(`${e.integrity}\n${e.filename}`);
' "$tmp/pack.json") || die "cannot read what npm pack reported."
{
    read -r reported_integrity
    read -r filename
} <<<"$reported"
[[ $reported_integrity == "$integrity" ]] \
    || die "npm pack reports $reported_integrity for $package@$version, but package.json pins $integrity."
[[ -f $tmp/$filename ]] || die "npm pack did not leave $filename."
mv "$tmp/$filename" "$tmp/package.tgz"
actual=$(integrity_of "$tmp/package.tgz")
[[ $actual == "$integrity" ]] || die "the tarball's sha512 is $actual, but package.json pins $integrity."

tar -xzOf "$tmp/package.tgz" "$inner_path" >"$tmp/spec.json" 2>/dev/null \
    || die "$package@$version has no $inner_path."
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$tmp/spec.json" \
    || die "$inner_path in $package@$version is not JSON."
rm -f "$tmp/pack.json"
sha256sum "$tmp/spec.json" | cut -d' ' -f1 >"$tmp/$stamp_name"

if ! mv -T "$tmp" "$dir" 2>/dev/null; then
    if [[ ! -f $dir/$stamp_name ]]; then
        rm -rf "$dir"
        mv -T "$tmp" "$dir" 2>/dev/null || [[ -f $dir/$stamp_name ]] || die "cannot move the spec into $dir."
    fi
    # Otherwise another run finished first; its copy is as good as ours, which the trap removes.
fi
[[ -f $dir/$stamp_name && -f $dir/spec.json ]] || die "the copy in $dir is incomplete."
echo "$dir/spec.json"
