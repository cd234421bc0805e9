#!/bin/bash
# Records Keystone v3's replies from the running test OpenStack (../shared/tools/openstack) into
# Tests/Fixtures/openstack/identity/, for the client's unit tests: the password token reply (body
# as sent; its headers with only the X-Subject-Token value replaced), the 401 of a wrong password,
# the 404 of a Keystone v2.0 URL, and the versions document. Run it again after an upgrade of the
# services; the recorded bodies hold the test cloud's ids, no secret (the demo password is public).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tool=${KAMAKI_OPENSTACK_TOOL:-$root/../shared/tools/openstack/run-openstack.sh}
out=$root/Tests/Fixtures/openstack/identity
mkdir -p "$out"
creds=$("$tool" start 2>/dev/null)
value() { printf '%s\n' "$creds" | sed -n "s/^$1: //p" | head -1; }
auth=$(value auth_url)
user=$(value username)
password=$(value password)
project=$(value project)
root_url=${auth%/v3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

body() { # user password project
    python3 -c 'import json,sys; u,p,pr=sys.argv[1:]; print(json.dumps({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":u,"domain":{"name":"Default"},"password":p}}},"scope":{"project":{"name":pr,"domain":{"name":"Default"}}}}}))' "$@"
}

# record NAME METHOD URL [BODY]: NAME.status, NAME.headers (token values replaced), NAME.body.
record() {
    local name=$1 method=$2 url=$3 data=${4:-}
    local args=(-s -o "$tmp/body" -D "$tmp/headers" -X "$method" "$url")
    [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data-binary "$data")
    curl "${args[@]}"
    sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p' "$tmp/headers" | tr -d '\r' >"$out/$name.status"
    tr -d '\r' <"$tmp/headers" | sed -E 's/^(X-Subject-Token|X-Auth-Token): .*/\1: RECORDED-TOKEN-REMOVED/I' \
        | grep -v -i -E '^(date|x-openstack-request-id):' >"$out/$name.headers"
    cp "$tmp/body" "$out/$name.body"
}

record token-password POST "$auth/auth/tokens" "$(body "$user" "$password" "$project")"
record token-wrong-password POST "$auth/auth/tokens" "$(body "$user" "not-the-password" "$project")"
record v2-tokens POST "$root_url/v2.0/tokens" '{"auth":{"passwordCredentials":{"username":"demo","password":"x"}}}'
record v2-auth-tokens POST "$root_url/v2.0/auth/tokens" "$(body "$user" "not-the-password" "$project")"
record versions GET "$root_url/"
if grep -q -F "$password" "$out"/*; then
    echo "a recorded file holds the password: refusing" >&2
    exit 1
fi
echo "recorded into $out"
