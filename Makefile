# kamaki: see README.md.
#   make run    installs what is missing, builds, opens the shell on the embedded local cloud
#   make test   installs what is missing, builds, runs every test
#   make bench  measures against kamaki 0.16 and writes BENCHMARKS.md
SWIFT ?= swift
SHARED ?= ../shared
KAMAKI_PY2 ?= /opt/kamaki-py2

.PHONY: deps build release run test bench completions kamaki-py2

# Debian packages the build and the tests need.
APT_PACKAGES := libedit-dev libsqlite3-dev tmux zsh fish bash-completion
# ... the static release build (the C libraries' archives: libedit needs ncurses, libbsd, libmd) ...
STATIC_PACKAGES := libncurses-dev libbsd-dev libmd-dev zlib1g-dev
# ... and the benchmarks.
BENCH_PACKAGES := wrk hyperfine

define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		($$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing) >/dev/null \
			|| { echo "could not install:$$missing"; exit 1; }; \
	fi
endef

deps:
	$(call apt_install,$(APT_PACKAGES))

# The published kamaki 0.16 client, for the conformance test and the benchmarks (needs Python 2.7).
kamaki-py2:
	@if [ ! -x $(KAMAKI_PY2)/bin/kamaki ] && [ -f $(SHARED)/tools/install-kamaki-py2.sh ]; then \
		bash $(SHARED)/tools/install-kamaki-py2.sh $(KAMAKI_PY2) || echo "kamaki 0.16 not installed: its tests will say they skipped"; \
	fi

build: deps
	$(SWIFT) build

# The shipped build: one static executable (see Package.swift, BENCHMARKS.md).
release: deps
	$(call apt_install,$(STATIC_PACKAGES))
	KAMAKI_STATIC_BUILD=1 $(SWIFT) build -c release --static-swift-stdlib --product kamaki
	KAMAKI_STATIC_BUILD=1 $(SWIFT) build -c release --static-swift-stdlib --product kamaki-cloud

run: build
	.build/debug/kamaki

# The end-to-end tests drive child processes and tmux with blocking waits, the crash-recovery test
# loads both cores (a child server under four writers, then kill -9), and the transport and wait
# fault tests time their requests (a 30 s one once timed out while the 2-core machine ran the whole
# in-process suite at once): these run after it, one at a time (SERIAL_TESTS).
# Then the shipped build (`make release`, a static executable) is built and checked too.
SERIAL_TESTS := EndToEndTests|CrashRecoveryTests|TransportFaultTests|WaitFaultTests
test: deps kamaki-py2
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip '$(SERIAL_TESTS)'
	$(SWIFT) test --skip-build --filter '$(SERIAL_TESTS)' --no-parallel
	$(MAKE) release
	bash scripts/release-check.sh

bench: deps kamaki-py2
	$(call apt_install,$(BENCH_PACKAGES) $(STATIC_PACKAGES))
	bash scripts/bench.sh > BENCHMARKS.md.new && mv BENCHMARKS.md.new BENCHMARKS.md
	@cat BENCHMARKS.md

# Regenerate the shell completion scripts from the command registry (a test fails when they are stale).
completions: build
	KAMAKI_COMMAND_SERVER=off .build/debug/kamaki --generate-completion-script bash > completions/kamaki.bash
	KAMAKI_COMMAND_SERVER=off .build/debug/kamaki --generate-completion-script zsh > completions/_kamaki
	KAMAKI_COMMAND_SERVER=off .build/debug/kamaki --generate-completion-script fish > completions/kamaki.fish
