# kamaki: see README.md.
#   make run    installs what is missing, builds, opens the shell on the embedded local cloud
#   make test   installs what is missing, builds, runs every test
#   make bench  measures against kamaki 0.16 and writes BENCHMARKS.md
#   make install [PREFIX=/usr/local] [DESTDIR=]   the release build, completions and man pages
#   make deb    a Debian package of the same files
SWIFT ?= swift
SHARED ?= ../shared
KAMAKI_PY2 ?= /opt/kamaki-py2
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: openstack lint format deps build build-info release run test bench completions man install uninstall deb kamaki-py2

# Debian packages the build and the tests need (zsh, fish and bash-completion also for the
# completion tests; the install tests: man -l, the shells' completion
# lookups, dpkg-shlibdeps for the package; strace for the fsync test).
APT_PACKAGES := libedit-dev libsqlite3-dev tmux less man-db groff-base bash-completion zsh fish dpkg-dev file strace
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

# Where `swift build` put the debug products, and the release build's folder: asked at run time,
# not hard-coded, since the folder depends on the platform triple and the scratch path.
# The tests find the products next to their own bundle (KamakiTestSupport's BuiltProducts), so
# `make test` does not set KAMAKI_BIN_PATH: SwiftPM evaluates the manifest and plans the build
# again (about 6 s here) whenever a `swift` command runs with another environment.
BIN_PATH = $$($(SWIFT) build --show-bin-path)
# The release build has a scratch folder of its own (.build-release): sharing .build with the
# debug build made every `make release` after a debug build compile HummingbirdCore and
# Hummingbird again and relink kamaki (17 s), though nothing had changed. KamakiTestSupport's
# BuiltProducts and the scripts know the name.
RELEASE_SCRATCH := .build-release
RELEASE_FLAGS := -c release --static-swift-stdlib --scratch-path $(RELEASE_SCRATCH)
RELEASE_BIN_PATH = $$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)

build: deps
	$(SWIFT) build

# The commit `kamaki -V` names in builds with KAMAKI_BUILD_INFO=1 (see BuildInfo.swift): written
# only when it changes, and not committed (.gitignore), so building leaves the tree clean.
BUILD_INFO := Sources/KamakiCommands/Environment/BuildInfo+Commit.generated.swift
build-info:
	@commit=$$(git describe --always --dirty --abbrev=12 2>/dev/null) && value="\"$$commit\"" || value=nil; \
	printf '// Written by make (build-info); not committed.\n#if KAMAKI_BUILD_INFO\nlet builtFromCommit: String? = %s\n#endif\n' "$$value" > $(BUILD_INFO).new; \
	if cmp -s $(BUILD_INFO).new $(BUILD_INFO); then rm $(BUILD_INFO).new; else mv $(BUILD_INFO).new $(BUILD_INFO); fi

# The shipped build: one static executable (see Package.swift, BENCHMARKS.md).
# On a warm tree it compiles and links nothing (a few seconds of SwiftPM planning); a new commit, or a tree going from clean to
# dirty, changes the build-info file, so KamakiCommands is compiled again and kamaki relinked
# (about 15 s on the 2-core machine).
release: deps build-info
	$(call apt_install,$(STATIC_PACKAGES))
	KAMAKI_STATIC_BUILD=1 KAMAKI_BUILD_INFO=1 $(SWIFT) build $(RELEASE_FLAGS) --product kamaki
	KAMAKI_STATIC_BUILD=1 KAMAKI_BUILD_INFO=1 $(SWIFT) build $(RELEASE_FLAGS) --product kamaki-cloud

# Installs the release build, the completion scripts and the man pages (scripts/install.sh lists them);
# uninstall removes exactly those.
install: release
	BIN="$(RELEASE_BIN_PATH)" PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) bash scripts/install.sh install

uninstall:
	PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) bash scripts/install.sh uninstall

# The Debian package (.build/deb/kamaki_VERSION_ARCH.deb) of what `make install PREFIX=/usr` installs.
deb: release
	BIN="$(RELEASE_BIN_PATH)" bash scripts/package-deb.sh

run: build
	"$(BIN_PATH)/kamaki"

# Two test targets run after the others, one suite at a time (SERIAL_TARGETS, matched by target
# name, so a suite renamed or added in them needs no change here): EndToEndTests drive child
# processes and tmux with blocking waits; SerialTests hold the crash-recovery test, which loads both
# cores (a child server under four writers, then kill -9), and the transport and wait fault tests,
# which time their requests (a 30 s one once timed out while the 2-core machine ran the whole
# in-process suite at once).
# The shipped build (`make release`, a static executable) is built before them, once: the install
# tests among them install it (scripts/install.sh, scripts/package-deb.sh), and it is checked last.
SERIAL_TARGETS := ^(EndToEndTests|SerialTests)\.
test: deps kamaki-py2 lint openstack
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip '$(SERIAL_TARGETS)'
	$(MAKE) release
	$(SWIFT) test --skip-build --filter '$(SERIAL_TARGETS)' --no-parallel
	bash scripts/release-check.sh

# The real OpenStack the OpenStack suites drive (Keystone v3, Neutron, Nova on 127.0.0.1:15000-15007):
# `run-openstack.sh start` installs what it needs and starts it (minutes the first time, 0.3 s when it
# is up); the suites (Tests/SerialTests/OpenStack) find the tool at the same path. Without the tool they
# skip with a reason, except in CI (CI set), where they fail: there this target fails first.
OPENSTACK_TOOL ?= $(SHARED)/tools/openstack/run-openstack.sh
openstack:
	@if [ -x "$(OPENSTACK_TOOL)" ]; then \
		"$(OPENSTACK_TOOL)" start >/dev/null || { echo "$(OPENSTACK_TOOL) start failed"; exit 1; }; \
	elif [ -n "$$CI" ]; then echo "$(OPENSTACK_TOOL) is missing: CI must run the OpenStack tests"; exit 1; \
	else echo "$(OPENSTACK_TOOL) is missing: the OpenStack tests will be skipped"; fi

# The source layout rules in .swift-format (swift-format ships with the toolchain); `make format`
# rewrites the tree to follow them.
lint:
	$(SWIFT) format lint --strict --parallel --recursive Sources Tests Package.swift

format:
	$(SWIFT) format format --in-place --parallel --recursive Sources Tests Package.swift

bench: deps kamaki-py2 build-info
	$(call apt_install,$(BENCH_PACKAGES) $(STATIC_PACKAGES))
	bash scripts/bench.sh > BENCHMARKS.md.new && mv BENCHMARKS.md.new BENCHMARKS.md
	@cat BENCHMARKS.md

# Regenerate the shell completion scripts from the command registry (a test fails when they are stale).
completions: build
	bin="$(BIN_PATH)" && export KAMAKI_COMMAND_SERVER=off \
		&& "$$bin/kamaki" --generate-completion-script bash > completions/kamaki.bash \
		&& "$$bin/kamaki" --generate-completion-script zsh > completions/_kamaki \
		&& "$$bin/kamaki" --generate-completion-script fish > completions/kamaki.fish

# Regenerate the man pages from the command registry (a test fails when they are stale).
man: build
	bin="$(BIN_PATH)" && "$$bin/kamaki-manual" kamaki > man/kamaki.1 \
		&& "$$bin/kamaki-manual" kamaki-shell > man/kamaki-shell.1 \
		&& "$$bin/kamaki-cloud" --experimental-dump-help | "$$bin/kamaki-manual" kamaki-cloud > man/kamaki-cloud.1
