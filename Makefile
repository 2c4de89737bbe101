# Presign Doctor. `make serve` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
GO ?= go
GOROOT := $(shell $(GO) env GOROOT)
WASM_EXEC_DIR := $(GOROOT)/lib/wasm
SITE := dist/site
BIN := dist/bin
PORT ?= 8080
GO_SOURCES := $(shell find internal wasm scripts -name '*.go' -not -path '*/node_modules/*') go.mod go.sum
WEB_SOURCES := $(wildcard web/*)

.PHONY: all build serve test test-go test-wasm test-node test-browser lint deps-node deps-browser clean

all: build

## build: the site into dist/site (and the test binaries into dist/bin)
build: $(SITE)/presign-doctor.wasm $(SITE)/wasm_exec.js $(SITE)/.web $(BIN)/serve $(BIN)/analyze

$(SITE)/presign-doctor.wasm: $(GO_SOURCES)
	@mkdir -p $(SITE)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./wasm
	@raw=$$(stat -c %s $@); gz=$$(gzip -9 -c $@ | wc -c); \
	  awk -v r=$$raw -v g=$$gz 'BEGIN { printf "presign-doctor.wasm: %d bytes raw (%.2f MB), %d bytes gzip -9 (%.2f MB)\n", r, r/1e6, g, g/1e6 }'

$(SITE)/wasm_exec.js: $(WASM_EXEC_DIR)/wasm_exec.js
	@mkdir -p $(SITE)
	cp $< $@

$(SITE)/.web: $(WEB_SOURCES)
	@mkdir -p $(SITE)
	cp web/* $(SITE)/
	@touch $@

$(BIN)/serve: $(GO_SOURCES)
	$(GO) build -o $@ ./scripts/serve

$(BIN)/analyze: $(GO_SOURCES)
	$(GO) build -o $@ ./scripts/analyze

## serve: build and serve the site on http://127.0.0.1:$(PORT)
serve: build
	PORT=$(PORT) $(BIN)/serve -dir $(SITE)

## test: every tier: native Go, Go under wasm in Node, the wasm in Node, the page in Chromium
test: test-go test-wasm test-node test-browser
	@echo "make test: all tiers passed"

test-go:
	$(GO) vet ./...
	$(GO) test ./...

test-wasm:
	PATH="$(WASM_EXEC_DIR):$$PATH" GOOS=js GOARCH=wasm $(GO) test ./...

deps-node: scripts/node_modules/.installed
scripts/node_modules/.installed: scripts/package.json scripts/package-lock.json
	cd scripts && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

deps-browser:
	@scripts/ensure-chromium.sh

test-node: build deps-node
	node --test --test-reporter=spec scripts/test/wasm-node.test.mjs
	node --test --test-reporter=spec scripts/test/sdk-oracle.test.mjs

test-browser: build deps-node deps-browser
	node --test --test-reporter=spec --test-concurrency=1 scripts/test/browser.test.mjs

## lint: go vet, gofmt, and a syntax check of the page's scripts
lint:
	$(GO) vet ./...
	@out=$$(gofmt -l internal wasm scripts | grep -v node_modules || true); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	@for f in web/*.js scripts/test/*.mjs; do node --check $$f; done
	@echo "lint: ok"

clean:
	rm -rf dist
