#!/usr/bin/env python3
"""Big lists (issue 19): `port list` and `port list -l` with 100, 1,000 and 10,000 ports, ours next to kamaki 0.16.

One standalone kamaki-cloud (release, tutorial seed, settle 0) is filled through the API (POST /ports on one
keep-alive connection: a private network with an IPv4 and an IPv6 subnet until its addresses run out, then one
without; the first 16 ports attached to the tutorial's servers, so lists hold ACTIVE ports with addresses and
DOWN ones with and without). At each size: the server's time
for the raw `GET /network/v2.0/ports` (curl, median of 7), ours with the command server and without, kamaki 0.16's
(hyperfine), our peak memory (the largest resident set of one `port list -l` in a process of its own). Prints a
Markdown section. Needs a release build, hyperfine, curl, and kamaki 0.16 in $KAMAKI_PY2.
"""
import http.client, json, os, shutil, statistics, subprocess, sys, tempfile, time

from bench_common import binaries, command_server_up, stop_command_servers

kamaki, cloud_bin, py2 = binaries()
runs = os.environ.get("BENCH_SCALE_RUNS", "10")
sizes = [int(n) for n in os.environ.get("BENCH_SCALE_SIZES", "100,1000,10000").split(",")]
tmp = tempfile.mkdtemp(prefix="kamaki-bench-scale-")
runtime = f"{tmp}/run"
os.makedirs(runtime, mode=0o700)
home = f"{tmp}/home"
os.makedirs(home)

cloud = subprocess.Popen([cloud_bin, "--port", "0", "--state", f"{tmp}/cloud.sqlite", "--seed", "tutorial", "--settle", "0"],
                         stdout=subprocess.PIPE, text=True)
url = cloud.stdout.readline().split("url: ", 1)[1].strip()
token = cloud.stdout.readline().split("token: ", 1)[1].strip()
base = url.rsplit("/identity/v2.0", 1)[0]
host, port = base.split("//", 1)[1].split(":")


def env(**extra):
    e = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "XDG_CACHE_HOME": f"{home}/.cache",
         "XDG_STATE_HOME": f"{home}/.state", "XDG_RUNTIME_DIR": runtime}
    e.update(extra)
    return e


alone = {"KAMAKI_COMMAND_SERVER": "off"}
for key, value in (("url", url), ("token", token)):
    subprocess.run([kamaki, "config", "set", f"cloud.default.{key}", value], env=env(**alone), check=True)
have_py2 = os.path.exists(py2) and subprocess.run([py2, "port", "list"], env=env(), capture_output=True).returncode == 0

connection = http.client.HTTPConnection(host, int(port))


def call(method, path, body=None, allow=()):
    headers = {"X-Auth-Token": token}
    if body is not None:
        headers["Content-Type"] = "application/json"
    connection.request(method, "/network/v2.0" + path, body=json.dumps(body) if body is not None else None, headers=headers)
    reply = connection.getresponse()
    data = reply.read()
    if reply.status in allow:
        return None
    if reply.status >= 300:
        sys.exit(f"{method} {path}: {reply.status} {data[:200]!r}")
    return json.loads(data) if data else None


# A /22 holds about a thousand addresses: the ports after those go to a network without a subnet. A server
# takes 8 ports, so the first 16 are attached to the tutorial's two servers.
addressed = call("POST", "/networks", {"network": {"type": "MAC_FILTERED", "name": "scale"}})["network"]["id"]
call("POST", "/subnets", {"subnet": {"network_id": addressed, "cidr": "10.1.0.0/22", "ip_version": 4}})
call("POST", "/subnets", {"subnet": {"network_id": addressed, "cidr": "2001:db8:5::/64", "ip_version": 6}})
plain = call("POST", "/networks", {"network": {"type": "MAC_FILTERED", "name": "scale-plain"}})["network"]["id"]
network = addressed
ports = 0
first_port = None


def fill(total):
    global ports, network, first_port
    while ports < total:
        body = {"network_id": network, "name": f"port {ports}"}
        if ports < 16:
            body["device_id"] = str(141 + ports % 2)
        made = call("POST", "/ports", {"port": body}, allow=(409,) if network == addressed else ())
        if made is None:
            network = plain  # no more addresses
            continue
        first_port = first_port or made["port"]["id"]
        ports += 1


CURL_PORTS = ["curl", "-s", "-o", "/dev/null", "-w", "%{time_total}\n", "-H", f"X-Auth-Token: {token}", f"{base}/network/v2.0/ports"]


def server_ms():
    """The median of 7 raw `GET /ports` (curl's total time), after one unmeasured: a list asked for again,
    which the server serves from its cache when nothing changed."""
    subprocess.run(CURL_PORTS, check=True, capture_output=True)
    return statistics.median(float(subprocess.check_output(CURL_PORTS, text=True)) for _ in range(7)) * 1000


def server_changed_ms():
    """The median of 7 raw `GET /ports` each after a write (a port renamed to its own name): rendered anew."""
    def once():
        call("PUT", f"/ports/{first_port}", {"port": {"name": "port 0"}})
        return float(subprocess.check_output(CURL_PORTS, text=True))
    return statistics.median(once() for _ in range(7)) * 1000


def hyperfine(commands, **extra):
    out = f"{tmp}/hf-{time.time_ns()}.json"
    subprocess.run(["hyperfine", "-N", "--warmup", "2", "--runs", runs, "--export-json", out] + commands,
                   check=True, capture_output=True, env=env(**extra))
    with open(out) as f:
        return [r["mean"] * 1000 for r in json.load(f)["results"]]


# Peak memory is measured on a copy of the executable: the file the linker has just written maps about 2 MB
# more of its pages into a process than a copy of it does (40.8 against 38.7 MB for `port list -l` with
# 10,000 ports, same bytes), which is the page cache's state, not memory the command uses.
measured = f"{tmp}/kamaki"
shutil.copy2(kamaki, measured)


def peak_mb(args):
    """The largest resident set of one run of ours (a copy, see above) in a process of its own, in MB."""
    child = subprocess.Popen([measured] + args, env=env(**alone), stdout=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return usage.ru_maxrss / 1024


subprocess.run([kamaki, "port", "list"], env=env(), capture_output=True, check=True)
served = command_server_up(runtime)
rows = []
for size in sizes:
    print(f"filling to {size} ports", file=sys.stderr)
    fill(size)
    changed = server_changed_ms()
    raw = server_ms()
    variants = {}
    for name, args in (("list", ["port", "list"]), ("details", ["port", "list", "-l"])):
        ours = hyperfine([" ".join([kamaki] + args)])[0]
        ours_alone = hyperfine([" ".join([kamaki] + args)], **alone)[0]
        theirs = hyperfine([" ".join([py2] + args)])[0] if have_py2 else None
        variants[name] = (ours, ours_alone, theirs)
    rows.append((size, raw, changed, variants, peak_mb(["port", "list"]), peak_mb(["port", "list", "-l"])))

stop_command_servers(runtime)
connection.close()
cloud.terminate()
cloud.wait()


def ratio(ours, theirs):
    return f"{theirs / ours:.1f}×" if theirs else "n/a"


print("## Big lists (issue 19)\n")
print(f"One standalone `kamaki-cloud` filled through the API (16 ports attached to servers, so ACTIVE with a MAC and "
      f"IPv4 and IPv6 addresses; about 1,000 DOWN with an IPv4 address; the others DOWN without); hyperfine, {runs} runs after 2 warm-ups; "
      f"output to /dev/null. *Server* is the raw `GET /network/v2.0/ports` (curl, median of 7) asked for again, which the server answers from its cache of the last list rendered; *after a write* is the same request after each of 7 writes (rendered anew). *Over raw* is our time "
      f"minus the server's: what the client adds. Peak memory: the largest resident set of one command without a "
      f"command server (run from a copy of the executable, see scripts/bench-scale.py). Targets at 10,000 ports: server ≤ 25 ms; client over raw ≤ 15 ms served, ≤ 30 ms alone; "
      f"peak memory ≤ 40 MB; ≥ 10× kamaki 0.16 on `port list`, ≥ 15× on `port list -l`."
      + ("" if served else " **The command server did not start in this run.**") + "\n")
for name, label in (("list", "`kamaki port list`"), ("details", "`kamaki port list -l`")):
    print(f"{label}:\n")
    print("| ports | server | after a write | ours | over raw | ours without a command server | over raw | kamaki 0.16 | ratio | ratio without a command server | our peak memory |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size, raw, changed, variants, peak_list, peak_details in rows:
        ours, ours_alone, theirs = variants[name]
        peak = peak_list if name == "list" else peak_details
        print(f"| {size:,} | {raw:.1f} ms | {changed:.1f} ms | {ours:.1f} ms | {ours - raw:.1f} ms | {ours_alone:.1f} ms | {ours_alone - raw:.1f} ms | "
              + (f"{theirs:.1f} ms" if theirs else "not installed")
              + f" | {ratio(ours, theirs)} | {ratio(ours_alone, theirs)} | {peak:.1f} MB |")
    print()
