#!/usr/bin/env bash
# Before/after on the bundled catalog, interleaved in one run so both jars see the same machine load:
# cold start (java -jar in an empty folder to the first 200 from /health) and /api/ask latency for questions
# the server has never seen (one client, curl's time_total, so both include the same curl overhead).
# Usage: scripts/compare-start.sh OLD.jar NEW.jar [RUNS=5] [QUESTIONS=60]
# JVM options: JAVA_OPTS for both, OLD_OPTS / NEW_OPTS for one side only (the same jar twice with two option sets
# compares JVM settings, e.g. NEW_OPTS=-XX:TieredStopAtLevel=1; -XX:SharedArchiveFile=… for an AppCDS archive).
set -euo pipefail
old=$(realpath "$1"); new=$(realpath "$2"); runs=${3:-5}; questions=${4:-60}
port=${COMPARE_PORT:-17081}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
qs=("Who released MedTrinity-25M?" "有哪些遥感数据集？" "How many datasets were released in 2024?"
    "datasets about underwater volcano acoustics" "Tell me about LAION-5B" "有没有关于古代乐谱的数据集？"
    "Which medical datasets are there?" "2023年发布了哪些数据集？" "video datasets with captions"
    "OBI-Bench是什么时候发布的？")

once() { # JAR OPTS -> "start_ms p50_ms"
  local jar=$1 opts=$2 t0 pid start i n times=()
  t0=$(date +%s%N)
  (cd "$work" && exec java ${JAVA_OPTS:-} $opts -jar "$jar" serve --port "$port" --rate-limit 0 >"$work/log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/log" >&2; exit 1; }
    sleep 0.02
  done
  start=$(( ($(date +%s%N) - t0) / 1000000 ))
  for i in $(seq 10); do # warm-up, not timed
    curl -s -o /dev/null -H 'Content-Type: application/json' -d "{\"question\":\"${qs[$((i % 10))]} warm $i\"}" \
      "http://127.0.0.1:$port/api/ask"
  done
  for i in $(seq "$questions"); do
    n=$(( RANDOM ))
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
      -d "{\"question\":\"${qs[$((i % 10))]} #$n$i\"}" "http://127.0.0.1:$port/api/ask")")
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$start $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]*1000}')"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
once "$old" "${OLD_OPTS:-}" >/dev/null; once "$new" "${NEW_OPTS:-}" >/dev/null # each writes its persisted index once, untimed
os=() op=() ns=() np=()
for r in $(seq "$runs"); do
  read -r s p < <(once "$old" "${OLD_OPTS:-}"); os+=("$s"); op+=("$p"); echo "run $r old: start $s ms, ask p50 $p ms"
  read -r s p < <(once "$new" "${NEW_OPTS:-}"); ns+=("$s"); np+=("$p"); echo "run $r new: start $s ms, ask p50 $p ms"
done
echo "median of $runs  old: start $(median "${os[@]}") ms, ask p50 $(median "${op[@]}") ms"
echo "median of $runs  new: start $(median "${ns[@]}") ms, ask p50 $(median "${np[@]}") ms"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
