#!/usr/bin/env bash
# Usage: conformance-scans.sh BINARY [ARGS...]
# Runs BINARY ARGS once and prints "<scans> <records>": how many times the Swift runtime walked the
# binary's whole list of protocol conformance records, and how long that list is. The runtime walks
# it for the first check of every (type, protocol) pair in a process; it is most of a one-shot
# command's start-up cost (BENCHMARKS.md). Counted with a perf uprobe on the runtime's per-record
# callback (needs perf and root); prints nothing when that is not possible.
set -uo pipefail
bin=$1
shift
command -v perf >/dev/null 2>&1 && [ "$(id -u)" = 0 ] || exit 0

# The per-record callback inside swift_conformsToProtocolMaybeInstantiateSuperclasses.
symbol=$(nm "$bin" 2>/dev/null | awk '/swift_conformsToProtocolMaybeInstantiateSuperclasses.*ConformanceSection.*TargetProtocolConformanceDescriptor/ { print $1; exit }')
[ -n "$symbol" ] || exit 0
address=$((16#$symbol))
# uprobes take a file offset: find the loadable segment holding the address.
offset=
while read -r type off va _ _ size _; do
    [ "$type" = LOAD ] || continue
    if (( address >= va && address < va + size )); then offset=$(printf '0x%x' $((address - va + off))); break; fi
done < <(readelf -lW "$bin")
[ -n "$offset" ] || exit 0
section=$(readelf -SW "$bin" | awk '$2 == "swift5_protocol_conformances" { print $6; exit }')
[ -n "$section" ] || exit 0
records=$((16#$section / 4))

event="kamakibench:scan$$"
perf probe -q -x "$bin" -a "$event=$offset" >/dev/null 2>&1 || exit 0
visits=$(perf stat -x, -e "$event" "$bin" "$@" 2>&1 >/dev/null | awk -F, -v e="$event" '$3 == e { print $1 }')
perf probe -q -d "$event" >/dev/null 2>&1
[ -n "$visits" ] && [ "$records" -gt 0 ] || exit 0
echo "$((visits / records)) $records"
