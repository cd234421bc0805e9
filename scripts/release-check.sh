#!/usr/bin/env bash
# The shipped build (`make release`: `kamaki` as one static executable) does what the debug build the tests
# drive does: it is really static, starts, runs the embedded cloud (SQLite inside), speaks HTTP
# to a standalone kamaki-cloud by host name, opens the shell and reads its tutorial data.
# Run by `make test` after the test suites; prints what it checks and fails on the first miss.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(KAMAKI_STATIC_BUILD=1 swift build -c release --static-swift-stdlib --show-bin-path)
tmp=$(mktemp -d /tmp/kamaki-release-check-XXXXXX)
cloud_pid=
cleanup() {
    [ -n "$cloud_pid" ] && kill "$cloud_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "release check FAILED: $*" >&2; exit 1; }
check() { echo "ok: $*"; }

file "$bin/kamaki" | grep -q 'statically linked' || fail "kamaki is not a static executable: $(file "$bin/kamaki")"
check "kamaki is a static executable"

export HOME="$tmp/home" XDG_STATE_HOME="$tmp/home/state" XDG_CACHE_HOME="$tmp/home/cache"
mkdir -p "$HOME"
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
echo "release check passed"
