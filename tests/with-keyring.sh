#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Inside a D-Bus session (dbus-run-session): starts gnome-keyring's Secret Service with a throwaway, unlocked
# keyring in a fresh data directory, waits until org.freedesktop.secrets has an owner on the bus (without the
# wait about 1 run in 30 fails), then runs the command given.
set -euo pipefail
[[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] || { echo "with-keyring.sh: run me under dbus-run-session" >&2; exit 1; }

XDG_DATA_HOME=$(mktemp -d -t textbench-keyring.XXXXXX)
export XDG_DATA_HOME
trap 'rm -rf "$XDG_DATA_HOME"' EXIT

echo -n "textbench-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null

for _ in $(seq 1 100); do
  reply=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null || true)
  if grep -q "boolean true" <<<"$reply"; then
    "$@"
    exit $?
  fi
  sleep 0.1
done
echo "with-keyring.sh: org.freedesktop.secrets did not appear on the session bus within 10 s" >&2
exit 1
