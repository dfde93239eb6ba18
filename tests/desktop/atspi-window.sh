#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The window as a screen reader sees it, from outside: the real textbench on its own Xvfb display, in a private D-Bus
# session with the AT-SPI bus (at-spi2-core) and a throwaway keyring, driven by real key presses (xdotool) and read
# through AT-SPI (python3-pyatspi, tests/desktop/atspi_window.py).
#   atspi-window.sh path/to/textbench
# Nothing of the caller's session is used: not its display (tests/run.sh has none), its bus, its settings or its
# keyring. Every step has a timeout.
set -euo pipefail
app=${1:?usage: atspi-window.sh path/to/textbench}
app=$(readlink -f "$app")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

for tool in Xvfb xauth xdotool dbus-run-session /usr/libexec/at-spi-bus-launcher gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "atspi-window: $tool is missing (packaging/install-deps.sh --tests)" >&2; exit 1; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null \
  || { echo "atspi-window: python3-pyatspi is missing (packaging/install-deps.sh --tests)" >&2; exit 1; }

if [[ -z "${TEXTBENCH_ATSPI_INNER:-}" ]]; then
  # A fresh home for everything the app and the services write: settings, data (drafts), cache, runtime sockets.
  scratch=$(mktemp -d -t textbench-atspi.XXXXXX)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -m 700 "$scratch/runtime"
  # The keyring's folder is with-keyring.sh's own (it sets XDG_DATA_HOME), as fresh as these.
  TEXTBENCH_ATSPI_INNER=1 XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
    XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" HOME="$scratch" \
    timeout -k 5 170 dbus-run-session -- bash "$here/../with-keyring.sh" bash "${BASH_SOURCE[0]}" "$app"
  exit $?
fi

# Inside the private session bus, with a keyring on it.
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

# A display of our own (tests/desktop/xvfb.sh).
source "$here/xvfb.sh"
start_xvfb "$XDG_RUNTIME_DIR" 1600x1000x24 || { echo "atspi-window: no X server" >&2; exit 1; }
pids+=("$xvfb_pid")

# The accessibility bus and its registry, on this session bus and this display.
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$XDG_RUNTIME_DIR/atspi.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1; then
    break
  fi
  sleep 0.1
done

QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 LANGUAGE= \
  timeout -k 5 150 "$app" >"$XDG_RUNTIME_DIR/textbench.log" 2>&1 &
app_pid=$!
pids+=("$app_pid")

status=0
timeout -k 5 130 /usr/bin/python3 "$here/atspi_window.py" || status=$?
if ! kill -0 "$app_pid" 2>/dev/null; then
  echo "atspi-window: textbench is no longer running" >&2
  status=1
fi
if [[ $status -ne 0 ]]; then
  echo "--- textbench's output" >&2
  tail -n 40 "$XDG_RUNTIME_DIR/textbench.log" >&2 || true
fi
exit "$status"
