#!/usr/bin/env bash
# make bench-scan: presign-doctor scan beside gitleaks v8.30.1 on the same
# generated tree of BENCH_FILES (default 10,000) files; prints files/s and
# MB/s of each and writes dist/bench-scan.md. On demand, not CI. gitleaks
# comes as make compare-scanners gets it: go install into the work folder
# (BENCH_WORK, default a temporary one; a COMPARE_WORK folder that already
# holds bin/gitleaks is reused, and GITLEAKS=path names one directly).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
GO=${GO:-go}
WORK=${BENCH_WORK:-$(mktemp -d -t bench-scan.XXXXXX)}
FILES=${BENCH_FILES:-10000}
RUNS=${BENCH_RUNS:-3}
mkdir -p "$WORK/bin" "$ROOT/dist"
echo "work folder: $WORK"

GL=${GITLEAKS:-}
if [ -z "$GL" ] && [ -n "${COMPARE_WORK:-}" ] && [ -x "$COMPARE_WORK/bin/gitleaks" ]; then
  GL="$COMPARE_WORK/bin/gitleaks"
fi
if [ -z "$GL" ]; then
  if [ ! -x "$WORK/bin/gitleaks" ]; then
    echo "installing gitleaks v8.30.1 (go install, a few minutes)…"
    GOBIN="$WORK/bin" "$GO" install github.com/zricethezav/gitleaks/v8@v8.30.1
  fi
  GL="$WORK/bin/gitleaks"
fi

(cd "$ROOT" && "$GO" build -o "$WORK/bin/presign-doctor" ./cmd/presign-doctor)
if [ ! -f "$WORK/tree.files-$FILES" ]; then
  rm -rf "$WORK/tree" "$WORK"/tree.files-*
  (cd "$ROOT" && "$GO" run ./scripts/bench-scan gen "$WORK/tree" "$FILES")
  touch "$WORK/tree.files-$FILES"
fi
(cd "$ROOT" && "$GO" run ./scripts/bench-scan run "$WORK/tree" "$WORK/bin/presign-doctor" "$GL" "$ROOT/dist/bench-scan.md" "$RUNS")
