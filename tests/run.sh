#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs what is missing, builds, and runs every test.
#   bash tests/run.sh            development build (build/dev)
#   TEXTBENCH_PRESET=ci bash tests/run.sh    warnings as errors (what .ci/run uses)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${TEXTBENCH_PRESET:-dev}

bash packaging/install-deps.sh --tests
cmake --preset "$preset"
cmake --build --preset "$preset"

# Tests run in a private D-Bus session with an unlocked gnome-keyring (a real Secret Service; never the user's),
# on Qt's offscreen platform, with no display: nothing can pop up a password prompt or hang on one.
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash tests/with-keyring.sh ctest --preset "$preset" "$@"
