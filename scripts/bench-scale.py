#!/usr/bin/env python3
"""Big lists (issue 19): `port list` and `port list -l` with 100, 1,000 and 10,000 ports, and `server list` and
`server list -l` with 1,000 servers, ours next to kamaki 0.16.

One standalone kamaki-cloud (release, tutorial seed with its compute quotas raised so that 1,000 servers fit,
settle 0) is filled through the API (POST /ports on one keep-alive connection: a private network with an IPv4 and
an IPv6 subnet until its addresses run out, then one without; the first 16 ports attached to the tutorial's
servers, so lists hold ACTIVE ports with addresses and DOWN ones with and without; then POST /servers up to 1,000
servers of the tutorial's user, without ports). At each size: the server's time for the raw list request (curl,
median of 7), ours with the command server and without, kamaki 0.16's (hyperfine), our peak memory (the largest
resident set of one command in a process of its own). Prints a Markdown section. Needs a release build,
hyperfine, curl, and kamaki 0.16 in $KAMAKI_PY2.
"""
import http.client, json, os, shutil, statistics, subprocess, sys, tempfile, time

from bench_common import binaries, command_server_up, start_roomy_cloud, stop_command_servers

kamaki, cloud_bin, py2 = binaries()
runs = os.environ.get("BENCH_SCALE_RUNS", "10")
sizes = [int(n) for n in os.environ.get("BENCH_SCALE_SIZES", "100,1000,10000").split(",")]
server_sizes = [int(n) for n in os.environ.get("BENCH_SCALE_SERVERS", "1000").split(",") if n]
tmp = tempfile.mkdtemp(prefix="kamaki-bench-scale-")
runtime = f"{tmp}/run"
os.makedirs(runtime, mode=0o700)
home = f"{tmp}/home"
os.makedirs(home)

state = f"{tmp}/cloud.sqlite"


# The tutorial's world, its compute quotas raised so that a thousand servers fit.
cloud, url, token = start_roomy_cloud(cloud_bin, state, 0)
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
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    reply = connection.getresponse()
    data = reply.read()
    if reply.status in allow:
        return None
    if reply.status >= 300:
        sys.exit(f"{method} {path}: {reply.status} {data[:200]!r}")
    return json.loads(data) if data else None


# A /22 holds about a thousand addresses: the ports after those go to a network without a subnet. A server
# takes 8 ports, so the first 16 are attached to the tutorial's two servers.
addressed = call("POST", "/network/v2.0/networks", {"network": {"type": "MAC_FILTERED", "name": "scale"}})["network"]["id"]
call("POST", "/network/v2.0/subnets", {"subnet": {"network_id": addressed, "cidr": "10.1.0.0/22", "ip_version": 4}})
call("POST", "/network/v2.0/subnets", {"subnet": {"network_id": addressed, "cidr": "2001:db8:5::/64", "ip_version": 6}})
plain = call("POST", "/network/v2.0/networks", {"network": {"type": "MAC_FILTERED", "name": "scale-plain"}})["network"]["id"]
network = addressed
ports = 0
first_port = None


def fill(total):
    global ports, network, first_port
    while ports < total:
        body = {"network_id": network, "name": f"port {ports}"}
        if ports < 16:
            body["device_id"] = str(141 + ports % 2)
        made = call("POST", "/network/v2.0/ports", {"port": body}, allow=(409,) if network == addressed else ())
        if made is None:
            network = plain  # no more addresses
            continue
        first_port = first_port or made["port"]["id"]
        ports += 1


# The tutorial's user has servers 141 and 142; the others are made without ports.
servers = 2


def fill_servers(total):
    global servers
    while servers < total:
        call("POST", "/compute/v2.0/servers", {"server": {"name": f"server {servers}", "flavorRef": 1, "imageRef": "f1r57-1m4g3-1d"}})
        servers += 1


def curl(path):
    return ["curl", "-s", "-o", "/dev/null", "-w", "%{time_total}\n", "-H", f"X-Auth-Token: {token}", base + path]


def server_ms(path):
    """The median of 7 raw `GET path` (curl's total time), after one unmeasured: a list asked for again,
    which the server serves from its cache when it has one and nothing changed."""
    subprocess.run(curl(path), check=True, capture_output=True)
    return statistics.median(float(subprocess.check_output(curl(path), text=True)) for _ in range(7)) * 1000


def server_changed_ms(path, write):
    """The median of 7 raw `GET path` each after a write (`write`: a method, path and body that renames a
    resource to its own name): rendered anew."""
    def once():
        call(*write)
        return float(subprocess.check_output(curl(path), text=True))
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


def measure(size, noun, raw_paths, write):
    """One row per variant (the plain list and `-l`): the server's time for its raw request, after a write and
    not, ours served and alone, kamaki 0.16's, our peak memory."""
    row = {}
    for name, args, path in (("list", [noun, "list"], raw_paths[0]), ("details", [noun, "list", "-l"], raw_paths[1])):
        changed = server_changed_ms(path, write)
        raw = server_ms(path)
        ours = hyperfine([" ".join([kamaki] + args)])[0]
        ours_alone = hyperfine([" ".join([kamaki] + args)], **alone)[0]
        theirs = hyperfine([" ".join([py2] + args)])[0] if have_py2 else None
        row[name] = (size, raw, changed, ours, ours_alone, theirs, peak_mb(args))
    return row


subprocess.run([kamaki, "port", "list"], env=env(), capture_output=True, check=True)
served = command_server_up(runtime)
port_rows = []
for size in sizes:
    print(f"filling to {size} ports", file=sys.stderr)
    fill(size)
    port_rows.append(measure(size, "port", ["/network/v2.0/ports"] * 2, ("PUT", f"/network/v2.0/ports/{first_port}", {"port": {"name": "port 0"}})))
server_rows = []
for size in server_sizes:
    print(f"filling to {size} servers", file=sys.stderr)
    fill_servers(size)
    server_rows.append(measure(size, "server", ["/compute/v2.0/servers", "/compute/v2.0/servers/detail"],
                               ("PUT", "/compute/v2.0/servers/141", {"server": {"name": "Server 1"}})))

stop_command_servers(runtime)
connection.close()
cloud.terminate()
cloud.wait()


def ratio(ours, theirs):
    return f"{theirs / ours:.1f}×" if theirs else "n/a"


def table(label, noun, rows, name):
    print(f"{label}:\n")
    print(f"| {noun} | server | after a write | ours | over raw | ours without a command server | over raw | kamaki 0.16 | ratio | ratio without a command server | our peak memory |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        size, raw, changed, ours, ours_alone, theirs, peak = row[name]
        print(f"| {size:,} | {raw:.1f} ms | {changed:.1f} ms | {ours:.1f} ms | {ours - raw:.1f} ms | {ours_alone:.1f} ms | {ours_alone - raw:.1f} ms | "
              + (f"{theirs:.1f} ms" if theirs else "not installed")
              + f" | {ratio(ours, theirs)} | {ratio(ours_alone, theirs)} | {peak:.1f} MB |")
    print()


print("## Big lists (issue 19)\n")
print(f"One standalone `kamaki-cloud` filled through the API (16 ports attached to servers, so ACTIVE with a MAC and "
      f"IPv4 and IPv6 addresses; about 1,000 DOWN with an IPv4 address; the others DOWN without); hyperfine, {runs} runs after 2 warm-ups; "
      f"output to /dev/null. *Server* is the raw `GET /network/v2.0/ports` (curl, median of 7) asked for again, which the server answers from its cache of the last list rendered; *after a write* is the same request after each of 7 writes (rendered anew). *Over raw* is our time "
      f"minus the server's: what the client adds. Peak memory: the largest resident set of one command without a "
      f"command server (run from a copy of the executable, see scripts/bench-scale.py). Targets at 10,000 ports: server ≤ 25 ms; client over raw ≤ 15 ms served, ≤ 30 ms alone; "
      f"peak memory ≤ 40 MB; ≥ 10× kamaki 0.16 on `port list`, ≥ 15× on `port list -l`."
      + ("" if served else " **The command server did not start in this run.**") + "\n")
table("`kamaki port list`", "ports", port_rows, "list")
table("`kamaki port list -l`", "ports", port_rows, "details")
if server_rows:
    print("Servers: the same cloud, then filled up to a thousand servers of the tutorial's user (made through the API, "
          "ACTIVE, without ports; the ports above stay). *Server* is the raw `GET /compute/v2.0/servers` for `server list` "
          "and `GET /compute/v2.0/servers/detail` for `server list -l` (kamaki 0.16 sends the same two requests); *after a write*: after each of 7 renames of a server.\n")
    table("`kamaki server list`", "servers", server_rows, "list")
    table("`kamaki server list -l`", "servers", server_rows, "details")
