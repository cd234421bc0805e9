#!/usr/bin/env python3
"""One-shot CLI figures, ours next to kamaki 0.16 in the same run, against one standalone kamaki-cloud.

Measures with hyperfine: `kamaki network list` (ours and 0.16), `kamaki --help` (both), and
`kamaki network list` on the embedded default (ours; 0.16 has none); counts the HTTP requests of a
cold and a warm `network list` from the `-v` request lines. Prints a Markdown section.
Needs a release build (swift build -c release), hyperfine, and kamaki 0.16 in $KAMAKI_PY2.
"""
import json, os, re, subprocess, sys, tempfile, time

from bench_common import ROOT, binaries, command_server_up, stop_command_servers

root = ROOT
kamaki, cloud_bin, py2 = binaries()
runs = os.environ.get("BENCH_RUNS", "40")
tmp = tempfile.mkdtemp(prefix="kamaki-bench-")

cloud = subprocess.Popen([cloud_bin, "--port", "0", "--state", f"{tmp}/cloud.sqlite", "--seed", "tutorial", "--settle", "0"],
                         stdout=subprocess.PIPE, text=True)
url = cloud.stdout.readline().split("url: ", 1)[1].strip()
token = cloud.stdout.readline().split("token: ", 1)[1].strip()

def home(name):
    path = f"{tmp}/{name}"
    os.makedirs(path, exist_ok=True)
    return path

def env(h, **extra):
    e = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": h, "XDG_CACHE_HOME": f"{h}/.cache", "XDG_STATE_HOME": f"{h}/.state",
         "XDG_RUNTIME_DIR": runtime}
    e.update(extra)
    return e

# The command servers our one-shot commands start live in this run's own folder, and are
# stopped at the end (their pids are in their lock files).
runtime = f"{tmp}/run"
os.makedirs(runtime, mode=0o700)
alone = {"KAMAKI_COMMAND_SERVER": "off"}

# One HOME whose ~/.kamakirc both clients read (the same INI format); the embedded default needs
# a HOME with no configuration.
ours_home, embedded_home = home("both"), home("embedded")
theirs_home = ours_home
for key, value in (("url", url), ("token", token)):
    subprocess.run([kamaki, "config", "set", f"cloud.default.{key}", value], env=env(ours_home, **alone), check=True)
have_py2 = os.path.exists(py2) and subprocess.run([py2, "network", "list"], env=env(theirs_home), capture_output=True).returncode == 0

def command(binary, args):
    return " ".join([binary] + args)

def hyperfine(commands, h, **extra):
    # The environment goes to hyperfine, which passes it on: no `env` process in the timed command.
    out = f"{tmp}/hf-{time.time_ns()}.json"
    subprocess.run(["hyperfine", "-N", "--warmup", "3", "--runs", runs, "--export-json", out] + commands,
                   check=True, capture_output=True, env=env(h, **extra))
    with open(out) as f:
        return [r for r in json.load(f)["results"]]

def ms(result):
    return f"{result['mean'] * 1000:.1f} ± {result['stddev'] * 1000:.1f} ms (median {result['median'] * 1000:.1f})"

def requests(binary, h, verbose_args):
    out = subprocess.run([binary] + verbose_args + ["network", "list"], env=env(h), capture_output=True, text=True)
    return len(re.findall(r"^> (GET|POST|PUT|DELETE|HEAD) ", out.stderr, re.M))

rows = []
# Without a command server: every run a whole process (a user's first command, or KAMAKI_COMMAND_SERVER=off).
lists_alone = hyperfine([command(kamaki, ["network", "list"])] + ([command(py2, ["network", "list"])] if have_py2 else []), ours_home, **alone)
helps_alone = hyperfine([command(kamaki, ["--help"])], ours_home, **alone)
embedded_alone = hyperfine([command(kamaki, ["network", "list"])], embedded_home, **alone)
# Where ours goes: process start alone, then start plus parsing the whole `network list` command
# line (its help is printed, no network); the rest of `network list` is the HTTP client's.
scale = hyperfine([command(kamaki, ["-V"]), command(kamaki, ["network", "list", "--help"])], ours_home, **alone)
# How often one run walks the runtime's whole conformance list (perf uprobe; empty without perf/root).
scans = subprocess.run(["bash", os.path.join(root, "scripts", "conformance-scans.sh"), kamaki, "network", "list"],
                       env=env(ours_home, **alone), capture_output=True, text=True).stdout.split()
# As users run them: the first command starts the command server, the next ones run in it.
subprocess.run([kamaki, "network", "list"], env=env(ours_home), capture_output=True, check=True)
served = command_server_up(runtime)
lists = hyperfine([command(kamaki, ["network", "list"])] + ([command(py2, ["network", "list"])] if have_py2 else []), ours_home)
helps = hyperfine([command(kamaki, ["--help"])] + ([command(py2, ["--help"])] if have_py2 else []), ours_home)
embedded = hyperfine([command(kamaki, ["network", "list"])], embedded_home)

def pair(label, results, target):
    ours = results[0]
    theirs = results[1] if len(results) > 1 else None
    ratio = f"{theirs['mean'] / ours['mean']:.1f}× faster" if theirs else "n/a"
    rows.append((label, ms(ours), ms(theirs) if theirs else "not installed", ratio, target))

pair("`kamaki network list` (standalone kamaki-cloud)", lists, "≥ 10× faster than 0.16")
pair("`kamaki --help`", helps, "< 10 ms")
rows.append(("`kamaki network list` on the embedded default", ms(embedded[0]), "n/a (no embedded cloud)", "", "< 30 ms"))
pair("without a command server: `kamaki network list` (standalone kamaki-cloud)", lists_alone, "")
rows.append(("without a command server: `kamaki --help`", ms(helps_alone[0]), "", "", ""))
rows.append(("without a command server: `kamaki network list` on the embedded default", ms(embedded_alone[0]), "", "", ""))
rows.append(("for scale: `kamaki -V` without a command server (process start)", ms(scale[0]), "", "", ""))
rows.append(("for scale: `kamaki network list --help` without a command server (start, parsing, its help printed)", ms(scale[1]), "", "", ""))

# Request counts: a fresh cache (cold), then again (warm).
cold_home = home("counts")
for key, value in (("url", url), ("token", token)):
    subprocess.run([kamaki, "config", "set", f"cloud.default.{key}", value], env=env(cold_home, **alone), check=True)
cold, warm = requests(kamaki, cold_home, ["-v"]), requests(kamaki, cold_home, ["-v"])
theirs_counts = "n/a"
if have_py2:
    theirs_counts = str(requests(py2, theirs_home, ["-v"]) or "2 (token call + GET, see kamaki-wire.md)")
rows.append(("HTTP requests, cold `network list`", str(cold), theirs_counts, "", "2"))
rows.append(("HTTP requests, warm `network list`", str(warm), theirs_counts, "", "1"))

stop_command_servers(runtime)
cloud.terminate()
cloud.wait()

print("## One-shot commands (issue 4)\n")
print(f"hyperfine, {runs} runs after 3 warm-ups, one standalone `kamaki-cloud` on loopback (settle 0).\n")
print("Ours as users run it: the first one-shot command starts the command server (`kamaki --command-server`, "
      "which exits after 5 idle minutes) and the next ones run in it; the rows marked *without a command server* "
      "are every run a whole process, as a user's first command is (or any command with "
      "`KAMAKI_COMMAND_SERVER=off`)." + ("" if served else " **The command server did not start in this run.**") + "\n")
print("| figure | ours | kamaki 0.16 | ratio | target |")
print("| --- | --- | --- | --- | --- |")
for row in rows:
    print("| " + " | ".join(row) + " |")
print()
start_ms, parse_ms, list_ms = scale[0]["mean"] * 1000, scale[1]["mean"] * 1000, lists_alone[0]["mean"] * 1000
print(f"Of our `network list` without a command server, about {start_ms:.1f} ms is process start, up to {parse_ms - start_ms:.1f} ms "
      f"swift-argument-parser (parsing the command line; the figure also prints its help; most of it is the "
      f"parser's first use in a process: runtime type lookups over every protocol conformance in the binary), "
      f"and at least {list_ms - parse_ms:.1f} ms the HTTP client "
      f"(async-http-client on SwiftNIO: event-loop threads, connection pool, channel set-up) and the request, "
      f"the output and the id cache.\n")
if len(scans) == 2:
    print(f"Counted with a perf uprobe in the Swift runtime, one `kamaki network list` walks the binary's whole list "
          f"of {int(scans[1]):,} protocol conformance records {scans[0]} times: the runtime does so for the first "
          f"check of each (type, protocol) pair in a process (generic types' requirements, `as?` casts, reflection, "
          f"string interpolation), and the list holds the conformances of every linked module (Foundation, SwiftNIO, "
          f"async-http-client, swift-argument-parser, and the embedded cloud's Hummingbird and GRDB). "
          f"`kamaki -V` walks it once. (`scripts/conformance-scans.sh`)\n")
