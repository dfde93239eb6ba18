#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is missing, builds, and launches Textbench.
#   bash packaging/run.sh                      the desktop app (on the built-in Sandbox profile when there is no
#                                              other); without a display, a first look through textbench-cli
#   bash packaging/run.sh messages list        any textbench-cli command
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
cli=build/dev/bin/textbench-cli

if [[ $# -gt 0 ]]; then
  exec "$cli" "$@"
fi

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec build/dev/bin/textbench
fi

echo "== No display for the desktop app (DISPLAY and WAYLAND_DISPLAY are unset): a first look with textbench-cli."
if [[ -n "${TWILIO_ACCOUNT_SID:-}" ]]; then
  echo "== Your latest messages (textbench-cli messages list --limit 10)"
  exec "$cli" messages list --limit 10
fi

echo "== No Twilio credentials in the environment: sending a message on the built-in sandbox and following it"
echo "   until it is delivered (textbench-cli messages create … --wait). Nothing reaches Twilio."
echo
exec "$cli" messages create --to "+1 415 555 2671" --from +15005550006 --body "Hello from Textbench 👋" --wait
