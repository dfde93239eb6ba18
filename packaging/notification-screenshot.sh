#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's picture of a desktop notification, taken from a real one: Textbench on X (Xvfb, openbox) in a D-Bus
# session of its own with Debian's notification-daemon as the notification server and a throwaway gnome-keyring.
# A message is sent as a user sends it (xdotool: Ctrl+N, To typed, a click into Body found through AT-SPI, a body
# typed, Ctrl+Enter), another window then takes the focus (Textbench only notifies from the background), and once
# notification-daemon draws "Message delivered" the screen's top right is saved.
#   notification-screenshot.sh [BINARY [OUT]]
# BINARY defaults to build/dev/bin/textbench, OUT to packaging/screenshots/notification.png; SHOT_FULL=file.png also
# keeps the whole screen. Packages:
# bash packaging/install-deps.sh --tests --screenshots. Everything it starts is stopped on exit, within a time limit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [[ ${1:-} != --inside ]]; then
  bin=${1:-$here/../build/dev/bin/textbench}
  out=${2:-$here/screenshots/notification.png}
  [[ -x $bin ]] || { echo "notification-screenshot: $bin is not an executable (build it first)" >&2; exit 1; }
  for tool in dbus-run-session dbus-send gnome-keyring-daemon Xvfb xauth openbox xdotool xprop xmessage import \
    /usr/lib/notification-daemon/notification-daemon /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null \
      || { echo "notification-screenshot: $tool is missing (bash packaging/install-deps.sh --screenshots)" >&2; exit 1; }
  done
  # Debian's pyatspi, for Debian's python (a python3 earlier on PATH, e.g. pyenv's, does not have it).
  /usr/bin/python3 -c 'import pyatspi' 2>/dev/null \
    || { echo "notification-screenshot: /usr/bin/python3 cannot import pyatspi (python3-pyatspi)" >&2; exit 1; }
  TEXTBENCH_BIN=$(realpath "$bin") SHOT_OUT=$(realpath -m "$out")
  export TEXTBENCH_BIN SHOT_OUT
  # A session bus of its own: a desktop's would have its own notification server (and the picture would be its).
  exec timeout -k 10 120 dbus-run-session -- bash "$here/../tests/with-keyring.sh" bash "$here/notification-screenshot.sh" --inside
fi

# --- Inside the D-Bus session, with the keyring running.
work=$(mktemp -d -t textbench-notification.XXXXXX)
pids=()
cleanup() {
  local status=$?
  # Last started, first stopped: the app, the other window, the notification server, openbox, AT-SPI, Xvfb.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done 2>/dev/null
  if [[ $status -ne 0 ]]; then
    for log in "$work"/*.log; do
      [[ -s $log ]] || continue
      echo "notification-screenshot: --- $(basename "$log") (last lines)" >&2
      tail -n 15 "$log" | sed 's/^/notification-screenshot:   /' >&2
    done
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'echo "notification-screenshot: stopped (the 120 s limit, or the caller)" >&2; exit 143' TERM
trap 'exit 130' INT
fail() {
  echo "notification-screenshot: $*" >&2
  exit 1
}
# Polls "$@" every 0.1 s for up to $wait_s seconds (default 10).
wait_until() {
  for _ in $(seq 1 $((${wait_s:-10} * 10))); do
    "$@" && return 0
    sleep 0.1
  done
  return 1
}

mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR=$work/runtime

# Xvfb on a free display with a cookie of its own (tests/desktop/xvfb.sh).
screen_width=1280
source "$here/../tests/desktop/xvfb.sh"
start_xvfb "$work" "${screen_width}x800x24" || fail "no X server"
pids+=("$xvfb_pid")

# The accessibility bus, found through this session bus: only to find where Body is on the screen. Started once
# DISPLAY is this Xvfb: the launcher also advertises itself on the display, which must not be the caller's desktop.
unset AT_SPI_BUS_ADDRESS
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/at-spi.log" 2>&1 &
pids+=($!)
# A plain grey desktop rather than black, as a desktop behind windows looks.
xsetroot -solid '#5d6d7e' 2>/dev/null || true

# Debian's openbox configuration, with Textbench maximised: the notification then shows over the window it is about.
sed 's|</applications>|<application class="textbench"><maximized>yes</maximized></application></applications>|' \
  /etc/xdg/openbox/rc.xml >"$work/openbox.xml"
openbox --sm-disable --config-file "$work/openbox.xml" >"$work/openbox.log" 2>&1 &
pids+=($!)
wm_ready() { timeout 5 xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; }
wait_until wm_ready || fail "openbox did not take the screen within 10 s"

# A fresh home for the app (no profile: the built-in Sandbox) and for the notification server; the app's icon where
# the server looks for it by name (the app is not installed).
mkdir -p "$work/home/config" "$work/home/data/icons/hicolor/scalable/apps" "$work/home/cache"
cp "$here/../resources/io.github.textbench.svg" "$work/home/data/icons/hicolor/scalable/apps/"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data XDG_CACHE_HOME=$work/home/cache
export GSETTINGS_BACKEND=memory
unset WAYLAND_DISPLAY QT_QPA_PLATFORM

# The notification server: Debian's notification-daemon (GTK), the reference implementation of the specification.
/usr/lib/notification-daemon/notification-daemon >"$work/notification-daemon.log" 2>&1 &
server=$!
pids+=("$server")
server_ready() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'
}
wait_until server_ready || fail "notification-daemon did not take org.freedesktop.Notifications within 10 s"

# Textbench, with its accessibility bridge on (for the position of Body) and the sandbox at a user's pace.
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb "$TEXTBENCH_BIN" --sandbox-speed 1 >"$work/textbench.log" 2>&1 &
app=$!
pids+=("$app")
window=$(timeout 30 xdotool search --sync --onlyvisible --pid "$app" --name '^Textbench' | tail -n 1) \
  || fail "no Textbench window within 30 s"
xdotool windowactivate --sync "$window"

# Where Body is: its accessible (named "Body") through AT-SPI, in screen coordinates.
body_at=$(/usr/bin/python3 - "$app" <<'PY'
import sys
import time

import pyatspi

pid = int(sys.argv[1])


def walk(acc, depth=0):
    if acc is None or depth > 40:
        return
    yield acc
    try:
        children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except Exception:
        return
    for child in children:
        yield from walk(child, depth + 1)


deadline = time.monotonic() + 30
while time.monotonic() < deadline:
    for app in pyatspi.Registry.getDesktop(0):
        try:
            if app is None or app.get_process_id() != pid:
                continue
        except Exception:
            continue
        for acc in walk(app):
            try:
                if acc.name != "Body" or not acc.getState().contains(pyatspi.STATE_SHOWING):
                    continue
                acc.queryText()
                e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            except Exception:
                continue
            if e.width > 0 and e.height > 0:
                print(e.x + min(40, e.width // 2), e.y + min(20, e.height // 2))
                sys.exit(0)
    time.sleep(0.2)
sys.exit("no field named Body on the screen within 30 s")
PY
) || fail "could not find Body through AT-SPI"
read -r body_x body_y <<<"$body_at"

# The message, typed as a user types it.
xdotool key --clearmodifiers ctrl+n
sleep 0.3
xdotool type --clearmodifiers --delay 15 -- "+14155552671"
xdotool mousemove "$body_x" "$body_y" sleep 0.1 click 1
sleep 0.3
xdotool type --clearmodifiers --delay 15 -- "Your table for four is ready. Show this message at the door."
xdotool key --clearmodifiers ctrl+Return

# At once, another window takes the focus (openbox gives it to a new window), down at the left, out of the way.
xmessage -geometry +40+560 -title "Another application" "Meanwhile, in another application..." \
  >"$work/xmessage.log" 2>&1 &
pids+=($!)
other_active() { [[ $(xdotool getactivewindow 2>/dev/null) != "$window" ]]; }
wait_until other_active || fail "Textbench kept the focus"

# The popup: a window of notification-daemon's, mapped once the message is delivered (seconds at speed 1). It shows
# for a few seconds: taken as soon as it is drawn.
popup() { xdotool search --onlyvisible --pid "$server" 2>/dev/null | head -n 1; }
has_popup() { [[ -n $(popup) ]]; }
wait_s=60 wait_until has_popup || fail "no notification within 60 s"
sleep 0.7 # its fade-in
eval "$(xdotool getwindowgeometry --shell "$(popup)")"
echo "notification-screenshot: the popup is ${WIDTH}x${HEIGHT} at $X,$Y"

# The top of the screen: the notification over the window it is about, down to the message's status, timeline and
# numbers in the inspector.
bottom=$((Y + HEIGHT + 190))
[[ -n ${SHOT_FULL:-} ]] && import -window root "$SHOT_FULL"
mkdir -p "$(dirname "$SHOT_OUT")"
import -window root -crop "${screen_width}x${bottom}+0+0" +repage "$work/shot.png"
mv "$work/shot.png" "$SHOT_OUT"
echo "notification-screenshot: wrote $SHOT_OUT"
