# SPDX-License-Identifier: GPL-3.0-or-later
"""The Textbench window read through AT-SPI, as Orca reads it, and driven by real key presses (xdotool).

Run by atspi-window.sh inside its own D-Bus session, Xvfb display and AT-SPI bus, with textbench already starting
on the built-in Sandbox. Checks: the names and roles of the main controls; that no focusable control on screen is
without a name; the order Tab goes through the composer; that a refused send shows the error panel as an alert with
its title and explanation; and that a message sent with Ctrl+Enter can be followed to "delivered" by reading the
status badge and the timeline, without looking. Prints a short report; exits 1 on any
failure. Debian's python3-pyatspi: run with /usr/bin/python3.
"""

import subprocess
import sys
import time

import pyatspi

failures = []
report = []


def check(ok, what):
    report.append(("ok  " if ok else "FAIL") + "  " + what)
    if not ok:
        failures.append(what)
    return ok


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True, timeout=20)


def role(acc):
    return acc.getRoleName()


def states(acc):
    return acc.getState()


# Lists and tables can hold thousands of rows: their cells are not controls of the window.
NOT_INTO = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX,
            pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_TREE}


def walk(acc, depth=0):
    """Every object under acc (itself included), not into lists, tables and menus."""
    if acc is None or depth > 40:
        return
    yield acc
    try:
        if acc.getRole() in NOT_INTO:
            return
        children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except Exception:  # an object gone while reading it
        return
    for child in children:
        yield from walk(child, depth + 1)


def labelled_by(acc):
    """The names of the labels acc is "labelled by" (a combo box is named so on Linux)."""
    names = []
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    names.append(relation.getTarget(i).name)
    except Exception:
        pass
    return names


def spoken_name(acc):
    """What a screen reader calls the object: its name, else the label it is labelled by."""
    return acc.name or " ".join(labelled_by(acc))


def wait_for(what, find, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()
        if found is not None:
            return found
        time.sleep(0.2)
    raise TimeoutError(what)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name.lower() == "textbench":
            # Ready when the composer is there (the window is built and on screen).
            if any(o.name == "Send" for o in walk(app)):
                return app
    return None


def find(app, pred):
    for o in walk(app):
        try:
            if pred(o):
                return o
        except Exception:
            continue
    return None


def named(name, *roles):
    return lambda o: o.name == name and (not roles or o.getRole() in roles)


def focused(root):
    return find(root, lambda o: states(o).contains(pyatspi.STATE_FOCUSED))


def main():
    app = wait_for("textbench on the AT-SPI desktop", find_app, 40)
    report.append("textbench found on the AT-SPI desktop")
    window = find(app, lambda o: o.getRole() == pyatspi.ROLE_FRAME)
    check(window is not None and window.name.startswith("Textbench"),
          "the window is a frame named %r" % (window.name if window else None))

    # 1. The main controls: name and role.
    text_roles = (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY)
    to = find(app, named("To", *text_roles))
    body = find(app, named("Body", *text_roles))
    send = find(app, named("Send", pyatspi.ROLE_PUSH_BUTTON))
    sid = find(app, named("Message SID", *text_roles))
    profile = find(app, lambda o: o.getRole() == pyatspi.ROLE_COMBO_BOX and "Profile" in labelled_by(o))
    tabs = find(app, lambda o: o.getRole() == pyatspi.ROLE_PAGE_TAB_LIST)
    for name, acc in (("To", to), ("Body", body), ("Send", send), ("Message SID", sid)):
        check(acc is not None, "%s: %s" % (name, "%s named %r" % (role(acc), acc.name) if acc else "not found"))
    check(profile is not None,
          "Profile: %s" % ("combo box labelled by %r, showing %r" % (labelled_by(profile), profile.name)
                           if profile else "no combo box labelled “Profile”"))
    tab_names = [tabs.getChildAtIndex(i).name for i in range(tabs.childCount)] if tabs else []
    check(tab_names[:4] == ["Send & inspect", "Log", "Conversations", "Webhooks"],
          "tabs: page tab list %r" % tab_names)

    # 2. No focusable control on screen without a name.
    unnamed = []
    for o in walk(app):
        try:
            st = states(o)
            if st.contains(pyatspi.STATE_FOCUSABLE) and st.contains(pyatspi.STATE_SHOWING) \
                    and not spoken_name(o).strip():
                unnamed.append("%s (%s)" % (role(o), o.description or "no description"))
        except Exception:
            continue
    check(not unnamed, "every focusable control on screen has a name" + (": unnamed " + ", ".join(unnamed)
                                                                          if unnamed else ""))
    if to is None or body is None or send is None:
        return

    # 3. The keyboard: Ctrl+N puts the cursor in To; Tab goes through the composer in the order it is shown.
    wid = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Textbench"],
                         capture_output=True, text=True, timeout=20, check=True).stdout.split()[0]
    xdotool("windowfocus", "--sync", wid)
    time.sleep(0.5)
    xdotool("key", "ctrl+n")
    wait_for("To focused after Ctrl+N", lambda: True if states(to).contains(pyatspi.STATE_FOCUSED) else None, 10)
    check(True, "Ctrl+N focuses To")
    xdotool("type", "--delay", "30", "+15005550006")
    wait_for("To typed", lambda: True if to.queryText().getText(0, -1) == "+15005550006" else None, 10)

    composer = to.parent
    while composer is not None and find(composer, named("Send", pyatspi.ROLE_PUSH_BUTTON)) is None:
        composer = composer.parent
    expected = ["To", "Look up the To number", "From", "Refresh the senders", "Body", "Media", "Advanced", "Send"]

    def stop_name(o):
        name = spoken_name(o)
        if o.getRole() == pyatspi.ROLE_COMBO_BOX and labelled_by(o):
            name = labelled_by(o)[0].replace("&", "")
        return "Advanced" if name.startswith("Advanced") else name

    stops = ["To"]
    current = to
    while len(stops) < 15 and stops[-1] != "Send":
        xdotool("key", "Tab")
        previous = current
        current = wait_for("focus to move after Tab",
                           lambda: (lambda f: f if f is not None and f != previous else None)(focused(composer)), 10)
        stops.append(stop_name(current))
        if stops[-1] == "Body":
            xdotool("type", "--delay", "20", "Hello from AT-SPI")
    positions = [expected.index(s) if s in expected else -1 for s in stops]
    in_order = -1 not in positions and positions == sorted(positions) and len(set(positions)) == len(positions)
    check(in_order and all(s in stops for s in ("To", "From", "Body", "Send")),
          "Tab order: " + " → ".join(stops))
    check(body.queryText().getText(0, -1) == "Hello from AT-SPI", "the body typed with xdotool is in Body")

    # 4. Send with Ctrl+Enter and hear how it went. +15005550006 is also the Sandbox's From: refused before it is sent,
    # and the error panel, an alert, says why.
    xdotool("key", "ctrl+Return")
    try:
        alert = wait_for("the error panel (an alert)", lambda: find(
            app, lambda o: o.getRole() == pyatspi.ROLE_ALERT and states(o).contains(pyatspi.STATE_SHOWING)), 15)
        check(bool(alert.name and alert.description),
              "error panel read as an alert: %r, %r" % (alert.name, alert.description))
    except TimeoutError:
        check(False, "no alert on screen after sending To = From")
    # Then to another number (Ctrl+N back in To, the body kept): followed to delivered by ear.
    xdotool("key", "ctrl+n")
    xdotool("key", "ctrl+a")
    xdotool("type", "--delay", "30", "+14155552671")
    wait_for("To retyped", lambda: True if to.queryText().getText(0, -1) == "+14155552671" else None, 10)
    xdotool("key", "ctrl+Return")
    heard = []

    def badge_delivered():
        badge = find(app, lambda o: o.name.startswith("Status: ") and o.getRole() == pyatspi.ROLE_LABEL)
        if badge is not None and (not heard or heard[-1] != badge.name):
            heard.append(badge.name)
        return badge if badge is not None and badge.name == "Status: delivered" else None

    try:
        wait_for("the badge to read Status: delivered", badge_delivered, 40)
        check(True, "status badge read: " + " → ".join(heard))
    except TimeoutError:
        check(False, "status badge never read “Status: delivered” (heard: %s)" % " → ".join(heard))
    timeline = find(app, named("Status timeline"))
    said = timeline.description if timeline is not None else ""
    check("queued at" in said and said.rstrip().split(", ")[-1].startswith("delivered at"),
          "timeline: %s" % (said or "not found"))


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # a timeout or an AT-SPI error: a failure with its reason, never a hang
        failures.append("%s: %s" % (type(e).__name__, e))
        report.append("FAIL  %s: %s" % (type(e).__name__, e))
    print("AT-SPI check of the Textbench window")
    for line in report:
        print("  " + line)
    print("%s: %d failure(s)" % ("FAILED" if failures else "PASSED", len(failures)))
    sys.exit(1 if failures else 0)
