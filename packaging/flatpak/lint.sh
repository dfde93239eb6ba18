#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Lint the Flatpak manifest offline (CI cannot build it: no internet, no Flatpak runtime).
#
# Usage: packaging/flatpak/lint.sh [MANIFEST]
#   MANIFEST defaults to packaging/flatpak/io.github.textbench.yml (relative to the repository root);
#   a path given on the command line is taken relative to the current directory.
#
# Checks, each failure reported on its own line:
#   - flatpak-builder --show-manifest parses it without warnings (unknown keys, mistyped values);
#   - the id equals the desktop file's name stem (packaging/*.desktop) and the metainfo <id>; command is textbench;
#   - finish-args are exactly the allowed set (network, IPC, Wayland/fallback X11, DRI, the Secret Service, notifications);
#   - runtime org.kde.Platform, sdk org.kde.Sdk, one runtime-version for both;
#   - every source is pinned: git by tag or commit, archive/file/extra-data from a URL by sha256;
#     dir sources only in the app's own (last) module; no module builds with network access;
#   - the last module builds the app with -DTEXTBENCH_BUILD_TESTS=OFF;
#   - desktop-file-validate and appstreamcli validate --no-net pass (each skipped with a note if missing).
# Prints "flatpak-lint: ok (N modules, M finish-args)" and exits 0 when all pass; exits 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
manifest="${1:-$root/packaging/flatpak/io.github.textbench.yml}"
desktop="$root/resources/io.github.textbench.desktop"
metainfo="$root/resources/io.github.textbench.metainfo.xml"

fail() { echo "flatpak-lint: error: $*" >&2; exit 1; }

[[ -f "$manifest" ]] || fail "manifest not found: $manifest"
[[ -f "$desktop" ]] || fail "desktop file not found: $desktop"
[[ -f "$metainfo" ]] || fail "metainfo not found: $metainfo"
command -v flatpak-builder >/dev/null 2>&1 \
    || fail "flatpak-builder not found: install flatpak-builder (e.g. apt-get install flatpak-builder)"
command -v python3 >/dev/null 2>&1 || fail "python3 not found: install python3"

manifest="$(cd "$(dirname "$manifest")" && pwd)/$(basename "$manifest")"

# flatpak-builder writes a .flatpak-builder state directory into the current directory even for
# --show-manifest: run it in a scratch directory so the checkout stays untouched.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && flatpak-builder --show-manifest "$manifest" >"$work/manifest.json" 2>"$work/stderr"); then
    sed 's/^/  /' "$work/stderr" >&2
    fail "flatpak-builder cannot parse $manifest"
fi
if grep -q . "$work/stderr"; then
    # Unknown properties and values of the wrong type (e.g. an unquoted all-digit sha256 read as a number)
    # are only warnings to flatpak-builder, and the value is silently dropped: treat them as errors.
    sed 's/^/  /' "$work/stderr" >&2
    fail "flatpak-builder warned while parsing $manifest"
fi

status=0
python3 - "$work/manifest.json" "$desktop" "$metainfo" <<'PY' || status=1
import json
import os
import sys
import xml.etree.ElementTree as ET

manifest_json, desktop, metainfo = sys.argv[1:4]
errors = []

ALLOWED_FINISH_ARGS = [
    "--share=network",
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
    "--talk-name=org.freedesktop.secrets",
    "--talk-name=org.freedesktop.Notifications",
]
RUNTIME, SDK, COMMAND = "org.kde.Platform", "org.kde.Sdk", "textbench"
APP_OPTION = "-DTEXTBENCH_BUILD_TESTS=OFF"

with open(manifest_json, encoding="utf-8") as handle:
    manifest = json.load(handle)

# Identity: manifest id, desktop file stem and metainfo <id> must agree.
app_id = manifest.get("id") or manifest.get("app-id")
desktop_stem = os.path.basename(desktop)[: -len(".desktop")]
try:
    meta_id = (ET.parse(metainfo).getroot().findtext("id") or "").strip()
except ET.ParseError as error:
    meta_id = None
    errors.append(f"metainfo {metainfo} is not well-formed XML: {error}")
if not app_id:
    errors.append("manifest has no id")
else:
    if app_id != desktop_stem:
        errors.append(f"id {app_id!r} differs from the desktop file name stem {desktop_stem!r}")
    if meta_id is not None and app_id != meta_id:
        errors.append(f"id {app_id!r} differs from the metainfo <id> {meta_id!r}")
if manifest.get("command") != COMMAND:
    errors.append(f"command is {manifest.get('command')!r}, expected {COMMAND!r}")

# Sandbox permissions: exactly the allowed set, nothing more, nothing missing, no duplicates.
finish_args = manifest.get("finish-args") or []
for arg in finish_args:
    if arg not in ALLOWED_FINISH_ARGS:
        errors.append(f"finish-arg {arg!r} is not allowed (allowed: {' '.join(ALLOWED_FINISH_ARGS)})")
for arg in ALLOWED_FINISH_ARGS:
    if arg not in finish_args:
        errors.append(f"finish-arg {arg!r} is missing")
for arg in sorted({a for a in finish_args if finish_args.count(a) > 1}):
    errors.append(f"finish-arg {arg!r} is listed more than once")

# Runtime and SDK: KDE's, one branch for both.
runtime_version = manifest.get("runtime-version")
runtime, _, runtime_branch = (manifest.get("runtime") or "").partition("//")
sdk, _, sdk_branch = (manifest.get("sdk") or "").partition("//")
if runtime != RUNTIME:
    errors.append(f"runtime is {manifest.get('runtime')!r}, expected {RUNTIME!r}")
if sdk != SDK:
    errors.append(f"sdk is {manifest.get('sdk')!r}, expected {SDK!r}")
if not runtime_version:
    errors.append("runtime-version is not set")
for what, branch in (("runtime", runtime_branch), ("sdk", sdk_branch)):
    if branch and branch != runtime_version:
        errors.append(f"{what} branch {branch!r} differs from runtime-version {runtime_version!r}")


def check_source(module, source, is_app):
    where = f"module {module!r}"
    if not isinstance(source, dict):
        errors.append(f"{where}: source {source!r} was not resolved to an object")
        return
    kind = source.get("type")
    what = f"{where}: {kind} source {source.get('url') or source.get('path') or ''}".rstrip()
    if kind == "git":
        if not source.get("tag") and not source.get("commit"):
            if source.get("branch"):
                errors.append(f"{what} follows branch {source['branch']!r}: pin it with a tag or commit")
            else:
                errors.append(f"{what} is not pinned: add a tag or commit")
    elif kind in ("archive", "file"):
        if source.get("url") and not source.get("sha256"):
            errors.append(f"{what} has no sha256")
    elif kind == "extra-data":
        if not source.get("sha256"):
            errors.append(f"{what} has no sha256")
    elif kind in ("svn", "bzr"):
        if not source.get("revision"):
            errors.append(f"{what} has no revision")
    elif kind == "dir":
        if not is_app:
            errors.append(f"{what}: dir sources are only allowed in the app's own module")
    elif kind in ("patch", "script", "shell", "inline"):
        pass  # local content, part of this repository or of the manifest itself
    else:
        errors.append(f"{what}: unknown source type {kind!r}")


def walk(modules, top_level):
    count = 0
    for index, module in enumerate(modules):
        if not isinstance(module, dict):
            errors.append(f"module {module!r} was not resolved to an object")
            continue
        count += 1
        name = module.get("name", f"#{index}")
        is_app = top_level and index == len(modules) - 1
        for source in module.get("sources") or []:
            check_source(name, source, is_app)
        build_args = (module.get("build-options") or {}).get("build-args") or []
        if "--share=network" in build_args:
            errors.append(f"module {name!r} builds with network access (build-args --share=network)")
        count += walk(module.get("modules") or [], False)
    return count


modules = manifest.get("modules") or []
module_count = walk(modules, True)
if not modules:
    errors.append("manifest has no modules")
elif isinstance(modules[-1], dict):
    app = modules[-1]
    opts = app.get("config-opts") or []
    if APP_OPTION not in opts:
        errors.append(f"the last module {app.get('name')!r} does not build the app with {APP_OPTION}")
    if "-DTEXTBENCH_BUILD_TESTS=ON" in opts:
        errors.append(f"the last module {app.get('name')!r} also passes -DTEXTBENCH_BUILD_TESTS=ON")

for error in errors:
    print(f"flatpak-lint: error: {error}", file=sys.stderr)
if errors:
    sys.exit(1)
with open(os.path.join(os.path.dirname(manifest_json), "summary"), "w", encoding="utf-8") as handle:
    handle.write(f"{module_count} {len(finish_args)}\n")
PY

if command -v desktop-file-validate >/dev/null 2>&1; then
    if ! out="$(desktop-file-validate "$desktop" 2>&1)" || [[ -n "$out" ]]; then
        printf '%s\n' "$out" | sed 's/^/  /' >&2
        echo "flatpak-lint: error: desktop-file-validate rejects $desktop" >&2
        status=1
    fi
else
    echo "flatpak-lint: note: desktop-file-validate not installed, desktop file not validated" >&2
fi

if command -v appstreamcli >/dev/null 2>&1; then
    if ! out="$(appstreamcli validate --no-net "$metainfo" 2>&1)"; then
        printf '%s\n' "$out" | sed 's/^/  /' >&2
        echo "flatpak-lint: error: appstreamcli validate --no-net rejects $metainfo" >&2
        status=1
    fi
else
    echo "flatpak-lint: note: appstreamcli not installed, metainfo not validated" >&2
fi

[[ $status -eq 0 ]] || exit 1
read -r modules finish_args <"$work/summary"
echo "flatpak-lint: ok ($modules modules, $finish_args finish-args)"
