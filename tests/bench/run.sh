#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark command: Textbench beside the tools Twilio developers use today, on this machine, in one run.
#
#   bash tests/bench/run.sh [--runs N] [--quick] [--json FILE]
#
# Installs what is missing (Debian packages; twilio-cli and Twilio's Node.js library, exact versions from
# tests/bench/node/package-lock.json, into a cache outside the tree), builds the release-with-debug-info "ci" preset,
# then runs tests/bench/run.mjs in a private D-Bus session with a throwaway keyring (the window's profiles) on Qt's
# offscreen platform, and prints the table. About four minutes on a 2-core machine. Nothing reaches the internet:
# every client talks to bench_server on 127.0.0.1. Figures are medians; see run.mjs for what each row times.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash packaging/install-deps.sh --tests --bench >&2
preset=${TEXTBENCH_PRESET:-ci}
[[ -f build/$preset/CMakeCache.txt ]] || cmake --preset "$preset" >&2
cmake --build --preset "$preset" --target textbench textbench-cli bench_server bench_client >&2
peers=$(bash tests/conformance/npm-install.sh tests/bench/node | tail -n 1)

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash tests/with-keyring.sh \
  node tests/bench/run.mjs --bin "build/$preset/bin" --node-modules "$peers" "$@"
