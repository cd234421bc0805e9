# kamaki: see README.md. `make run` opens the shell on the embedded cloud; `make test` runs every test.
SWIFT ?= swift
DEPS_STAMP := .build/.deps-installed

.PHONY: deps build release run test bench completions clean-state

# System packages the build, tests and benchmarks need (Debian names).
APT_PACKAGES := libedit-dev libsqlite3-dev tmux

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		(apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing) >/dev/null || \
		{ echo "could not install$$missing (run as root?)"; exit 1; }; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: build
	$(SWIFT) run kamaki

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean-state:
	rm -rf "$${XDG_STATE_HOME:-$$HOME/.local/state}/kamaki"
