#!/usr/bin/env bash
# The shipped build (`make release`: `kamaki` as one static executable) does what the debug build the tests
# drive does: it is really static, starts, runs the embedded cloud (SQLite inside), speaks HTTP
# to a standalone kamaki-cloud by host name, opens the shell and reads its tutorial data.
# Run by `make test` after the test suites; prints what it checks and fails on the first miss.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(KAMAKI_STATIC_BUILD=1 swift build -c release --static-swift-stdlib --scratch-path .build-release --show-bin-path)
tmp=$(mktemp -d /tmp/kamaki-release-check-XXXXXX)
cloud_pid=
server_pid=
cleanup() {
    [ -n "$cloud_pid" ] && kill "$cloud_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    # Command servers the checks' one-shot commands started.
    for lock in "$tmp"/run/kamaki/*.lock; do [ -s "$lock" ] && kill "$(cat "$lock")" 2>/dev/null; done || true
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "release check FAILED: $*" >&2; exit 1; }
check() { echo "ok: $*"; }

file "$bin/kamaki" | grep -q 'statically linked' || fail "kamaki is not a static executable: $(file "$bin/kamaki")"
check "kamaki is a static executable"

export HOME="$tmp/home" XDG_STATE_HOME="$tmp/home/state" XDG_CACHE_HOME="$tmp/home/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
"$bin/kamaki" -V | grep -q '^kamaki ' || fail "kamaki -V"
check "kamaki -V"

out=$("$bin/kamaki" network list 2>"$tmp/err") || fail "embedded network list: $(cat "$tmp/err")"
[ "$out" = "1 public_network ( public )" ] || fail "embedded network list printed: $out"
grep -q 'embedded local cloud' "$tmp/err" || fail "no embedded-cloud notice: $(cat "$tmp/err")"
check "kamaki network list on the embedded cloud"

status=0
"$bin/kamaki" port info 999 >/dev/null 2>"$tmp/err" || status=$?
[ "$status" = 1 ] && grep -q '(404)' "$tmp/err" || fail "port info 999: status $status, $(cat "$tmp/err")"
check "an API error is presented with status 1"

printf 'tutorial\nip\nlist\n' | "$bin/kamaki" >"$tmp/out" 2>&1 || fail "shell script: $(cat "$tmp/out")"
grep -q 'network  Networks' "$tmp/out" || fail "the shell did not list the tutorials: $(cat "$tmp/out")"
check "the shell runs a script and reads its tutorial data"

mkfifo "$tmp/cloud.out"
"$bin/kamaki-cloud" --port 0 --state "$tmp/cloud.sqlite" --seed tutorial >"$tmp/cloud.out" 2>/dev/null &
cloud_pid=$!
exec 3<"$tmp/cloud.out"
read -r url_line <&3
read -r token_line <&3
url=${url_line#url: }
url=${url/127.0.0.1/localhost}
out=$("$bin/kamaki" -o "cloud.default.url=$url" -o "cloud.default.token=${token_line#token: }" network list 2>"$tmp/err") \
    || fail "network list on kamaki-cloud: $(cat "$tmp/err")"
[ "$out" = "1 public_network ( public )" ] || fail "network list on kamaki-cloud printed: $out"
check "kamaki network list on a standalone kamaki-cloud at $url (host name resolved)"

# The command server: one-shot commands run in it, with the client's streams and exit status.
export XDG_RUNTIME_DIR="$tmp/run-served"
mkdir -m 700 "$XDG_RUNTIME_DIR"
mkfifo "$tmp/server.log"
"$bin/kamaki" --command-server 2>"$tmp/server.log" &
server_pid=$!
exec 3<"$tmp/server.log"
read -r line <&3 && [[ "$line" == *"listening on"* ]] || fail "command server: $line"
socket=${line##* }
out=$("$bin/kamaki" network list 2>"$tmp/err") || fail "served network list: $(cat "$tmp/err")"
[ "$out" = "1 public_network ( public )" ] || fail "served network list printed: $out"
status=0
"$bin/kamaki" port info 999 >/dev/null 2>"$tmp/err" || status=$?
[ "$status" = 1 ] && grep -q '(404)' "$tmp/err" || fail "served port info 999: status $status, $(cat "$tmp/err")"
for expected in "runs a command" "ran a command (status 0)" "runs a command" "ran a command (status 1)"; do
    # "ready" (its warm-up done) comes whenever the warm-up ends.
    read -r line <&3 && [[ "$line" == *"command server ready"* ]] && read -r line <&3
    [[ "$line" == *"$expected"* ]] || fail "command server log: '$line', expected '$expected'"
done
kill "$server_pid" && wait "$server_pid" || true
server_pid=
[ ! -e "$socket" ] || fail "the command server left its socket behind"
check "one-shot commands run in the command server (output, status 1 of an API error), which stops on SIGTERM"
echo "release check passed"
