#!/usr/bin/env bash
# Compare our redactor with gitleaks v8.30.1 and secretlint 12 (AWS rule,
# enableIDScanRule on) on the generated corpus and print recall per kind.
# On demand only (make compare-scanners); not part of make test or CI.
# The scanners go to a temporary folder (COMPARE_WORK to reuse one):
# gitleaks via go install into its own GOBIN (about 3 minutes the first
# time), secretlint via npm in its own folder (never scripts/package.json).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${COMPARE_WORK:-$(mktemp -d -t compare-scanners.XXXXXX)}
DOCS=${COMPARE_DOCS:-2100}
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

rm -rf "$WORK/corpus"
(cd "$ROOT" && "$GO" run ./scripts/compare-scanners write "$WORK/corpus" "$DOCS")

echo "running gitleaks…"
"$WORK/bin/gitleaks" dir "$WORK/corpus" --no-banner --report-format json \
  --report-path "$WORK/gitleaks.json" --redact=0 -l error --exit-code 0

echo "running secretlint…"
(cd "$WORK/npm" && npx secretlint --secretlintrc .secretlintrc.json --format json \
  "$WORK/corpus/*.txt" > "$WORK/secretlint.json") || true

cd "$ROOT" && "$GO" run ./scripts/compare-scanners score "$WORK/corpus" "$WORK/gitleaks.json" "$WORK/secretlint.json"

# Throughput on one 1 MB paste made of the corpus, for make bench
# (BENCHMARKS.md includes dist/bench-extra.md when it is under an hour old).
mkdir -p "$WORK/mb" "$ROOT/dist"
{ cat "$WORK"/corpus/*.txt || true; } | head -c 1048576 > "$WORK/mb/paste.txt"
cp "$WORK/npm/.secretlintrc.json" "$WORK/mb/"
echo "throughput on one 1 MB file…"
cd "$ROOT" && "$GO" run ./scripts/compare-scanners throughput "$WORK/mb/paste.txt" "$WORK/bin/gitleaks" "$WORK/npm" "$ROOT/dist/bench-extra.md"
