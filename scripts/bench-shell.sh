#!/usr/bin/env bash
# Shell figures, printed as a Markdown section:
#  1. start to first prompt in a pseudo-terminal, our `kamaki` shell next to kamaki 0.16's
#     `kamaki-shell`, in the same run, both pointed at one standalone kamaki-cloud (median of
#     BENCH_RUNS runs, default 20; a small Python pty harness times posix_spawn until the prompt
#     text appears, then ends the shell with Ctrl-D);
#  2. completion latency of `port info <Tab>` with 10,000 cached ports and of `server info <Tab>`
#     with 1,000 cached UUID-id servers, measured on the completer directly (kamaki-shell-bench).
#
# Usage: scripts/bench-shell.sh
# BENCH_PREBUILT=1 skips the build; SWIFT_BUILD_FLAGS overrides "-c release";
# KAMAKI_PY2 points at kamaki 0.16 (default /opt/kamaki-py2).
set -euo pipefail
cd "$(dirname "$0")/.."
flags=${SWIFT_BUILD_FLAGS:-"-c release"}
export KAMAKI_BENCHMARKS=1  # kamaki-shell-bench is declared only then (Package.swift)
if [ -z "${BENCH_PREBUILT:-}" ]; then
    swift build $flags --product kamaki >&2
    swift build $flags --product kamaki-cloud >&2
    swift build $flags --product kamaki-shell-bench >&2
fi
bin=$(swift build $flags --show-bin-path)
py2=${KAMAKI_PY2:-/opt/kamaki-py2}/bin

tmp=$(mktemp -d /tmp/kamaki-bench-shell-XXXXXX)
cloud_pid=
cleanup() {
    [ -n "$cloud_pid" ] && kill "$cloud_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# One standalone cloud for both shells; its first two lines are `url: …` and `token: …`.
mkfifo "$tmp/cloud.out"
"$bin/kamaki-cloud" --port 0 --state "$tmp/cloud.sqlite" --seed tutorial >"$tmp/cloud.out" 2>/dev/null &
cloud_pid=$!
exec 3<"$tmp/cloud.out"
read -r url_line <&3
read -r token_line <&3
url=${url_line#url: }
token=${token_line#token: }

# One HOME with a ~/.kamakirc both clients read (the same INI format), written by kamaki 0.16.
home="$tmp/home"
mkdir -p "$home"
HOME="$home" "$py2/kamaki" config set cloud.default.url "$url" >/dev/null
HOME="$home" "$py2/kamaki" config set cloud.default.token "$token" >/dev/null

python3 - "$home" "$bin/kamaki" "$py2/kamaki-shell" "${BENCH_RUNS:-20}" <<'PY'
import os, pty, re, select, signal, statistics, sys, time

home, ours, theirs, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
env = {"HOME": home, "PATH": "/usr/bin:/bin", "TERM": "xterm", "LANG": "C.UTF-8",
       "XDG_STATE_HOME": home + "/.local/state", "XDG_CACHE_HOME": home + "/.cache", "KAMAKI_COMMAND_SERVER": "off"}

def first_prompt(argv, prompt, timeout=30.0):
    """Seconds from spawning until `prompt` appears on the pty; then Ctrl-D and reap."""
    # posix_spawn (vfork and exec), not pty.fork: forking this Python process would add its own
    # cost to both shells' figures. The child gets the pseudo-terminal as stdin, stdout, stderr.
    fd, slave = pty.openpty()
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env, setsid=True, file_actions=[
        (os.POSIX_SPAWN_DUP2, slave, 0), (os.POSIX_SPAWN_DUP2, slave, 1), (os.POSIX_SPAWN_DUP2, slave, 2),
        (os.POSIX_SPAWN_CLOSE, fd)])
    os.close(slave)
    seen, elapsed = b"", None
    deadline = start + timeout
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        # Our prompt is coloured on a terminal (TERM=xterm): compare without the escape sequences.
        if prompt in re.sub(rb"\x1b\[[0-9;]*m", b"", seen):
            elapsed = time.perf_counter() - start
            break
    try:
        os.write(fd, b"\x04")  # Ctrl-D at the top ends both shells
        end = time.perf_counter() + 5
        while time.perf_counter() < end:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready and not os.read(fd, 65536):
                break
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
        else:
            os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)
    if elapsed is None:
        raise SystemExit(f"no prompt {prompt!r} from {argv[0]}; saw {seen[-300:]!r}")
    return elapsed

# Warm both (page cache, first-run files), then alternate so both see the same machine state.
first_prompt([ours], b"[default]: ")
first_prompt([theirs], b"[kamaki]: ")
times = {"ours": [], "theirs": [], "floor": []}
for _ in range(runs):
    times["ours"].append(first_prompt([ours], b"[default]: "))
    times["theirs"].append(first_prompt([theirs], b"[kamaki]: "))
    times["floor"].append(first_prompt([ours, "-V"], b"kamaki "))

ours_ms = statistics.median(times["ours"]) * 1000
theirs_ms = statistics.median(times["theirs"]) * 1000
print("## Shell start-up\n")
print(f"Time from start to the first prompt in a pseudo-terminal, median of {runs} runs each, "
      "both pointed at one standalone `kamaki-cloud` (tutorial seed).\n")
print("| shell | median ms | min ms | max ms |")
print("| --- | ---: | ---: | ---: |")
for name, label in (("ours", "`kamaki` (this repo, release)"), ("theirs", "kamaki 0.16 `kamaki-shell`"),
                    ("floor", "for scale: `kamaki -V` (process start, no shell)")):
    t = [x * 1000 for x in times[name]]
    print(f"| {label} | {statistics.median(t):.1f} | {min(t):.1f} | {max(t):.1f} |")
print(f"\nOurs is **{theirs_ms / ours_ms:.0f}×** faster to the first prompt (target: under 30 ms, at least 15×).\n")
PY

echo "## Completion latency"
echo
echo "One Tab measured on the completer itself (\`kamaki-shell-bench\`, release): candidates,"
echo "matching, common prefix and the rendered list. Targets: \`port info <Tab>\` with 10,000 ports and"
echo "\`server info <Tab>\` with 1,000 servers whose ids are UUIDs (as on OpenStack), each p99 under 5 ms."
echo
"$bin/kamaki-shell-bench" --ports 10000 --servers 1000 --iterations 2000
