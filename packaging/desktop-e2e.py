#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The end-to-end run of the window, from outside: run by packaging/desktop-e2e.sh inside a D-Bus session with the
AT-SPI bus, an X server and a window manager. All input is real X input (xdotool); everything read is read through
AT-SPI, as a screen reader reads it.

  a. the window appears on the AT-SPI desktop;
  b. New message (Ctrl+N), To typed, a click into Body, a body typed, Ctrl+Enter;
  c. the inspector's Message SID field gets the new SID and the status badge reaches "delivered" (screenshot);
  d. a second message typed and not sent, then SIGKILL;
  e. a restart shows that draft in To and Body, and the watched message's SID in the inspector again;
  f. Ctrl+Q quits, with exit status 0.

Environment: TEXTBENCH_BIN (the binary), TEXTBENCH_E2E_WORK (a scratch folder; app.pid is kept there for the
caller's cleanup), TEXTBENCH_E2E_SHOT (where the screenshot goes, optional), DISPLAY and the XDG folders.
"""

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time

import pyatspi

BIN = os.environ.get("TEXTBENCH_BIN", "/usr/bin/textbench")
WORK = os.environ.get("TEXTBENCH_E2E_WORK") or "/tmp"
SHOT = os.environ.get("TEXTBENCH_E2E_SHOT", "")

SENT_TO = "+14155552671"  # not the Sandbox's own number, +15005550006 (From)
SENT_BODY = "desktop-e2e: typed with xdotool, read through AT-SPI"
DRAFT_TO = "+15005550010"
DRAFT_BODY = "draft survives kill -9 %06d" % random.randrange(1000000)

# Subtrees not searched: their items are rows and cells (the log's table can hold hundreds), never a field here.
PRUNED_ROLES = {
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_MENU_BAR,
    pyatspi.ROLE_MENU,
}


class Failure(Exception):
    pass


def log(message):
    print("desktop-e2e: " + message, flush=True)


def run(args, timeout=15):
    """Runs a command (xdotool, import) with a time limit; its output, or a Failure with what it said."""
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failure("%s did not finish within %d s" % (" ".join(args), timeout)) from None
    if done.returncode != 0:
        raise Failure("%s failed (%d): %s" % (" ".join(args), done.returncode, done.stderr.strip()))
    return done.stdout


def wait_for(what, probe, timeout, interval=0.2):
    """Calls probe() until it returns something true (returned); AT-SPI errors in between count as 'not yet'."""
    deadline = time.monotonic() + timeout
    last = None
    while True:
        try:
            value = probe()
            if value:
                return value
        except Failure:
            raise
        except Exception as error:  # the tree changes under us: a stale object, a D-Bus timeout
            last = error
        if time.monotonic() > deadline:
            raise Failure("%s: not within %g s%s" % (what, timeout, " (last error: %s)" % last if last else ""))
        time.sleep(interval)


def states(accessible):
    return accessible.getState()


def showing(accessible):
    return states(accessible).contains(pyatspi.STATE_SHOWING)


def children(accessible):
    for i in range(accessible.childCount):
        child = accessible.getChildAtIndex(i)
        if child is not None:
            yield child


def find(root, predicate):
    """The first showing accessible under root (depth first) for which predicate holds, or None."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not root:
            if not showing(node):
                continue
            if predicate(node):
                return node
            if node.getRole() in PRUNED_ROLES:
                continue
        stack.extend(reversed(list(children(node))))
    return None


def named(name, text_only=False):
    def predicate(node):
        if node.name != name:
            return False
        if text_only:
            try:
                node.queryText()
            except NotImplementedError:
                return False
        return True

    return predicate


def text_of(accessible):
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return ""
    return text.getText(0, -1)


class App:
    """One run of the window: the process, its AT-SPI application and frame, its X window."""

    def __init__(self):
        env = dict(os.environ)
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env["QT_QPA_PLATFORM"] = "xcb"
        self.log_path = os.path.join(WORK, "textbench.log")
        self.started = time.monotonic()
        with open(self.log_path, "a") as out:
            out.write("--- %s\n" % BIN)
            self.process = subprocess.Popen([BIN], env=env, stdout=out, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL)
        with open(os.path.join(WORK, "app.pid"), "w") as pid_file:
            pid_file.write(str(self.process.pid))
        self.pid = self.process.pid
        LAST_APP.append(self)
        self.frame = None
        self.window = None

    def check_alive(self):
        code = self.process.poll()
        if code is not None:
            raise Failure("textbench exited with status %d (its output: %s)" % (code, self.log_path))

    def find_frame(self):
        self.check_alive()
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            try:
                if app.get_process_id() != self.pid:
                    continue
            except Exception:
                continue
            # This process's application: named textbench, or with a frame called Textbench….
            for frame in children(app):
                if frame.getRole() == pyatspi.ROLE_FRAME and (app.name.lower() == "textbench"
                                                              or frame.name.startswith("Textbench")):
                    if showing(frame):
                        return frame
        return None

    def wait_window(self, timeout=30):
        self.frame = wait_for("the Textbench window on the AT-SPI desktop", self.find_frame, timeout)
        # The X window: the top-level of this process named Textbench…, waited for by xdotool itself.
        ids = run(["xdotool", "search", "--sync", "--all", "--onlyvisible", "--pid", str(self.pid),
                   "--name", "^Textbench"], timeout=timeout).split()
        if not ids:
            raise Failure("xdotool found no visible window named Textbench… of pid %d" % self.pid)
        self.window = ids[-1]
        self.activate()
        return time.monotonic() - self.started

    def activate(self):
        run(["xdotool", "windowactivate", "--sync", self.window])
        wait_for("the window to be active", lambda: run(["xdotool", "getactivewindow"]).strip() == self.window,
                 10)

    def field(self, name, timeout=10):
        """The showing accessible with this name and a text interface (an editable field's text is read there)."""
        return wait_for("a field named \"%s\"" % name, lambda: find(self.frame, named(name, text_only=True)),
                        timeout)

    def focused(self, name, timeout=5):
        def probe():
            node = find(self.frame, named(name, text_only=True))
            return node is not None and states(node).contains(pyatspi.STATE_FOCUSED)

        wait_for("the keyboard focus in \"%s\"" % name, probe, timeout)

    def click(self, accessible):
        extents = accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        if extents.width <= 0 or extents.height <= 0:
            raise Failure("\"%s\" has no area on the screen (%r)" % (accessible.name, extents))
        x = extents.x + min(20, extents.width // 2)
        y = extents.y + min(12, extents.height // 2)
        # (No --sync: it would wait for ever when the pointer is already there, as it is on the second click.)
        run(["xdotool", "mousemove", str(x), str(y), "sleep", "0.1", "click", "1"])

    def quit(self, timeout=15):
        self.activate()
        key("ctrl+q")
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            raise Failure("textbench did not quit within %d s of Ctrl+Q" % timeout) from None
        if code != 0:
            raise Failure("textbench quit with status %d (its output: %s)" % (code, self.log_path))

    def kill(self):
        os.kill(self.pid, signal.SIGKILL)
        code = self.process.wait(10)
        if code != -signal.SIGKILL:
            raise Failure("textbench ended with %d, not by SIGKILL" % code)
        os.unlink(os.path.join(WORK, "app.pid"))


def key(*keys):
    run(["xdotool", "key", "--clearmodifiers", *keys])


def type_text(text):
    run(["xdotool", "type", "--clearmodifiers", "--delay", "20", "--", text], timeout=60)


def fill(app, name, text, click=False):
    """Puts the cursor in the field (by a click on it, or where the last key put it), selects what is there and types
    text over it; checks through AT-SPI that the field then holds exactly text."""
    field = app.field(name)
    if click:
        app.click(field)
    app.focused(name)
    key("ctrl+a")
    type_text(text)
    wait_for("\"%s\" to read %r" % (name, text), lambda: text_of(app.field(name)) == text, 10)


def status_of(frame):
    """The status badge's words: its name ("Status: delivered") or, when the name is just "Status", its text."""
    badge = find(frame, lambda node: node.name == "Status" or node.name.startswith("Status:"))
    if badge is None:
        return None
    if badge.name.startswith("Status:"):
        return badge.name[len("Status:"):].strip()
    return (text_of(badge) or badge.description or "").strip()


def error_shown(frame):
    """The words of the error panel ("Error details") when it is shown, else None."""
    panel = find(frame, lambda node: node.name == "Error details")
    if panel is None:
        return None
    words = [node.name for node in children(panel) if node.getRole() == pyatspi.ROLE_LABEL and node.name]
    return " — ".join(words) or "(the error panel is shown, with no text)"


def step(label):
    """Announces a step's result with its duration."""

    class Timer:
        def __enter__(self):
            self.started = time.monotonic()
            return self

        def __exit__(self, kind, value, trace):
            if kind is None:
                log("%s (%.1f s)" % (label() if callable(label) else label, time.monotonic() - self.started))
            return False

    return Timer()


def screenshot(what="screenshot"):
    """The whole screen into TEXTBENCH_E2E_SHOT, when it is set."""
    if not SHOT:
        return
    if shutil.which("import"):
        run(["import", "-window", "root", SHOT], timeout=30)
    elif shutil.which("xwd") and shutil.which("convert"):
        xwd = subprocess.run(["xwd", "-root", "-silent"], capture_output=True, check=True, timeout=30).stdout
        subprocess.run(["convert", "xwd:-", SHOT], input=xwd, check=True, timeout=30)
    else:
        log("no %s: neither imagemagick's import nor xwd and convert are installed" % what)
        return
    log("%s: %s" % (what, SHOT))


def main():
    state = {}

    # a. The window, on the AT-SPI desktop and on the screen.
    app = App()
    with step("a. the window is on the AT-SPI desktop and active"):
        app.wait_window()

    # b. A message, typed: Ctrl+N (New message) puts the cursor in To; Body is clicked into; Ctrl+Enter sends.
    with step("b. typed To %s and Body with xdotool, sent with Ctrl+Enter" % SENT_TO):
        key("ctrl+n")
        fill(app, "To", SENT_TO)
        fill(app, "Body", SENT_BODY, click=True)
        key("ctrl+Return")

    # c. The result, read without looking: the SID in the inspector, the badge's words.
    with step(lambda: "c. Message SID %s; the status badge read %s, delivered after %.1f s"
              % (state["sid"], state["seen"], state["delivered"])):
        sent_at = time.monotonic()
        sid_field = app.field("Message SID")

        def sid():
            error = error_shown(app.frame)
            if error:
                raise Failure("the send failed: %s" % error)
            value = text_of(sid_field).strip()
            return re.fullmatch(r"SM[0-9a-f]{32}", value) and value

        state["sid"] = wait_for("a message SID (SM…) in the inspector's Message SID field", sid, 15)
        seen = []

        def delivered():
            status = status_of(app.frame)
            if status and (not seen or seen[-1] != status):
                seen.append(status)
            return status is not None and status.lower().startswith("delivered")

        try:
            wait_for("the status badge to read delivered", delivered, 30)
        except Failure as failure:
            json_status = re.search(r'"status":\s*"([a-z_]+)"', text_of(app.field("Raw JSON")))
            raise Failure("%s; it read %s (and the Raw JSON says the status is %s)"
                          % (failure, " → ".join(seen) or "nothing: no status in its name or text",
                             json_status.group(1) if json_status else "not there")) from None
        state["delivered"] = time.monotonic() - sent_at
        state["seen"] = " → ".join(seen)
    screenshot()

    # d. A draft, typed and never sent, then the process is killed.
    with step("d. draft typed (To %s, Body \"%s\"), SIGKILL" % (DRAFT_TO, DRAFT_BODY)):
        app.activate()
        key("ctrl+n")
        fill(app, "To", DRAFT_TO)
        fill(app, "Body", DRAFT_BODY, click=True)
        time.sleep(2)  # drafts are saved debounced
        app.kill()
        if os.environ.get("TEXTBENCH_E2E_KEEP") and os.environ.get("XDG_DATA_HOME"):
            # What the kill left, before the restart writes over it (kept for the reader on a failure).
            shutil.copytree(os.environ["XDG_DATA_HOME"], os.path.join(WORK, "data-after-kill"))

    # e. The same start again: the draft and the watched message are back.
    app = App()
    with step(lambda: "e. restarted (window after %.1f s): the draft is in To and Body, the inspector shows %s"
              % (state["reshown"], state["sid"])):
        state["reshown"] = app.wait_window()
        expected = {"To": DRAFT_TO, "Body": DRAFT_BODY, "Message SID": state["sid"]}
        found = {}

        def restored():
            for name in expected:
                found[name] = text_of(app.field(name))
            return found == expected

        try:
            wait_for("the draft and the watched message after the restart", restored, 10)
        except Failure as failure:
            wrong = ["%s reads %r, not %r" % (name, found.get(name), value)
                     for name, value in expected.items() if found.get(name) != value]
            raise Failure("%s: %s" % (failure, "; ".join(wrong))) from None

    # f. A clean quit.
    with step("f. Ctrl+Q: quit with status 0"):
        app.quit()


def dump(root, depth=0, out=None):
    """The showing part of the tree, one line per accessible (written next to the failure for the reader)."""
    out = [] if out is None else out
    try:
        role = root.getRoleName()
        line = "%s%s \"%s\"" % ("  " * depth, role, root.name)
        text = text_of(root)
        if text:
            line += " text=%r" % text[:80]
        if root.description:
            line += " description=%r" % root.description[:80]
        out.append(line)
        if depth == 0 or root.getRole() not in PRUNED_ROLES:
            for child in children(root):
                if showing(child):
                    dump(child, depth + 1, out)
    except Exception as error:
        out.append("%s(%s)" % ("  " * depth, error))
    return out


LAST_APP = []


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        log("FAILED: %s" % failure)
        try:
            screenshot("screenshot of the failure")
        except Exception as error:
            log("no screenshot of the failure: %s" % error)
        if LAST_APP and LAST_APP[-1].frame is not None:
            if os.environ.get("TEXTBENCH_E2E_DUMP"):
                log("the window's accessibility tree (what is shown):")
                print("\n".join(dump(LAST_APP[-1].frame)), file=sys.stderr)
            else:
                log("(TEXTBENCH_E2E_DUMP=1 prints the window's accessibility tree)")
        sys.exit(1)
