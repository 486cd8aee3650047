# Hotseat — `make run` opens the drill, `make test` checks everything.
SHELL := /bin/bash
SWIFT ?= swift
BUILD_FLAGS ?=
HOTSEAT := .build/debug/hotseat
# System packages the build and the tests need (Debian names).
APT_PACKAGES := libreadline-dev pkg-config libsqlite3-dev tmux
# Optional: the browser check of the HTML reports; CI installs it (CI=true).
APT_OPTIONAL := chromium

.PHONY: help setup build run test unit-tests self-checks bench fuzz clean

help:
	@echo "make run    build and open the Hotseat drill on the built-in scenarios"
	@echo "make test   build, run every test and the self-checks of the shipped scenarios and rubrics"
	@echo "make bench  measure scoring throughput and latency against the targets"
	@echo "make fuzz   fuzz the scorer and the rubric loader (FUZZ_SECONDS=600)"

# Installs missing system packages when run as root; otherwise prints the exact command.
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$CI" ]; then for p in $(APT_OPTIONAL); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing"; \
	    echo "Install them with:  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift not found: install Swift 6.3 (https://swift.org/install) and put it on PATH"; exit 1; }

build: setup
	$(SWIFT) build $(BUILD_FLAGS)

run: build
	@$(HOTSEAT)

unit-tests: setup
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build --parallel $(BUILD_FLAGS)

# The shipped scenarios, rubrics, golden transcripts and calibration set must pass their own checks.
self-checks: build
	$(HOTSEAT) rubric check scoring
	$(HOTSEAT) validate
	$(HOTSEAT) test
	$(HOTSEAT) calibrate scoring/calibration/reference.csv --min-spearman 0.7
	@if command -v chromium >/dev/null 2>&1; then scripts/render-reports.sh; \
	 else echo "SKIPPED browser check of HTML reports: chromium is not installed (apt-get install chromium)"; fi

test: unit-tests self-checks

# Release build, in-process figures, `hotseat score --input` as a process, and VADER's ratio.
bench: setup
	scripts/bench.sh

# libFuzzer over the scorer and the rubric loader; FUZZ_SECONDS sets how long.
FUZZ_SECONDS ?= 600
fuzz: setup
	nice -n 10 scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build
