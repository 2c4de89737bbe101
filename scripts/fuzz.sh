#!/usr/bin/env bash
# make fuzz: runs every Go fuzz target under internal/ for FUZZTIME each
# (default 1m; the issue's acceptance run used FUZZTIME=10m) and prints the
# executions per target.
#
#   FUZZTIME=10m     time per target
#   FUZZJOBS=2       targets run side by side (default 1); each gets
#                    nproc/FUZZJOBS fuzzing workers, so 2 jobs on 2 cores
#                    halve the wall time of a long run
#   FUZZTARGETS=re   only targets whose "pkg.Target" matches the extended
#                    regex (e.g. 'cli|curl', 'engine\.FuzzAnalyze$')
#
# A crash leaves its input in the package's testdata/fuzz/<Target>/ where
# `go test` replays it as a regression test from then on. Minimising a new
# interesting input is capped at 5 s (the default 60 s stalls the slow
# targets, such as the whole engine, for most of a short run).
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-1m}
FUZZJOBS=${FUZZJOBS:-1}
FUZZTARGETS=${FUZZTARGETS:-.}
cores=$(nproc 2>/dev/null || echo 2)
workers=$(( cores / FUZZJOBS )); (( workers < 1 )) && workers=1

# "importpath Target" per line, in package order.
targets=()
for pkg in $(go list ./internal/...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func \(Fuzz[A-Za-z0-9_]*\)(f \*testing.F)' "$dir"/*_test.go 2>/dev/null | sed 's/^func \(Fuzz[A-Za-z0-9_]*\).*/\1/' | sort -u); do
    short="${pkg#github.com/presign-doctor/presign-doctor/internal/}.$target"
    if grep -Eq -- "$FUZZTARGETS" <<<"$short"; then
      targets+=("$pkg $target")
    fi
  done
done
if (( ${#targets[@]} == 0 )); then
  echo "no fuzz target matches FUZZTARGETS=$FUZZTARGETS" >&2
  exit 2
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# run_one <index> <importpath> <Target>: fuzzes one target, leaves
# "name status execs" in $results/<index>.
run_one() {
  local i=$1 pkg=$2 target=$3 short log status execs
  short="${pkg#github.com/presign-doctor/presign-doctor/}.$target"
  log="$results/$i.log"
  echo "== $short ($FUZZTIME, $workers workers) started $(date -u +%H:%M:%S)"
  if go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" -fuzzminimizetime 5s -parallel "$workers" >"$log" 2>&1; then
    status=ok
  else
    status=FAILED
    echo "-- $short FAILED:"; tail -30 "$log"
  fi
  execs=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  echo "$short $status $execs" >"$results/$i"
  echo "== $short $status, $execs execs, ended $(date -u +%H:%M:%S)"
}

# Lanes: target i goes to lane i % FUZZJOBS; each lane runs its targets one
# after the other.
for (( lane = 0; lane < FUZZJOBS; lane++ )); do
  (
    for (( i = lane; i < ${#targets[@]}; i += FUZZJOBS )); do
      read -r pkg target <<<"${targets[$i]}"
      run_one "$i" "$pkg" "$target"
    done
  ) &
done
wait

total=0
fail=0
for (( i = 0; i < ${#targets[@]}; i++ )); do
  read -r name status execs <"$results/$i"
  printf '%-60s %-8s %12s execs\n' "$name" "$status" "$execs"
  total=$((total + execs))
  [[ $status == ok ]] || fail=1
done
echo "total executions: $total ($FUZZTIME per target, FUZZJOBS=$FUZZJOBS)"
exit $fail
