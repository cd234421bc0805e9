#!/usr/bin/env python3
"""Servers: one server's create-and-wait, and a cluster of 8 with --wait, ours next to kamaki 0.16 in the same run.

One standalone kamaki-cloud (tutorial world, a build time of SETTLE seconds, its VM quota raised so that every
run fits). hyperfine times `server create ... --wait` for one server and `--cluster-size 8 --wait` (ours with its
default threads; kamaki 0.16 with its default of 1 thread and with --threads 8). Prints a Markdown section.
Needs a release build, hyperfine, and kamaki 0.16 in $KAMAKI_PY2.
"""
import json, os, subprocess, tempfile, time

from bench_common import binaries, start_roomy_cloud

kamaki, cloud_bin, py2 = binaries()
runs = os.environ.get("BENCH_SERVER_RUNS", "8")
settle = os.environ.get("BENCH_SETTLE", "1")
tmp = tempfile.mkdtemp(prefix="kamaki-bench-servers-")
state = f"{tmp}/cloud.sqlite"

# The tutorial's world, its compute quotas raised so that every timed run fits.
cloud, url, token = start_roomy_cloud(cloud_bin, state, settle)

h = f"{tmp}/home"
os.makedirs(h)
e = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": h, "XDG_CACHE_HOME": f"{h}/.cache", "XDG_STATE_HOME": f"{h}/.state",
     "KAMAKI_COMMAND_SERVER": "off"}
for key, value in (("url", url), ("token", token)):
    subprocess.run([kamaki, "config", "set", f"cloud.default.{key}", value], env=e, check=True, capture_output=True)
have_py2 = os.path.exists(py2) and subprocess.run([py2, "flavor", "list"], env=e, capture_output=True).returncode == 0

create = ["server", "create", "--name=bench ", "--flavor-id=1", "--image-id=f1r57-1m4g3-1d", "--wait"]

def command(binary, args):
    return " ".join([binary] + [f"'{a}'" if " " in a else a for a in args])

def hyperfine(commands):
    out = f"{tmp}/hf-{time.time_ns()}.json"
    subprocess.run(["hyperfine", "-N", "--warmup", "1", "--runs", runs, "--export-json", out] + commands,
                   check=True, capture_output=True, env=e)
    with open(out) as f:
        return json.load(f)["results"]

def ms(result):
    return f"{result['mean'] * 1000:.0f} ± {result['stddev'] * 1000:.0f} ms"

single = hyperfine([command(kamaki, create)] + ([command(py2, create)] if have_py2 else []))
cluster = hyperfine([command(kamaki, create + ["--cluster-size=8"])]
                    + ([command(py2, create + ["--cluster-size=8"]), command(py2, create + ["--cluster-size=8", "--threads=8"])]
                       if have_py2 else []))
cloud.terminate()
cloud.wait()

print("## Servers (issue 14)\n")
print(f"hyperfine, {runs} runs after 1 warm-up, one standalone `kamaki-cloud` (tutorial world, servers build in {settle} s, "
      "quotas raised), no command server. Each run creates its servers and waits until they are ACTIVE.\n")
print("| figure | ours | kamaki 0.16 | ratio | target |")
print("| --- | --- | --- | --- | --- |")
theirs = single[1] if have_py2 else None
ratio = f"{theirs['mean'] / single[0]['mean']:.1f}× faster" if theirs else "n/a"
print(f"| one server: `server create … --wait` | {ms(single[0])} | {ms(theirs) if theirs else 'not installed'} | {ratio} | |")
target = 1.5 * single[0]["mean"]
verdict = "met" if cluster[0]["mean"] <= target else "missed"
print(f"| cluster of 8: `server create --cluster-size=8 --wait` | {ms(cluster[0])} | "
      + (f"{ms(cluster[1])} (1 thread, its default) | {cluster[1]['mean'] / cluster[0]['mean']:.1f}× faster" if have_py2 else "not installed | n/a")
      + f" | ≤ 1.5× one server ({target * 1000:.0f} ms): {verdict} |")
if have_py2:
    print(f"| cluster of 8, kamaki 0.16 `--threads=8` | | {ms(cluster[2])} | {cluster[2]['mean'] / cluster[0]['mean']:.1f}× faster | |")
print()
