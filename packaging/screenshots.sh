#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates packaging/screenshots/*.png from the real window: textbench-screenshots drives it against the
# embedded sandbox on Qt's offscreen platform (text in DejaVu, from fonts-dejavu-core), in light and dark; and
# notification.png, a real desktop notification drawn by notification-daemon (packaging/notification-screenshot.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh --tests --screenshots
cmake --preset dev >/dev/null
cmake --build --preset dev --target textbench-screenshots textbench
export QT_QPA_PLATFORM=offscreen
build/dev/tests/textbench-screenshots packaging/screenshots
build/dev/tests/textbench-screenshots packaging/screenshots --dark
build/dev/tests/textbench-screenshots packaging/screenshots --german
bash packaging/notification-screenshot.sh build/dev/bin/textbench packaging/screenshots/notification.png
ls -l packaging/screenshots
