#!/usr/bin/env bash
# Compare our redaction (the whole engine response) with gitleaks v8.30.1,
# secretlint 12 (AWS rule, enableIDScanRule on) and trufflehog v3 on the
# planted corpus of internal/plant (contexts × encodings × kinds), and print
# recall per kind side by side. On demand only (make compare-scanners); not
# part of make test or CI.
# The scanners go to a temporary folder (COMPARE_WORK to reuse one):
# gitleaks via go install into its own GOBIN (about 3 minutes the first
# time), secretlint via npm in its own folder (never scripts/package.json),
# trufflehog via go install when the module proxy serves it (here it
# answers 403), else built from a local checkout named by TRUFFLEHOG_SRC,
# else left out (its column says so). detect-secrets, the other entropy
# scanner, is neither on Debian nor reachable (PyPI is not).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${COMPARE_WORK:-$(mktemp -d -t compare-scanners.XXXXXX)}
DOCS=${COMPARE_DOCS:-400}
GO=${GO:-go}
mkdir -p "$WORK"
echo "work folder: $WORK"

if [ ! -x "$WORK/bin/gitleaks" ]; then
  echo "installing gitleaks v8.30.1 (go install, a few minutes)…"
  GOBIN="$WORK/bin" "$GO" install github.com/zricethezav/gitleaks/v8@v8.30.1
fi
if [ ! -d "$WORK/npm/node_modules/secretlint" ]; then
  echo "installing secretlint@12 and @secretlint/secretlint-rule-aws@12…"
  mkdir -p "$WORK/npm"
  (cd "$WORK/npm" && npm init -y >/dev/null &&
    npm install --no-audit --no-fund secretlint@12 @secretlint/secretlint-rule-aws@12 >/dev/null)
fi
echo '{"rules":[{"id":"@secretlint/secretlint-rule-aws","options":{"enableIDScanRule":true}}]}' > "$WORK/npm/.secretlintrc.json"
TRUFFLEHOG=""
if [ -x "$WORK/bin/trufflehog" ]; then
  TRUFFLEHOG="$WORK/bin/trufflehog"
else
  echo "installing trufflehog v3 (go install)…"
  t0=$(date +%s)
  if GOBIN="$WORK/bin" "$GO" install github.com/trufflesecurity/trufflehog/v3@v3.97.0 2>"$WORK/trufflehog-install.log"; then
    TRUFFLEHOG="$WORK/bin/trufflehog"
  elif [ -n "${TRUFFLEHOG_SRC:-}" ] && [ -d "$TRUFFLEHOG_SRC" ]; then
    echo "the module proxy does not serve trufflehog ($(tail -1 "$WORK/trufflehog-install.log")); building $TRUFFLEHOG_SRC…"
    (cd "$TRUFFLEHOG_SRC" && "$GO" build -o "$WORK/bin/trufflehog" .) && TRUFFLEHOG="$WORK/bin/trufflehog"
  else
    echo "trufflehog left out: $(tail -1 "$WORK/trufflehog-install.log") (set TRUFFLEHOG_SRC to a checkout to build it)"
  fi
  echo "trufflehog install: $(( $(date +%s) - t0 )) s"
fi

rm -rf "$WORK/corpus"
(cd "$ROOT" && "$GO" run ./scripts/compare-scanners write "$WORK/corpus" "$DOCS")

echo "running gitleaks…"
"$WORK/bin/gitleaks" dir "$WORK/corpus" --no-banner --report-format json \
  --report-path "$WORK/gitleaks.json" --redact=0 -l error --exit-code 0

echo "running secretlint…"
(cd "$WORK/npm" && npx secretlint --secretlintrc .secretlintrc.json --format json \
  "$WORK/corpus/*.txt" > "$WORK/secretlint.json") || true

TH_REPORT=""
if [ -n "$TRUFFLEHOG" ]; then
  echo "running trufflehog…"
  "$TRUFFLEHOG" filesystem "$WORK/corpus" --json --no-verification --no-update > "$WORK/trufflehog.jsonl" 2>"$WORK/trufflehog.log" || true
  TH_REPORT="$WORK/trufflehog.jsonl"
fi

status=0
(cd "$ROOT" && "$GO" run ./scripts/compare-scanners score "$WORK/corpus" "$WORK/gitleaks.json" "$WORK/secretlint.json" $TH_REPORT) || status=$?

# Throughput on one 1 MB paste made of the corpus, for make bench
# (BENCHMARKS.md includes dist/bench-extra.md when it is under an hour old).
mkdir -p "$WORK/mb" "$ROOT/dist"
{ cat "$WORK"/corpus/*.txt || true; } | head -c 1048576 > "$WORK/mb/paste.txt"
cp "$WORK/npm/.secretlintrc.json" "$WORK/mb/"
echo "throughput on one 1 MB file…"
cd "$ROOT" && "$GO" run ./scripts/compare-scanners throughput "$WORK/mb/paste.txt" "$WORK/bin/gitleaks" "$WORK/npm" "$ROOT/dist/bench-extra.md" $TRUFFLEHOG
exit $status
