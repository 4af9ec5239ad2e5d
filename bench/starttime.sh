#!/usr/bin/env bash
# Server start time and memory with the demo loaded, measured side by side in one run:
#   plain  : java -jar server/target/tinnhiem-server.jar (the JVM's defaults)
#   cds    : the same jar extracted, with a class-data-sharing archive made by a training run
#            and the small-footprint options of docs/PERFORMANCE.md
# Each start uses a fresh data folder, so the demo is seeded every time (as on a first start).
# Prints seconds to a healthy /actuator/health, Spring's own "Started ... in" figure, resident
# memory after start (VmRSS) and its peak (VmHWM); best of --runs; then the ratio.
#
# usage: bench/starttime.sh [--runs N] [--port P] [--keep]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/server/target/tinnhiem-server.jar
RUNS=3
PORT=18090
KEEP=false
while [ $# -gt 0 ]; do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --keep) KEEP=true; shift ;;
    -h|--help) sed -n 2,10p "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '[starttime %s] %s\n' "$(date +%T)" "$*" >&2; }

if [ ! -f "$JAR" ]; then
  log "building the server jar"
  (cd "$ROOT" && { mvn -q -o install -DskipTests -pl server -am || mvn -q install -DskipTests -pl server -am; })
fi
command -v curl >/dev/null || { echo "needs curl" >&2; exit 2; }

WORK=$(mktemp -d /tmp/tinnhiem-start.XXXXXX)
PID=
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
  if [ "$KEEP" = false ]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap cleanup EXIT

# Small-footprint options for a 2-core, few-hundred-voter server: a serial collector (no
# parallel GC threads or their memory), a capped heap, and fewer compiler threads.
TUNED=(-XX:+UseSerialGC -Xms64m -Xmx256m -XX:CICompilerCount=2 -Xss512k)

log "extracting the jar and training the class-data-sharing archive"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
mkdir -p "$WORK/train"
(cd "$WORK/train" && java "${TUNED[@]}" -XX:ArchiveClassesAtExit="$WORK/app/app.jsa" \
  -Dspring.context.exit=onRefresh -jar "$WORK/app/tinnhiem-server.jar" \
  --server.port="$PORT" --tinnhiem.demo=true >"$WORK/train.log" 2>&1) || {
  echo "training run failed; see $WORK/train.log" >&2; KEEP=true; exit 1; }

# one_start NAME JAR [JVM options...]: prints "seconds spring_seconds rss_mb peak_mb"
one_start() {
  local name=$1 jar=$2; shift 2
  local dir=$WORK/run-$name
  rm -rf "$dir"; mkdir -p "$dir"
  local t0 t1
  t0=$(date +%s.%N)
  (cd "$dir" && exec java "$@" -jar "$jar" --server.port="$PORT" --tinnhiem.demo=true \
    >"$dir/log.txt" 2>&1) &
  PID=$!
  until curl -sf "localhost:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { echo "server died; see $dir/log.txt" >&2; KEEP=true; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  # The demo is seeded after "Started": wait for its last line before reading memory.
  for _ in $(seq 100); do grep -q "DEMO AROUND THE CONFERENCE" "$dir/log.txt" && break; sleep 0.1; done
  sleep 1
  local rss hwm spring
  rss=$(awk '/VmRSS/{print $2}' "/proc/$PID/status")
  hwm=$(awk '/VmHWM/{print $2}' "/proc/$PID/status")
  spring=$(grep -o 'Started TinnhiemApplication in [0-9.]*' "$dir/log.txt" | awk '{print $4}')
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  awk -v a="$t0" -v b="$t1" -v s="${spring:-0}" -v r="$rss" -v h="$hwm" \
    'BEGIN { printf "%.2f %.2f %.0f %.0f\n", b - a, s, r / 1024, h / 1024 }'
}

best() { sort -n -k1,1 | head -n 1; }

declare -A RESULT
for mode in plain cds; do
  : >"$WORK/$mode.txt"
  for r in $(seq "$RUNS"); do
    log "$mode start $r/$RUNS"
    if [ $mode = plain ]; then
      one_start plain "$JAR" >>"$WORK/$mode.txt"
    else
      one_start cds "$WORK/app/tinnhiem-server.jar" "${TUNED[@]}" \
        -XX:SharedArchiveFile="$WORK/app/app.jsa" >>"$WORK/$mode.txt"
    fi
  done
  RESULT[$mode]=$(best <"$WORK/$mode.txt")
done

printf '%-6s %10s %10s %8s %9s  %s\n' mode "healthy s" "Spring s" "RSS MB" "peak MB" "how"
read -r s sp r h <<<"${RESULT[plain]}"
printf '%-6s %10s %10s %8s %9s  %s\n' plain "$s" "$sp" "$r" "$h" "java -jar (defaults)"
read -r s2 sp2 r2 h2 <<<"${RESULT[cds]}"
printf '%-6s %10s %10s %8s %9s  %s\n' cds "$s2" "$sp2" "$r2" "$h2" "extracted + CDS + ${TUNED[*]}"
echo "machine: $(nproc) cores; best of $RUNS; $(java -version 2>&1 | head -n 1)"
awk -v a="$s" -v b="$s2" -v r="$r" -v r2="$r2" \
  'BEGIN { printf "start speedup (cds vs plain): %.2fx; RSS %.0f MB -> %.0f MB\n", a / b, r, r2 }'
