#!/usr/bin/env python3
"""OpenStack figures: our `kamaki network list` and `server list` next to python-openstackclient's
`openstack network list` and `server list`, in the same run, against the same real services
(Keystone v3, Neutron, Nova) that `../shared/tools/openstack/run-openstack.sh start` brings up.

Both clients read the same `OS_*` variables (`run-openstack.sh env`, the demo user). Ours is measured
as users run it (the first one-shot command starts the command server) and without a command
server. Prints a Markdown section; when the services cannot be started, says so and why.
"""
import json, os, re, subprocess, sys, tempfile, time

from bench_common import ROOT, binaries, command_server_up, stop_command_servers

tool = os.environ.get("KAMAKI_OPENSTACK_TOOL", os.path.join(ROOT, "..", "shared", "tools", "openstack", "run-openstack.sh"))
print("## Against a real OpenStack (issue 17)\n")
if not os.path.exists(tool):
    print(f"_Not measured: {tool} is missing._")
    sys.exit(0)
started = subprocess.run(["bash", tool, "start"], capture_output=True, text=True)
if started.returncode != 0:
    print(f"_Not measured: run-openstack.sh start failed ({started.returncode})._")
    sys.exit(0)
exports = subprocess.run(["bash", tool, "env"], capture_output=True, text=True, check=True).stdout
variables = dict(re.findall(r"(OS_[A-Z_]+)=(\S+)", exports))
home_dir = os.environ.get("OS_TEST_HOME", "/tmp/openstack-test")
openstack = os.path.join(home_dir, "venv", "bin", "openstack")

kamaki, _, _ = binaries()
runs = os.environ.get("BENCH_RUNS_OPENSTACK", "10")
tmp = tempfile.mkdtemp(prefix="kamaki-bench-os-")
runtime = f"{tmp}/run"
os.makedirs(runtime, mode=0o700)


def env(**extra):
    home = f"{tmp}/home"
    os.makedirs(home, exist_ok=True)
    e = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "XDG_CACHE_HOME": f"{home}/.cache",
         "XDG_STATE_HOME": f"{home}/.state", "XDG_RUNTIME_DIR": runtime}
    e.update(variables)
    e.update(extra)
    return e


def works(argv, **extra):
    return subprocess.run(argv, env=env(**extra), capture_output=True).returncode == 0


def hyperfine(commands, warmup, **extra):
    out = f"{tmp}/hf-{time.time_ns()}.json"
    subprocess.run(["hyperfine", "-N", "--warmup", str(warmup), "--runs", runs, "--export-json", out] + commands,
                   check=True, capture_output=True, env=env(**extra))
    with open(out) as f:
        return json.load(f)["results"]


def ms(result):
    return f"{result['mean'] * 1000:.1f} ± {result['stddev'] * 1000:.1f} ms (median {result['median'] * 1000:.1f})"


print(f"hyperfine, {runs} runs each, the demo user's `OS_*` variables (password authentication) for both clients, "
      "the services on loopback (Keystone 30, Neutron 29, Nova 34 with the fake driver). "
      "Ours keeps its token in its cache between runs, as openstackclient keeps none by default: "
      "each `openstack` run authenticates (`POST /v3/auth/tokens`) first.\n")
print("| figure | ours | python-openstackclient | ratio | target |")
print("| --- | --- | --- | --- | --- |")
alone = {"KAMAKI_COMMAND_SERVER": "off"}
for verb in ("network list", "server list"):
    args = verb.split()
    theirs = hyperfine([" ".join([openstack] + args)], 1)[0] if works([openstack] + args) else None
    rows = []
    if works([kamaki] + args, **alone):
        subprocess.run([kamaki] + args, env=env(), capture_output=True)
        command_server_up(runtime)
        rows.append((f"`kamaki {verb}`", hyperfine([" ".join([kamaki] + args)], 3)[0]))
        rows.append((f"`kamaki {verb}` without a command server", hyperfine([" ".join([kamaki] + args)], 3, **alone)[0]))
    else:
        failed = subprocess.run([kamaki] + args, env=env(**alone), capture_output=True, text=True)
        print(f"| `kamaki {verb}` | failed: {failed.stderr.strip().splitlines()[-1:] or failed.returncode} | "
              f"{ms(theirs) if theirs else 'failed'} | | ≥ 20× faster |")
    for label, ours in rows:
        ratio = f"{theirs['mean'] / ours['mean']:.1f}× faster" if theirs else ""
        print(f"| {label} | {ms(ours)} | {ms(theirs) if theirs else 'failed'} | {ratio} | ≥ 20× faster |")
stop_command_servers(runtime)
