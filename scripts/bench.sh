#!/usr/bin/env bash
# `make bench`: builds the release binaries once (static Swift runtime, as shipped), then runs each
# section's benchmark and prints BENCHMARKS.md to stdout. Every figure of ours stands next to the same
# figure for kamaki 0.16, measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
export SWIFT_BUILD_FLAGS="-c release --static-swift-stdlib --scratch-path .build-release"  # as `make release`
export KAMAKI_STATIC_BUILD=1  # as `make release`: fixed load address (Package.swift)
export KAMAKI_BENCHMARKS=1  # the benchmark executables are declared only then (Package.swift)
# As `make release` (make bench writes the file first): -V names the commit (BuildInfo.swift).
if [ -f Sources/KamakiCommands/Environment/BuildInfo+Commit.generated.swift ]; then export KAMAKI_BUILD_INFO=1; fi
for product in kamaki kamaki-cloud kamaki-bench kamaki-shell-bench; do
  swift build $SWIFT_BUILD_FLAGS --product "$product" >&2
done
export BENCH_PREBUILT=1

cat <<HEADER
# Benchmarks

Measured by \`make bench\` on $(date -u +%Y-%m-%d) on this machine ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB),
release build as \`make release\` makes it (\`kamaki\` one static executable). kamaki 0.16 is the published Python 2 client
(\`../shared/tools/install-kamaki-py2.sh\`), measured in the same run against the same local cloud.

HEADER
for section in scripts/bench-cli.py scripts/bench-cluster.py scripts/bench-cloud.sh scripts/bench-client.sh scripts/bench-shell.sh scripts/bench-scale.py scripts/bench-openstack.py; do
  [ -f "$section" ] || continue
  echo "(running $section)" >&2
  case "$section" in
    *.py) python3 "$section" || echo "_${section} failed_" ;;
    *) bash "$section" || echo "_${section} failed_" ;;
  esac
  echo
done
