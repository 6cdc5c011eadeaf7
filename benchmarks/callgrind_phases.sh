#!/bin/bash
# Instructions per phase of benchmarks/callgrind_phases.py (see its docstring).
# Usage: benchmarks/callgrind_phases.sh [ARTICLES] [OUT_DIR]   (run from the checkout's root)
# CALLGRIND_ARGS adds callgrind options, e.g. CALLGRIND_ARGS="--cache-sim=yes --branch-sim=yes" for
# simulated cache and branch misses per phase (then every event of each phase is printed).
set -e
n=${1:-40}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
rm -f "$out"/ready "$out"/go "$out"/cg.out*
PYTHONHASHSEED=0 PYTHONPATH=$PWD valgrind --tool=callgrind ${CALLGRIND_ARGS:-} --instr-atstart=no --dump-before=os_getpgrp \
  --callgrind-out-file="$out/cg.out" "${PYTHON:-python}" benchmarks/callgrind_phases.py "$n" "$out/ready" "$out/go" \
  > "$out/stdout" 2> "$out/stderr" &
while [ ! -s "$out/ready" ]; do sleep 1; done
callgrind_control -i on "$(cat "$out/ready")" > /dev/null 2>&1
touch "$out/go"
wait
phases=(start load_article actors sourcing sentiment framing readability textstat+vader)
k=0
for f in $(ls "$out"/cg.out.* | sort -t. -k3 -n); do
  if [ -n "${CALLGRIND_ARGS:-}" ]; then
    [ "$k" = 0 ] && echo "phase $(grep -m1 '^events:' "$f" | cut -d' ' -f2-)"
    echo "${phases[$k]} $(grep -m1 "^summary:\|^totals:" "$f" | cut -d' ' -f2-)"
  else
    echo "${phases[$k]} $(grep -m1 "^summary:\|^totals:" "$f" | awk '{print $2}')"
  fi
  k=$((k + 1))
done
