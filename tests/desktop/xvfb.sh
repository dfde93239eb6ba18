# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced (not run) by the scripts that show the window on a display of their own: tests/desktop/atspi-window.sh,
# packaging/desktop-e2e.sh and packaging/notification-screenshot.sh. One place for what each of them learnt in CI.

# start_xvfb DIR GEOMETRY: Xvfb on a free display, with a cookie of its own; its files (cookie, display number, log)
# in DIR. Exports DISPLAY and XAUTHORITY and sets xvfb_pid (the caller stops it). Returns 1, with the server's last
# words on stderr and the server stopped, when it has no display within 30 s (two X servers may start at once on a
# busy machine).
# - -displayfd: the server takes the first number whose lock file and sockets it can have, and writes it down once it
#   accepts connections; to a file, read until the whole line is there (a pipe read with short timeouts lost the line
#   once in CI).
# - -noreset: by default the server resets when its last client leaves, and a client connecting during the reset is
#   refused ("unable to open display"); a CI run lost openbox so, just after a check with xprop had left.
# - The cookie: the server loads it from the file at start, whatever display the entry names; the entry for the
#   display it took is added after.
start_xvfb() {
  local dir=$1 geometry=$2 cookie display=
  export XAUTHORITY=$dir/Xauthority
  cookie=$(mcookie)
  : >"$XAUTHORITY"
  xauth -q -f "$XAUTHORITY" add :0 . "$cookie"
  Xvfb -displayfd 3 -noreset -nolisten tcp -auth "$XAUTHORITY" -screen 0 "$geometry" \
    3>"$dir/display" >"$dir/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 300); do
    read -r display <"$dir/display" 2>/dev/null && break # (the whole line once written, with its newline)
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [[ ! $display =~ ^[0-9]+$ ]]; then
    echo "Xvfb did not take a display within 30 s; its log ends:" >&2
    tail -n 5 "$dir/xvfb.log" >&2
    kill "$xvfb_pid" 2>/dev/null || true
    return 1
  fi
  export DISPLAY=:$display
  xauth -q -f "$XAUTHORITY" add "$DISPLAY" . "$cookie"
}
