#!/usr/bin/env bash
# redact-versions.sh REV... : redact.Redact's throughput on one 1 MB mixed
# paste (the one BenchmarkRedact1MB builds, written once from the work
# tree) for each git revision REV ("work" = the work tree as it stands),
# natively (CPU time, GOMAXPROCS=1) and as wasm under Node (the site's
# build flags; Node's CPU time), the versions interleaved, ROUNDS rounds
# (default 7) of N runs (default 5), medians printed. On demand, not CI.
#
#   scripts/bench/redact-versions.sh d4f1ec5 HEAD work
#
# With DUMP=dir it also writes every version's whole answer (text,
# redactions, notes, AccountOf, Reveal) for each paste in dir and compares
# them to the first version's: a speed change must not change output.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${REDACTCMP_WORK:-$(mktemp -d -t redactcmp.XXXXXX)}
ROUNDS=${ROUNDS:-7}
N=${N:-5}
mkdir -p "$WORK"
echo "work folder: $WORK"
cd "$ROOT"
cat > "$WORK/paste_test.go" <<'GO'
package redact

import (
	"os"
	"testing"
)

func TestWriteMixedPaste(t *testing.T) {
	if err := os.WriteFile(os.Getenv("REDACTCMP_PASTE"), []byte(mixedPaste(1<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
}
GO
cp "$WORK/paste_test.go" internal/redact/zz_redactcmp_paste_test.go
trap 'rm -f "$ROOT/internal/redact/zz_redactcmp_paste_test.go"' EXIT
REDACTCMP_PASTE="$WORK/mixed.txt" go test ./internal/redact -run TestWriteMixedPaste -count=1 >/dev/null
rm -f internal/redact/zz_redactcmp_paste_test.go
for v in "$@"; do
  d="$WORK/src-$v"
  rm -rf "$d" && mkdir -p "$d"
  if [ "$v" = work ]; then
    git ls-files | tar -c -T - | tar -x -C "$d"
  else
    git archive "$v" | tar -x -C "$d"
  fi
  mkdir -p "$d/cmd/zzredactcmp"
  cp scripts/bench/redactcmp/*.go "$d/cmd/zzredactcmp/"
  (cd "$d" && go build -o "$WORK/bin-$v" ./cmd/zzredactcmp &&
    GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -gcflags=all=-l -o "$WORK/bin-$v.wasm" ./cmd/zzredactcmp)
done
EXEC="$(go env GOROOT)/lib/wasm/wasm_exec_node.js"
: > "$WORK/native.txt"
: > "$WORK/wasm.txt"
for r in $(seq "$ROUNDS"); do
  for v in "$@"; do
    echo "$v $(GOMAXPROCS=1 "$WORK/bin-$v" "$WORK/mixed.txt" "$N")" >> "$WORK/native.txt"
    echo "$v $(node "$EXEC" "$WORK/bin-$v.wasm" "$WORK/mixed.txt" "$N")" >> "$WORK/wasm.txt"
  done
done
median() { # file: "version wall cpu" lines -> version, median CPU ms
  sort -k1,1 -k3,3n "$1" | awk '{v[$1]=v[$1]" "$3} END{for(k in v){n=split(v[k],x," "); print k, x[int((n+1)/2)]}}'
}
echo "CPU ms per Redact of 1 MB, median of $ROUNDS (native, GOMAXPROCS=1 | wasm under Node):"
join <(median "$WORK/native.txt" | sort) <(median "$WORK/wasm.txt" | sort)
if [ -n "${DUMP:-}" ]; then
  first=""
  for v in "$@"; do
    "$WORK/bin-$v" dump "$DUMP" "$WORK/out-$v.txt"
    if [ -z "$first" ]; then first=$v; elif cmp -s "$WORK/out-$first.txt" "$WORK/out-$v.txt"; then
      echo "output of $v: identical to $first"
    else
      echo "output of $v: DIFFERS from $first ($WORK/out-$v.txt)"
    fi
  done
fi
