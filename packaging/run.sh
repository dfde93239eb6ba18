#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is missing, builds, and runs textbench-cli.
#   bash packaging/run.sh                      a first look: with credentials, your latest messages; without,
#                                              a message sent and delivered on the built-in sandbox
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

if [[ -n "${TWILIO_ACCOUNT_SID:-}" ]]; then
  echo "== Your latest messages (textbench-cli messages list --limit 10)"
  exec "$cli" messages list --limit 10
fi

echo "== No Twilio credentials in the environment: sending a message on the built-in sandbox and following it"
echo "   until it is delivered (textbench-cli messages create … --wait). Nothing reaches Twilio."
echo
exec "$cli" messages create --to "+1 415 555 2671" --from +15005550006 --body "Hello from Textbench 👋" --wait
