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
CMD_SOURCES := $(wildcard cmd/presign-doctor/*.go)
# The files the site serves as they are; app.js, embed.js and worker.js are
# built from several (below).
WEB_COPIED := web/index.html web/styles.css web/examples.js web/client.js
# The page's script: the view shared with the element, then one file a
# concern, then the page's wiring; wrapped in one function so that the
# concerns' names stay out of the page's globals.
PAGE_JS := web/app-editor.js web/app-text.js web/app-views.js web/app-input.js web/app-badge.js web/app-offline.js web/app.js
# The site's wasm is compiled without inlining: 2.58 → 2.26 MB gzip for
# about 1.4× the CPU time of an analysis, which stays within the budgets
# (BENCHMARKS.md). Except net/http: without inlining, the initialiser of its
# DefaultTransport is no longer static, which keeps ProxyFromEnvironment and
# with it x/net/idna and x/text/unicode/norm (93 KB gzip, 330 KB raw) though
# nothing sends a request. WASM_GCFLAGS= builds the inlined one.
WASM_GCFLAGS ?= -gcflags=all=-l -gcflags=net/http=
# In CI (CI set, as .ci/run does) a skipped test fails the run: every tier
# has what it needs there, so a skip is a test that silently stopped testing.
# Elsewhere skips are listed after the results. Node's tiers write TAP beside
# their spec output for it (dist/tap).
NOSKIP := $(BIN)/noskip $(if $(CI),-fail,)

.PHONY: all build bundle baseline bench bench-scan compare-scanners e2e embed-check fuzz serve test test-go test-wasm test-node test-browser test-embed lint deps-node deps-browser deps-mkdocs deps-python deps-checkers clean

all: build

## build: the site into dist/site (and the test binaries into dist/bin)
build: $(SITE)/presign-doctor.wasm $(SITE)/wasm_exec.js $(SITE)/.web $(SITE)/app.js $(SITE)/editor.js $(SITE)/worker.js $(SITE)/embed.js $(SITE)/sw.js $(BIN)/serve $(BIN)/analyze $(BIN)/presign-doctor

$(SITE)/presign-doctor.wasm: $(GO_SOURCES)
	@mkdir -p $(SITE)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' $(WASM_GCFLAGS) -o $@ ./wasm
	@# the .gz beside it is what scripts/serve sends to browsers that accept gzip (as a static host would)
	gzip -9 -k -f $@
	@raw=$$(stat -c %s $@); gz=$$(stat -c %s $@.gz); \
	  awk -v r=$$raw -v g=$$gz 'BEGIN { printf "presign-doctor.wasm: %d bytes raw (%.2f MB), %d bytes gzip -9 (%.2f MB)\n", r, r/1e6, g, g/1e6 }'

$(SITE)/wasm_exec.js: $(WASM_EXEC_DIR)/wasm_exec.js
	@mkdir -p $(SITE)
	cp $< $@

$(SITE)/.web: $(WEB_COPIED)
	@mkdir -p $(SITE)
	cp $(WEB_COPIED) $(SITE)/
	@touch $@

$(SITE)/app.js: web/view.js $(PAGE_JS)
	@mkdir -p $(SITE)
	{ cat web/view.js; printf '\n(function () {\n'; cat $(PAGE_JS); printf '})();\n'; } > $@

# The editor the page loads for a big paste (web/app-editor.js): CodeMirror
# 6 from npm (versions pinned in scripts/package.json), bundled by esbuild
# into one script; nothing is fetched from elsewhere when the page runs.
$(SITE)/editor.js: web/editor/main.js scripts/node_modules/.installed
	@mkdir -p $(SITE)
	NODE_PATH=scripts/node_modules scripts/node_modules/.bin/esbuild web/editor/main.js --bundle --minify --format=iife --log-level=warning \
	  --legal-comments=none --banner:js='/* Presign Doctor editor: CodeMirror 6 (@codemirror/state, @codemirror/view, @codemirror/commands; style-mod, w3c-keyname, crelt), MIT License, Copyright (C) 2018-2021 by Marijn Haverbeke <marijn@haverbeke.berlin> and others */' \
	  --outfile=$@
	@echo "editor.js: $$(stat -c %s $@) bytes raw, $$(gzip -9c $@ | wc -c) bytes gzip -9"

# The worker script carries wasm_exec.js in front of web/worker.js: one
# request instead of two in a row before the wasm download can start.
$(SITE)/worker.js: web/worker.js $(WASM_EXEC_DIR)/wasm_exec.js $(SITE)/.web
	cat $(WASM_EXEC_DIR)/wasm_exec.js > $@
	printf '\n;\n' >> $@
	cat web/worker.js >> $@

# The service worker names its cache by a hash of the files it keeps: a new
# build is a new worker, which fills a new cache on the next visit.
SW_FILES := $(SITE)/index.html $(SITE)/styles.css $(SITE)/client.js $(SITE)/examples.js $(SITE)/app.js $(SITE)/editor.js $(SITE)/worker.js $(SITE)/presign-doctor.wasm
$(SITE)/sw.js: web/sw.js $(SITE)/.web $(SITE)/app.js $(SITE)/editor.js $(SITE)/worker.js $(SITE)/presign-doctor.wasm
	v=$$(cat $(SW_FILES) | sha256sum | cut -c1-16); sed "s/__PRESIGN_DOCTOR_VERSION__/$$v/" web/sw.js > $@

# embed.js is the engine client, the view shared with the page, then the
# <presign-doctor> element.
$(SITE)/embed.js: web/client.js web/view.js web/embed.js $(SITE)/.web
	cat web/client.js web/view.js web/embed.js > $@

## bundle: one offline file, dist/presign-doctor.html (wasm, scripts and styles inlined)
bundle: dist/presign-doctor.html
dist/presign-doctor.html: $(SITE)/presign-doctor.wasm $(SITE)/wasm_exec.js $(SITE)/.web $(SITE)/app.js $(SITE)/editor.js $(SITE)/worker.js scripts/bundle/main.go
	$(GO) run ./scripts/bundle -site $(SITE) -o $@

$(BIN)/serve: $(GO_SOURCES)
	$(GO) build -o $@ ./scripts/serve

$(BIN)/analyze: $(GO_SOURCES)
	$(GO) build -o $@ ./scripts/analyze

# The command (go install ./cmd/presign-doctor does the same).
$(BIN)/presign-doctor: $(GO_SOURCES) $(CMD_SOURCES)
	$(GO) build -o $@ ./cmd/presign-doctor

## serve: build and serve the site on http://127.0.0.1:$(PORT)
serve: build
	PORT=$(PORT) $(BIN)/serve -dir $(SITE)

## test: every tier: native Go, Go under wasm in Node, the wasm in Node, the page in Chromium, the element in a real MkDocs site
test: test-go test-wasm test-node test-browser test-embed
	@echo "make test: all tiers passed"

## deps-checkers: the tools that check emitted Java, C#, PHP and Ruby (Debian packages, installed as root)
deps-checkers:
	@scripts/ensure-checkers.sh

# test-go needs the node modules, boto3 and the checkers: emitted code is run
# or compiled with the real tools. internal/engine takes about 1.5 min on a
# quiet machine and took 7-8 min on a loaded one: a package counts as hung
# after 30 min, not go test's default 10.
test-go: deps-node deps-python deps-checkers $(BIN)/noskip
	$(GO) vet ./...
	$(GO) test -json -timeout 30m ./... | $(NOSKIP)

# The wasm tier runs the same tests under Node; its packages take several
# times the native time, so a package may take up to 30 min before it
# counts as hung (internal/engine took 13.5 min on a loaded machine).
test-wasm: $(BIN)/noskip
	PATH="$(WASM_EXEC_DIR):$$PATH" GOOS=js GOARCH=wasm $(GO) test -json -timeout 30m ./... | $(NOSKIP)

$(BIN)/noskip: scripts/noskip/main.go
	@mkdir -p $(BIN)
	$(GO) build -o $@ ./scripts/noskip

deps-node: scripts/node_modules/.installed
scripts/node_modules/.installed: scripts/package.json scripts/package-lock.json
	cd scripts && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

deps-browser:
	@scripts/ensure-chromium.sh

deps-mkdocs:
	@scripts/ensure-mkdocs.sh

deps-python:
	@scripts/ensure-boto3.sh

test-node: build deps-node $(BIN)/noskip
	@mkdir -p dist/tap
	node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=dist/tap/wasm-node.tap scripts/test/wasm-node.test.mjs
	$(NOSKIP) -tap dist/tap/wasm-node.tap
	node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=dist/tap/sdk-oracle.tap scripts/test/sdk-oracle.test.mjs
	$(NOSKIP) -tap dist/tap/sdk-oracle.tap
	node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=dist/tap/cli-node.tap scripts/test/cli-node.test.mjs
	$(NOSKIP) -tap dist/tap/cli-node.tap
	node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=dist/tap/url-use.tap scripts/test/url-use.test.mjs
	$(NOSKIP) -tap dist/tap/url-use.tap

test-browser: build bundle deps-node deps-browser $(BIN)/noskip
	@mkdir -p dist/tap
	node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=dist/tap/browser.tap --test-concurrency=1 scripts/test/browser.test.mjs scripts/test/browser-page.test.mjs scripts/test/browser-verdict.test.mjs scripts/test/browser-privacy.test.mjs scripts/test/browser-offline.test.mjs scripts/test/browser-bundle.test.mjs scripts/test/browser-limits.test.mjs scripts/test/browser-embed.test.mjs
	$(NOSKIP) -tap dist/tap/browser.tap

## test-embed: <presign-doctor> in a real MkDocs Material site built with Debian's mkdocs (installed when missing, as root)
test-embed: build deps-node deps-browser deps-mkdocs $(BIN)/noskip
	@mkdir -p dist/tap
	node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=dist/tap/embed-mkdocs.tap scripts/test/embed-mkdocs.test.mjs
	$(NOSKIP) -tap dist/tap/embed-mkdocs.tap

## e2e: failures reproduced against a real S3-compatible server (MinIO on 127.0.0.1, built from the Go module proxy the first time: minutes), named by the engine, fixed by its code (not in make test: see README)
e2e: deps-node
	scripts/e2e/setup.sh
	@mkdir -p dist/e2e
	cd scripts/e2e && $(GO) vet -tags e2e . && $(GO) test -tags e2e -count=1 -timeout 30m -v . 2>&1 | tee ../../dist/e2e/last-run.log
	@cat dist/e2e/table.md

## embed-check: on demand, not in CI: the same checks in a Docusaurus 3 site (classic template) from npm, in a temporary folder
embed-check: build deps-node deps-browser
	scripts/embed-check/docusaurus.sh

## baseline: the floor page for make bench (a wasm linking only the three required packages)
baseline: dist/baseline/presign-doctor.wasm
dist/baseline/presign-doctor.wasm: scripts/baseline/main.go $(wildcard scripts/baseline/web/*) go.mod go.sum
	@mkdir -p dist/baseline
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./scripts/baseline
	gzip -9 -k -f $@
	cp scripts/baseline/web/* $(WASM_EXEC_DIR)/wasm_exec.js dist/baseline/

## bench: sizes, load and analysis times in Chromium, engine throughput; writes BENCHMARKS.md, fails over budget
bench: build bundle baseline deps-node deps-browser
	node scripts/bench/bench.mjs

## compare-scanners: recall per kind of our redaction vs gitleaks, secretlint and trufflehog on the internal/plant corpus (on demand, not CI; installs them into a temp folder; TRUFFLEHOG_SRC=checkout when the proxy refuses trufflehog)
compare-scanners:
	scripts/compare-scanners/run.sh

## bench-scan: presign-doctor scan beside gitleaks on a generated tree of 10,000 files (files/s, MB/s; on demand, not CI; writes dist/bench-scan.md)
bench-scan:
	scripts/bench-scan/run.sh

## fuzz: every fuzz target for FUZZTIME each (default 1m), FUZZJOBS side by side
fuzz:
	scripts/fuzz.sh

## lint: go vet, gofmt, and a syntax check of the page's scripts
lint:
	$(GO) vet ./...
	@out=$$(gofmt -l internal wasm scripts cmd | grep -v node_modules || true); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	@for f in web/*.js scripts/test/*.mjs scripts/embed-check/*.mjs; do node --check $$f; done
	@bash -n scripts/ensure-mkdocs.sh scripts/embed-check/docusaurus.sh scripts/ensure-checkers.sh
	@echo "lint: ok"

clean:
	rm -rf dist
