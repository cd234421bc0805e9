#!/usr/bin/env bash
# Measures KamakiClient against an in-process local cloud and prints a Markdown table section:
# p50/p90/p99 of GET /networks/2 through the client (1,000 requests after warm-up) and the
# HTTP request counts of a cold and a warm one-shot listNetworks().
#
# Usage: scripts/bench-client.sh [--requests N] [--warmup N]
# BENCH_CONFIG=debug builds faster but measures a debug build (default: release).
set -euo pipefail
cd "$(dirname "$0")/.."
flags=${SWIFT_BUILD_FLAGS:-"-c ${BENCH_CONFIG:-release}"}
export KAMAKI_BENCHMARKS=1  # kamaki-bench is declared only then (Package.swift)
[ -n "${BENCH_PREBUILT:-}" ] || swift build $flags --product kamaki-bench >&2
exec "$(swift build $flags --show-bin-path)/kamaki-bench" "$@"
