# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Sourced by the run.sh scripts that start a sandbox and Prism (../prism/run.sh, ../webhooks/run.sh), after they have
# defined die (which says what went wrong, prints the script's summary line of a failed setup and exits 1):
#   skip_unless_node_for_prism LABEL   exit 77 (skipped) where node is too old for Prism
#   make_work_dir PREFIX               $work, $pids and the traps that stop the processes and remove $work on exit
#   wait_for FILE REGEX SECONDS PID WHAT
#   start_sandbox SANDBOX SPEED, sandbox_base_url
#   start_prism, wait_for_prism, prism_url_in, prism_violations
#   run_waited COMMAND...              the script's main step, its exit status in $status
#   seconds_since START

# Prism 5.16 needs a node that can require() ES modules (20.19 or later); Debian 12's own nodejs is 18. Where only an
# older node exists the test is skipped (CTest SKIP_RETURN_CODE 77), saying why ("LABEL: skipped: …"), rather than
# failing for a reason that is not Textbench's.
skip_unless_node_for_prism() {
    if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
        echo "$1: skipped: node $(node --version) is older than 20.19, which Prism 5.16 needs"
        exit 77
    fi
}

# make_work_dir PREFIX: a new directory $work (PREFIX.XXXXXX in TMPDIR) and an empty list $pids of the processes the
# test starts; on exit, whatever the reason, those are stopped and $work is removed.
make_work_dir() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    pids=()
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
    local pid i
    trap '' INT TERM # a signal during the cleanup must not cut it short
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    # Time-boxed: SIGTERM, up to 5 s, then SIGKILL.
    for pid in "${pids[@]}"; do
        for ((i = 0; i < 50; ++i)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}

# wait_for FILE REGEX SECONDS PID WHAT: until a line of FILE matches REGEX; fails if PID dies or time runs out.
wait_for() {
    local file=$1 regex=$2 seconds=$3 pid=$4 what=$5 i
    for ((i = 0; i < seconds * 10; ++i)); do
        grep -aqE "$regex" "$file" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || {
            echo "run.sh: $what exited before it was ready:" >&2
            tail -n 20 "$file" >&2 || true
            return 1
        }
        sleep 0.1
    done
    echo "run.sh: $what was not ready within $seconds s:" >&2
    tail -n 20 "$file" >&2 || true
    return 1
}

# start_sandbox SANDBOX SPEED: one sandbox (the textbench-sandbox binary) on a free port, at SPEED; its first line, the
# connection as JSON, goes to $work/sandbox.json, its log to $work/sandbox.log. Dies if it does not start.
start_sandbox() {
    "$1" --port 0 --speed "$2" >"$work/sandbox.json" 2>"$work/sandbox.log" &
    pids+=($!)
    wait_for "$work/sandbox.json" '^\{.*"base_url"' 10 "${pids[-1]}" textbench-sandbox || die "the sandbox did not start."
}

# sandbox_base_url: the started sandbox's base URL.
sandbox_base_url() {
    node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8").split("\n")[0]).base_url' \
        "$work/sandbox.json"
}

prism_listening='listening on http://127\.0\.0\.1:[0-9]+'

# start_prism PRISM_MAIN SPEC.json UPSTREAM LOG: one Prism (PRISM_MAIN: @stoplight/prism-cli's dist/index.js) in proxy
# mode with --errors, in front of UPSTREAM, on a free port of 127.0.0.1, its output in LOG, its pid last in $pids. It
# says in LOG where it listens once the spec is loaded: wait_for_prism, then prism_url_in.
start_prism() {
    NO_COLOR=1 FORCE_COLOR=0 node "$1" proxy "$2" "$3" --errors --host 127.0.0.1 --port 0 >"$4" 2>&1 &
    pids+=($!)
}

# wait_for_prism LOG PID WHAT: until the Prism of LOG listens (60 s at most); dies ("WHAT did not start.") if not.
wait_for_prism() {
    wait_for "$1" "$prism_listening" 60 "$2" "$3" || die "$3 did not start."
}

# prism_url_in LOG: the URL the Prism of LOG listens on.
prism_url_in() {
    grep -aoE "$prism_listening" "$1" | head -n 1 | sed 's/^listening on //'
}

# prism_violations LOG: after a failure, Prism's own account of the violations, from its LOG, on stderr.
prism_violations() {
    echo "--- Prism's own account of the violations ($(basename "$1")):" >&2
    grep -aE 'Violation|terminated with error' "$1" | grep -av ' get / ' | tail -n 40 >&2 || true
}

# run_waited COMMAND...: runs COMMAND (a shell function too, in a subshell) in the background and waits for it, so
# that SIGINT/SIGTERM reach the traps at once (and so the cleanup); its exit status goes to $status.
# shellcheck disable=SC2034 # status is the caller's
run_waited() {
    "$@" &
    pids+=($!)
    status=0
    wait "${pids[-1]}" || status=$?
}

# seconds_since START: the time since START (date +%s.%N) in seconds, with one decimal.
seconds_since() {
    awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'
}
