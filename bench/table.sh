#!/usr/bin/env bash
# The whole-process table in one go (README, Speed and memory), measured from outside the JVM on this machine:
# six panels at a GPU box's speed (150 tok/s each) and at hosted speed (2,000 tok/s each) for 10 s, and six replies
# of 100,000 tokens each (10,000 tok/s for 10 s) for the memory they leave, both launch modes, curl as the floor.
# BENCH_ALSO=DIR adds an earlier build's DIR/vibecheck.jar and DIR/vibecheck, side by side. Also: mvn -Pbench verify.
#   bench/table.sh [RUNS]        RUNS of each launch mode at 150 and 2,000 tok/s (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-2}
[ -x target/vibecheck ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
bench/whole-process.sh 150 10 "$runs"
echo
bench/whole-process.sh 2000 10 "$runs"
echo
BENCH_PORT=18792 bench/whole-process.sh 10000 10 1
