#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The window in a real desktop session, driven from outside as a user and a screen reader would: a D-Bus session
# with the AT-SPI bus and a throwaway gnome-keyring, Xvfb with a window manager (openbox), and Textbench on the
# xcb platform with its accessibility bridge on. packaging/desktop-e2e.py then types into it with xdotool (real X
# events), reads it through AT-SPI (python3-pyatspi), kills it with SIGKILL and checks that a restart brings the
# draft and the watched message back. Called by packaging/deb-check.sh on the installed package.
#   desktop-e2e.sh [BINARY]   BINARY defaults to $TEXTBENCH_BIN, then /usr/bin/textbench
# TEXTBENCH_E2E_SHOT=file.png keeps a screenshot of the screen after the send, or of the failure (needs imagemagick's
# import). On a failure, TEXTBENCH_E2E_DUMP=1 prints the window's accessibility tree and TEXTBENCH_E2E_KEEP=1 keeps the
# scratch folder (the app's settings, data and output).
# Everything it starts is stopped on exit, and the whole run is bounded by a timeout: it never hangs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [[ ${1:-} != --inside ]]; then
  bin=${1:-${TEXTBENCH_BIN:-/usr/bin/textbench}}
  [[ -x $bin ]] || { echo "desktop-e2e: $bin is not an executable" >&2; exit 1; }
  for tool in dbus-run-session gnome-keyring-daemon Xvfb xauth openbox xdotool xprop /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || { echo "desktop-e2e: $tool is missing (bash packaging/install-deps.sh --package)" >&2; exit 1; }
  done
  # Debian's pyatspi, for Debian's python (a python3 earlier on PATH, e.g. pyenv's, does not have it).
  /usr/bin/python3 -c 'import pyatspi' 2>/dev/null \
    || { echo "desktop-e2e: /usr/bin/python3 cannot import pyatspi (python3-pyatspi)" >&2; exit 1; }
  TEXTBENCH_BIN=$(realpath "$bin")
  export TEXTBENCH_BIN
  # timeout signals its whole process group when the time is up: the inner script's trap then stops what it started.
  exec timeout -k 10 300 dbus-run-session -- bash "$here/../tests/with-keyring.sh" bash "$here/desktop-e2e.sh" --inside
fi

# --- Inside the D-Bus session, with the keyring running.
started=$(date +%s.%N)
since() { awk -v from="$1" -v now="$(date +%s.%N)" 'BEGIN { printf "%.1f s", now - from }'; }
work=$(mktemp -d -t textbench-e2e.XXXXXX)
atspi='' xvfb='' wm='' driver=''
cleanup() {
  local status=$?
  if [[ -n $driver ]]; then
    kill "$driver" 2>/dev/null || true
    wait "$driver" 2>/dev/null || true
  fi
  # The app (started by desktop-e2e.py, which writes its pid down) first, then the session around it.
  if [[ -s $work/app.pid ]]; then
    kill -9 "$(cat "$work/app.pid")" 2>/dev/null || true
  fi
  for pid in $wm $xvfb $atspi; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $wm $xvfb $atspi; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ $status -ne 0 ]]; then
    for log in "$work"/*.log; do
      [[ -s $log ]] || continue
      echo "desktop-e2e: --- $(basename "$log") (last lines)" >&2
      tail -n 15 "$log" | sed 's/^/desktop-e2e:   /' >&2
    done
  fi
  if [[ $status -ne 0 && -n ${TEXTBENCH_E2E_KEEP:-} ]]; then
    echo "desktop-e2e: kept $work (the app's home and logs)" >&2
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'echo "desktop-e2e: stopped by SIGTERM (the 300 s limit, or the caller)" >&2; exit 143' TERM
trap 'echo "desktop-e2e: interrupted" >&2; exit 130' INT

mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR=$work/runtime

# Xvfb on a free display with a cookie of its own (tests/desktop/xvfb.sh).
source "$here/../tests/desktop/xvfb.sh"
start_xvfb "$work" 1600x1000x24 || { echo "desktop-e2e: no X server" >&2; exit 1; }
xvfb=$xvfb_pid
timeout 5 xprop -root >/dev/null || { echo "desktop-e2e: cannot connect to Xvfb on $DISPLAY" >&2; exit 1; }

# The accessibility bus (its registry is activated on it when the first client asks), found through this session
# bus, and started once DISPLAY is this Xvfb: it also advertises itself on the display, which must not be a
# desktop's that this may be started from.
unset AT_SPI_BUS_ADDRESS
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/at-spi.log" 2>&1 &
atspi=$!
echo "desktop-e2e: $TEXTBENCH_BIN; a D-Bus session with the AT-SPI bus and a keyring; Xvfb on $DISPLAY (1600x1000x24) in $(since "$started")"

# The window manager; it has the screen once the root window names its check window.
wm_started=$(date +%s.%N)
openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm=$!
for _ in $(seq 1 100); do
  kill -0 "$wm" 2>/dev/null || { echo "desktop-e2e: openbox exited" >&2; exit 1; }
  if timeout 5 xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; then
    break
  fi
  sleep 0.1
done
timeout 5 xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id' \
  || { echo "desktop-e2e: openbox did not take the screen within 10 s" >&2; exit 1; }
echo "desktop-e2e: openbox manages $DISPLAY after $(since "$wm_started")"

# A fresh home for the app: no profile (the built-in Sandbox), no draft, no state.
mkdir -p "$work/home/config" "$work/home/data" "$work/home/cache"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data XDG_CACHE_HOME=$work/home/cache
unset WAYLAND_DISPLAY QT_QPA_PLATFORM
export TEXTBENCH_E2E_WORK=$work

# In the background, so that a signal to this script is handled at once (bash runs traps only between commands).
timeout -k 5 240 /usr/bin/python3 "$here/desktop-e2e.py" &
driver=$!
wait "$driver"
driver=
echo "desktop-e2e: passed in $(since "$started")"
