#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs what is missing, builds, and runs every test.
#   bash tests/run.sh            development build (build/dev)
#   TEXTBENCH_PRESET=ci bash tests/run.sh    optimised, warnings as errors
#   TEXTBENCH_PRESET=asan bash tests/run.sh  under the sanitizers, warnings as errors (what .ci/run uses)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${TEXTBENCH_PRESET:-dev}

bash packaging/install-deps.sh --tests
cmake --preset "$preset"
cmake --build --preset "$preset"

# Tests run in a private D-Bus session with an unlocked gnome-keyring (a real Secret Service; never the user's),
# on Qt's offscreen platform, with no display: nothing can pop up a password prompt or hang on one.
export QT_QPA_PLATFORM=offscreen
# Tests read English text: the suite runs in the source language whatever the desktop is set to (tst_translations
# loads German itself).
export LC_ALL=C.UTF-8 LANGUAGE=
unset DISPLAY WAYLAND_DISPLAY

# Everything the run writes goes under one fresh folder: configuration, cache and temporary files (the keyring's
# data folder too, made under TMPDIR), so that the last test (tst_secretscan) can search all of it for secrets.
# The npm packages of the conformance tests stay in the user's cache, which is not the run's.
export TEXTBENCH_NPM_CACHE=${TEXTBENCH_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/textbench/conformance}
TEXTBENCH_TEST_ROOT=$(mktemp -d -t textbench-tests.XXXXXX)
export TEXTBENCH_TEST_ROOT
mkdir -p "$TEXTBENCH_TEST_ROOT"/{config,cache,tmp}
export XDG_CONFIG_HOME=$TEXTBENCH_TEST_ROOT/config XDG_CACHE_HOME=$TEXTBENCH_TEST_ROOT/cache TMPDIR=$TEXTBENCH_TEST_ROOT/tmp

status=0
trap 'echo "tests/run.sh: interrupted; the run'"'"'s files are in $TEXTBENCH_TEST_ROOT" >&2; exit 130' INT TERM
dbus-run-session -- bash tests/with-keyring.sh ctest --preset "$preset" "$@" || status=$?
# The hostile-server suite's figures (cases, crashes, hangs, leaks, inputs lost), after CTest's summary.
grep -h '^hostile: ' "build/$preset/Testing/Temporary/LastTest.log" 2>/dev/null || true
if [[ $status -eq 0 ]]; then
  rm -rf "$TEXTBENCH_TEST_ROOT"
else
  echo "tests/run.sh: the run's files are kept for inspection in $TEXTBENCH_TEST_ROOT" >&2
fi
exit $status
