#!/usr/bin/env bash
# Records real Neutron and Nova responses from the OpenStack that run-openstack.sh runs on loopback
# into Tests/Fixtures/openstack/services/, one JSON file per exchange:
#   {"request": "GET /v2.0/networks", "status": 200, "headers": {...}, "body": <the JSON body, or null>}
# The unit tests of the OpenStack dialect mapping (Tests/KamakiClientTests/OpenStack*) read them, so the
# mapping is checked against what the services really send, not against bodies written by hand.
#
#   scripts/openstack-record-services.sh            # uses ../shared/tools/openstack/run-openstack.sh
#   RUN_OPENSTACK=/path/run-openstack.sh scripts/openstack-record-services.sh
#
# Everything it creates (a network, a subnet, a port, floating IPs, a keypair) has a unique name and is
# deleted at the end, also when a step fails. No token or password is written: `adminPass` is replaced.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
run=${RUN_OPENSTACK:-$root/../shared/tools/openstack/run-openstack.sh}
out=${OUT:-$root/Tests/Fixtures/openstack/services}
[ -x "$run" ] || { echo "no run-openstack.sh at $run (set RUN_OPENSTACK)" >&2; exit 2; }
credentials=$("$run" start 2>/dev/null)
mkdir -p "$out"
OUT="$out" CREDENTIALS="$credentials" exec python3 - <<'PY'
import json, os, subprocess, sys, tempfile, urllib.error, urllib.request, uuid

creds = dict(line.split(": ", 1) for line in os.environ["CREDENTIALS"].splitlines() if ": " in line)
out = os.environ["OUT"]
auth_url, network, compute = creds["auth_url"], creds["network_url"] + "/v2.0", creds["compute_url"]
compute_root = compute.rsplit("/v2.1", 1)[0]
suffix = uuid.uuid4().hex[:8]
KEPT = ("Content-Type", "Location", "OpenStack-API-Version", "X-OpenStack-Nova-API-Version", "Vary")

def http(method, url, body=None, token=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("X-Auth-Token", token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status, got, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, got, raw = error.code, error.headers, error.read()
    try:
        parsed = json.loads(raw) if raw.strip() else None
    except ValueError:
        parsed = raw.decode(errors="replace")
    return status, {k: got[k] for k in KEPT if got.get(k) is not None}, parsed

def token(user, password, project):
    body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "name": user, "domain": {"name": "Default"}, "password": password}}},
        "scope": {"project": {"name": project, "domain": {"name": "Default"}}}}}
    request = urllib.request.Request(auth_url + "/auth/tokens", json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        reply = json.loads(response.read())
        return response.headers["X-Subject-Token"], reply["token"]["project"]["id"]

demo, project_id = token(creds["username"], creds["password"], creds["project"])
NOVA = {"OpenStack-API-Version": "compute 2.46"}

def scrub(value):
    if isinstance(value, dict):
        return {k: ("REDACTED" if k in ("adminPass", "private_key") else scrub(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value

def record(name, method, base, path, body=None, expect=None, tok=demo, headers=None):
    status, kept, parsed = http(method, base + path, body, tok, headers)
    if expect is not None and status != expect:
        raise SystemExit(f"{name}: {method} {path} answered {status}, expected {expect}: {parsed}")
    label = base.replace(network, "/v2.0").replace(compute, "/v2.1").replace(compute_root, "") + path
    exchange = {"request": f"{method} {label}", "status": status, "headers": kept, "body": scrub(parsed)}
    if body is not None:
        exchange["requestBody"] = body
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(exchange, f, indent=2, sort_keys=False)
        f.write("\n")
    return parsed

cleanup = []
try:
    # Neutron reads.
    networks = record("networks-list", "GET", network, "/networks", expect=200)["networks"]
    public = next(n for n in networks if n.get("router:external"))
    demo_net = next(n for n in networks if n["name"] == "demo-net")
    record("network-info", "GET", network, "/networks/" + demo_net["id"], expect=200)
    record("network-not-found", "GET", network, "/networks/" + str(uuid.uuid4()), expect=404)
    record("subnets-list", "GET", network, "/subnets", expect=200)
    record("ports-list", "GET", network, "/ports", expect=200)
    record("routers-list", "GET", network, "/routers", expect=200)
    record("quotas-details", "GET", network, f"/quotas/{project_id}/details", expect=200)

    # Nova reads, at the microversion kamaki asks for.
    record("compute-versions", "GET", compute_root, "/", tok=None)
    record("compute-version-2.1", "GET", compute, "/", tok=None)
    servers = record("servers-list", "GET", compute, "/servers", expect=200, headers=NOVA)["servers"]
    record("servers-detail", "GET", compute, "/servers/detail", expect=200, headers=NOVA)
    server1 = next(s for s in servers if s["name"] == "demo-server-1")
    server2 = next(s for s in servers if s["name"] == "demo-server-2")
    record("server-info", "GET", compute, "/servers/" + server1["id"], expect=200, headers=NOVA)
    record("server-ports", "GET", network, "/ports?device_id=" + server1["id"], expect=200)
    record("server-interfaces", "GET", compute, f"/servers/{server1['id']}/os-interface", expect=200, headers=NOVA)
    record("flavors-detail", "GET", compute, "/flavors/detail", expect=200, headers=NOVA)
    record("limits", "GET", compute, "/limits", expect=200, headers=NOVA)
    record("server-not-found", "GET", compute, "/servers/" + str(uuid.uuid4()), expect=404, headers=NOVA)
    record("server-create-bad-flavor", "POST", compute, "/servers", {"server": {
        "name": "rec-" + suffix, "imageRef": "00000000-0000-4000-8000-000000000001", "flavorRef": "99",
        "networks": [{"uuid": demo_net["id"]}]}}, expect=400, headers=NOVA)
    record("server-start-active", "POST", compute, f"/servers/{server1['id']}/action", {"os-start": None},
           expect=409, headers=NOVA)
    record("microversion-out-of-range", "GET", compute, "/servers", expect=406,
           headers={"OpenStack-API-Version": "compute 9.99"})
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "kamaki-rec", "-f", tmp + "/k"], check=True)
        public_key = open(tmp + "/k.pub").read().strip()
    keypair = "kamaki-rec-" + suffix
    cleanup.append(("DELETE", compute, "/os-keypairs/" + keypair, NOVA))
    record("keypair-create", "POST", compute, "/os-keypairs", {"keypair": {"name": keypair, "public_key": public_key}},
           expect=201, headers=NOVA)
    record("keypairs-list", "GET", compute, "/os-keypairs", expect=200, headers=NOVA)

    # Floating IPs: create (201), associate, a second one on the same port (409), disassociate.
    port1 = next(p for p in http("GET", network + "/ports?device_id=" + server1["id"], token=demo)[2]["ports"])
    fip = record("floatingip-create", "POST", network, "/floatingips",
                 {"floatingip": {"floating_network_id": public["id"]}}, expect=201)["floatingip"]
    cleanup.append(("DELETE", network, "/floatingips/" + fip["id"], None))
    record("floatingip-associate", "PUT", network, "/floatingips/" + fip["id"], {"floatingip": {"port_id": port1["id"]}},
           expect=200)
    record("floatingips-list", "GET", network, "/floatingips", expect=200)
    second = http("POST", network + "/floatingips", {"floatingip": {"floating_network_id": public["id"]}}, demo)[2]["floatingip"]
    cleanup.append(("DELETE", network, "/floatingips/" + second["id"], None))
    record("floatingip-port-already-associated", "PUT", network, "/floatingips/" + second["id"],
           {"floatingip": {"port_id": port1["id"]}}, expect=409)
    record("floatingip-disassociate", "PUT", network, "/floatingips/" + fip["id"], {"floatingip": {"port_id": None}},
           expect=200)
    record("floatingip-address-forbidden", "POST", network, "/floatingips",
           {"floatingip": {"floating_network_id": public["id"], "floating_ip_address": "203.0.113.250"}}, expect=403)

    # A network without a router: association fails (404), and the network is in use (409).
    net = record("network-create", "POST", network, "/networks", {"network": {"name": "kamaki-rec-" + suffix}},
                 expect=201)["network"]
    cleanup.append(("DELETE", network, "/networks/" + net["id"], None))
    record("subnet-create", "POST", network, "/subnets", {"subnet": {
        "network_id": net["id"], "ip_version": 4, "cidr": "10.91.0.0/24", "name": "kamaki-rec-" + suffix}}, expect=201)
    port = record("port-create", "POST", network, "/ports", {"port": {"network_id": net["id"], "name": "kamaki-rec-" + suffix}},
                  expect=201)["port"]
    cleanup.append(("DELETE", network, "/ports/" + port["id"], None))
    record("floatingip-no-router", "PUT", network, "/floatingips/" + fip["id"], {"floatingip": {"port_id": port["id"]}},
           expect=404)
    record("network-in-use", "DELETE", network, "/networks/" + net["id"], expect=409)
    record("floatingip-delete", "DELETE", network, "/floatingips/" + second["id"], expect=204)
    record("unauthorized", "GET", network, "/networks", tok="not-a-token", expect=401)
finally:
    failed = False
    for method, base, path, headers in reversed(cleanup):
        status = http(method, base + path, token=demo, headers=headers)[0]
        if status not in (200, 202, 204, 404):
            print(f"cleanup {method} {path}: {status}", file=sys.stderr)
            failed = True
    if failed:
        sys.exit(1)
print(f"recorded into {out}", file=sys.stderr)
PY
