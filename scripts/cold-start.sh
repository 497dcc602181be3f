#!/usr/bin/env bash
# Cold start: milliseconds from `java -jar` to the first 200 from /health, on the catalog bundled in
# the jar (the JVM starts in an empty folder, so no ./seeds is found). One untimed warm-up run first,
# so that the persisted embedding index and the OS file cache are in place, as on any restart.
# Usage: scripts/cold-start.sh [RUNS=5] [JAR=target/catalog-chat.jar]; extra JVM options in JAVA_OPTS.
# CDS=1 starts through scripts/run.sh, with the AppCDS archive (the warm-up run records it).
# ASK="a question" also times the first answer: POST /api/ask right after the first healthy /health, and print the
# milliseconds from the launch to its 200 (the server listens before the embedding model has loaded, so a question
# that needs a vector may wait for it: this is what a first user sees).
set -euo pipefail
runs=${1:-5}
jar=$(realpath "${2:-target/catalog-chat.jar}")
launcher=(java ${JAVA_OPTS:-} -jar "$jar")
[ "${CDS:-0}" = 1 ] && launcher=(env CATALOG_CHAT_JAR="$jar" "$(cd "$(dirname "$0")" && pwd)/run.sh")
port=${COLD_START_PORT:-17071}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start_once() { # prints the milliseconds to a healthy /health and the CPU milliseconds used by then
  local t0 pid ms
  t0=$(date +%s%N)
  (cd "$work" && exec "${launcher[@]}" serve --port "$port" >"$work/log" 2>&1) &
  pid=$!
  until curl -sf -o "$work/health" "http://127.0.0.1:$port/health"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the server exited; its log:" >&2; cat "$work/log" >&2; exit 1; fi
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # CPU the JVM used by then (all threads, user + system): steadier than wall time on a shared machine.
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
  answered=-
  if [ -n "${ASK:-}" ]; then
    code=$(curl -s -o "$work/answer" -w '%{http_code}' -H 'Content-Type: application/json' \
      --data-binary "$(printf '{"question": "%s"}' "$ASK")" "http://127.0.0.1:$port/api/ask")
    answered=$(( ($(date +%s%N) - t0) / 1000000 ))
    [ "$code" = 200 ] || { echo "the question got $code: $(cat "$work/answer")" >&2; answered=-1; }
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  model=$(grep -o '"embeddingModel":"[a-z]*"' "$work/health" | cut -d'"' -f4 || true) # none before issue 13
  echo "$ms $cpu $answered ${model:-ready}"
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
start_once >/dev/null
times=() cpus=() answers=()
for i in $(seq "$runs"); do
  read -r ms cpu answered model < <(start_once)
  times+=("$ms") cpus+=("$cpu") answers+=("$answered")
  echo "run $i: $ms ms to healthy (embedding model $model), $cpu ms of CPU${ASK:+, first answer $answered ms after the launch}"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median of $runs: $(median "${times[@]}") ms to healthy, $(median "${cpus[@]}") ms of CPU" \
     "${ASK:+, first answer $(median "${answers[@]}") ms }(load average at end: $(cut -d' ' -f1-3 /proc/loadavg))"
