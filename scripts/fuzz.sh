#!/usr/bin/env bash
# make fuzz: runs every Go fuzz target under internal/ for FUZZTIME each
# (default 1m; the issue's acceptance run used FUZZTIME=10m), one after the
# other, and prints the executions per target. A crash leaves its input in
# the package's testdata/fuzz/<Target>/ where `go test` replays it as a
# regression test from then on. Minimising a new interesting input is
# capped at 5 s (the default 60 s stalls the slow targets, such as the
# whole engine, for most of a short run).
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-1m}
total=0
fail=0
summary=()
for pkg in $(go list ./internal/...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func \(Fuzz[A-Za-z0-9_]*\)(f \*testing.F)' "$dir"/*_test.go 2>/dev/null | sed 's/^func \(Fuzz[A-Za-z0-9_]*\).*/\1/' | sort -u); do
    echo "== $pkg $target ($FUZZTIME)"
    log=$(mktemp)
    if go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" -fuzzminimizetime 5s -parallel 2 >"$log" 2>&1; then
      status=ok
    else
      status=FAILED
      fail=1
      tail -30 "$log"
    fi
    execs=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
    total=$((total + execs))
    summary+=("$(printf '%-60s %-8s %12s execs' "${pkg#github.com/presign-doctor/presign-doctor/}.$target" "$status" "$execs")")
    rm -f "$log"
  done
done
printf '%s\n' "${summary[@]}"
echo "total executions: $total"
exit $fail
