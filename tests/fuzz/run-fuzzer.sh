#!/bin/sh
# Runs one libFuzzer target from its seeds with the options every run shares (ctest's bounded runs, `make fuzz`).
# The inputs it finds go to CORPUS, kept for the next run, or with "-" to a folder removed afterwards: never into
# the seeds, which stay small and reviewed. A crash, leak, UB or slow input is saved beside the fuzzer.
#   run-fuzzer.sh FUZZER SEEDS CORPUS|- [libFuzzer options: -runs=2000, -max_total_time=300, ...]
set -eu
fuzzer=$1
seeds=$2
corpus=$3
shift 3
if [ "$corpus" = - ]; then
    corpus=$(mktemp -d)
    trap 'rm -rf "$corpus"' EXIT
fi
mkdir -p "$corpus"
# -timeout: one input taking seconds is a finding (text handling must stay linear), not a slow machine.
"$fuzzer" -timeout=10 -max_len=8192 -print_final_stats=1 -artifact_prefix="$(dirname "$fuzzer")/" "$@" \
    "$corpus" "$seeds"
