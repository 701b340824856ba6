# jiuzhu: two commands matter. `make serve` sets up, builds and serves the site; `make test` runs
# every test. Both install what they need from the package registries only, and skip what is
# already there, so a second run is quick.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
# trunk must never fetch tools itself: it uses the pinned binaries installed below.
export TRUNK_OFFLINE := true

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock to the patch level.
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
PORT ?= 8080
STAMP := target/.stamps

.PHONY: help serve dist index test test-native test-wasm test-e2e lint bench bench-tools tools rust-tools node-tools browser clean

help:
	@echo "make serve   build the site and serve it on http://127.0.0.1:$(PORT)/"
	@echo "make test    run every test (native, wasm in Chromium, end-to-end on the release site)"
	@echo "make dist    build the release site into web/dist/"
	@echo "make bench   print size and speed figures"

## ---- setup (idempotent) ----------------------------------------------------------------------
tools: rust-tools node-tools

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing trunk $(TRUNK_VERSION) (about 9 minutes on 2 cores, once)"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked; fi
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 4 minutes, once)"; \
	  cargo install wasm-bindgen-cli --version =$(WASM_BINDGEN_VERSION); fi

node-tools: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

browser:
	@if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then \
	  echo "installing Debian's chromium and chromium-driver"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; fi

## ---- build and serve ---------------------------------------------------------------------------
dist: tools
	cargo fetch --locked -q
	cd web && trunk build --release --offline
	cd web && trunk build clerk.html --release --offline --dist dist-clerk
	sh web/join-pages.sh web/dist web/dist-clerk
	@echo "built web/dist/"

serve: dist
	@echo "serving web/dist on http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory web/dist

## ---- tests ---------------------------------------------------------------------------------------
test: lint test-native test-wasm test-e2e
	@echo "make test: all suites passed"

# web/index.html and web/clerk.html are written from the question table (jiuzhu::questions) by
# web/src/page.rs.
index:
	JIUZHU_WRITE_INDEX=1 cargo test -p jiuzhu-web --test index_html --locked -q

# The web crate is linted in each of its builds: the resident page's (no feature: the workspace
# pass builds it with `module`, which the case module asks for), the counter's and the API's.
lint:
	cargo test -p jiuzhu-web --test index_html --locked -q
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -q -- -D warnings
	cargo clippy -p jiuzhu-web --all-targets --locked -q -- -D warnings
	cargo clippy -p jiuzhu-web --all-targets --features clerk --locked -q -- -D warnings
	cargo clippy -p jiuzhu-web --all-targets --features export-api --locked -q -- -D warnings

test-native:
	cargo test --workspace --locked

# With export-api, so that the JS API's text forms are tested against assess(object) too.
test-wasm: rust-tools browser
	cargo test -p jiuzhu-web --target wasm32-unknown-unknown --features export-api --locked

test-e2e: dist browser node-tools
	node --test --test-concurrency=1 tests/e2e/

# Lighthouse lives in its own small package so that `make test`'s `npm ci` stays small.
bench-tools: tests/bench/node_modules/.package-lock.json

tests/bench/node_modules/.package-lock.json: tests/bench/package.json tests/bench/package-lock.json
	npm ci --prefix tests/bench --no-audit --no-fund
	@touch $@

bench: dist browser node-tools bench-tools
	node tests/bench/bench.mjs

clean:
	cargo clean
	rm -rf web/dist node_modules tests/bench/node_modules
