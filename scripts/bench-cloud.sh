#!/usr/bin/env bash
# Benchmarks the local cloud server (kamaki-cloud, release build) on loopback with wrk and curl,
# and prints a Markdown section for BENCHMARKS.md on stdout (progress goes to stderr).
#
# Figures: GET /network/v2.0/networks throughput and p99; a create+delete port cycle; the time to
# list 10,000 ports; the server's RSS holding them. The 10,000 ports are created through the API
# (POST /ports with wrk), so the state is what real use produces.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}

command -v wrk >/dev/null || {
  echo "installing wrk" >&2
  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk) >/dev/null
}
flags=${SWIFT_BUILD_FLAGS:-"-c release"}
if [ -z "${BENCH_PREBUILT:-}" ]; then
  echo "building kamaki-cloud (release)" >&2
  swift build $flags --product kamaki-cloud >/dev/null
fi
BIN=$(swift build $flags --show-bin-path)/kamaki-cloud

WORK=$(mktemp -d)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
"$BIN" --port 0 --settle 0 --state "$WORK/state.sqlite" >"$WORK/out" 2>"$WORK/err" &
PID=$!
for _ in $(seq 100); do grep -q '^token:' "$WORK/out" 2>/dev/null && break; sleep 0.05; done
URL=$(sed -n 's/^url: //p' "$WORK/out")
TOKEN=$(sed -n 's/^token: //p' "$WORK/out" | head -1)
BASE=${URL%/identity/v2.0}
[ -n "$TOKEN" ] || { echo "kamaki-cloud did not start" >&2; cat "$WORK/err" >&2; exit 1; }

# wrk prints latencies as 812.00us / 1.23ms / 1.01s; convert to milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
p99() { to_ms "$(awk '$1 == "99%" { print $2 }' "$1")"; }

echo "GET /network/v2.0/networks" >&2
wrk -t2 -c16 -d"$DURATION" --latency -H "X-Auth-Token: $TOKEN" "$BASE/network/v2.0/networks" >"$WORK/get.txt"
GET_RPS=$(rps "$WORK/get.txt"); GET_P99=$(p99 "$WORK/get.txt")

NET=$(curl -s -X POST -H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json' \
  -d '{"network": {"type": "MAC_FILTERED", "name": "bench"}}' "$BASE/network/v2.0/networks" | sed 's/.*"network": {"id": "\([0-9]*\)".*/\1/')

# One connection per thread, so each thread alternates POST /ports and DELETE /ports/<the id it got>.
cat >"$WORK/cycle.lua" <<LUA
local pending = nil
request = function()
  if pending then
    local path = "/network/v2.0/ports/" .. pending
    pending = nil
    return wrk.format("DELETE", path, {["X-Auth-Token"] = "$TOKEN"})
  end
  return wrk.format("POST", "/network/v2.0/ports", {["Content-Type"] = "application/json", ["X-Auth-Token"] = "$TOKEN"},
    '{"port": {"network_id": "$NET", "name": "cycle"}}')
end
response = function(status, headers, body)
  if status == 201 then pending = string.match(body, '"id": "(%d+)"') end
end
LUA
echo "port create+delete cycle" >&2
wrk -t2 -c2 -d"$DURATION" --latency -H "X-Auth-Token: $TOKEN" -s "$WORK/cycle.lua" "$BASE" >"$WORK/cycle.txt"
CYCLE_RPS=$(rps "$WORK/cycle.txt"); CYCLES=$((CYCLE_RPS / 2)); CYCLE_P99=$(p99 "$WORK/cycle.txt")

# 10,000 ports through the API: one curl process, one keep-alive connection, 10,000 POST /ports.
for i in $(seq 10000); do
  [ "$i" -gt 1 ] && echo next
  printf 'url = "%s"\nrequest = "POST"\nheader = "X-Auth-Token: %s"\nheader = "Content-Type: application/json"\n' \
    "$BASE/network/v2.0/ports" "$TOKEN"
  printf 'data = "{\\"port\\": {\\"network_id\\": \\"%s\\", \\"name\\": \\"fill\\"}}"\noutput = "/dev/null"\n' "$NET"
done >"$WORK/fill.curl"
echo "creating 10,000 ports" >&2
FILL_START=$(date +%s.%N)
curl -s -K "$WORK/fill.curl"
FILL_SECONDS=$(awk -v s="$FILL_START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
PORTS=$(curl -s -H "X-Auth-Token: $TOKEN" "$BASE/network/v2.0/ports" | grep -o '"id": "[0-9]*","name"' | wc -l || true)

echo "listing $PORTS ports" >&2
curl -s -o /dev/null -H "X-Auth-Token: $TOKEN" "$BASE/network/v2.0/ports"
TIMES=$(for _ in 1 2 3 4 5 6 7; do
  curl -s -o /dev/null -w '%{time_total}\n' -H "X-Auth-Token: $TOKEN" "$BASE/network/v2.0/ports"
done | sort -n)
LIST_MS=$(echo "$TIMES" | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] * 1000 }')
LIST_BYTES=$(curl -s -H "X-Auth-Token: $TOKEN" "$BASE/network/v2.0/ports" | wc -c)
RSS_MB=$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$PID/status")

verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = (dir == "min") ? (v >= t) : (v < t); print ok ? "met" : "MISSED" }'; }
cat <<MD
## Local cloud server (kamaki-cloud)

Release build on $(nproc) cores, loopback, \`wrk\` and \`curl\`; state in a temporary SQLite file (WAL), settle 0.

| figure | value | target | kamaki 0.16 |
| --- | --- | --- | --- |
| \`GET /network/v2.0/networks\` throughput (wrk, 2 threads, 16 connections, $DURATION) | $GET_RPS req/s | ≥ 5,000 req/s ($(verdict "$GET_RPS" 5000 min)) | n/a (0.16 has no server) |
| \`GET /network/v2.0/networks\` p99 latency | $GET_P99 ms | < 10 ms ($(verdict "$GET_P99" 10 max)) | n/a |
| port create + delete cycle (\`POST /ports\`, \`DELETE /ports/{id}\`, 2 connections) | $CYCLES cycles/s (p99 $CYCLE_P99 ms per request) | — | n/a |
| \`GET /network/v2.0/ports\` with $PORTS ports (median of 7, $((LIST_BYTES / 1024)) KiB) | $LIST_MS ms | < 100 ms ($(verdict "$LIST_MS" 100 max)) | n/a |
| server RSS holding $PORTS ports, after listing them | $RSS_MB MB | < 100 MB ($(verdict "$RSS_MB" 100 max)) | n/a |

The cycle's ports have no device, so DELETE removes them at once (no settle). The $PORTS ports were
created through the API on one private network: 10,000 \`POST /ports\` from one curl process on one
keep-alive connection, which took ${FILL_SECONDS} s.
MD
