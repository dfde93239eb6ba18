#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is missing, builds, and runs textbench-cli.
#   bash packaging/run.sh                      a first look (see below)
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

cat <<'MSG'
== No Twilio credentials in the environment.
   Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY, TWILIO_API_SECRET and TWILIO_ACCOUNT_SID)
   to talk to your account. Meanwhile, here is exactly what Textbench would send for a message, built from an
   example Account SID, with nothing sent (textbench-cli messages create --dry-run):

MSG
TWILIO_ACCOUNT_SID=AC00000000000000000000000000000000 TWILIO_AUTH_TOKEN= \
  "$cli" messages create --to "+1 415 555 2671" --from +15005550006 --body "Hello from Textbench 👋" --dry-run
