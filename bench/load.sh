#!/usr/bin/env bash
# Cast load harness: the real server in one process, a load client in another, on loopback.
# See bench/README.md, section load.sh.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/load.sh [--voters V] [--subjects S] [--concurrency C] [--max-seconds T]
                     [--workdir DIR] [--reuse] [options]

Starts the tinnhiem server (embedded H2 on a fresh data folder, bound to 127.0.0.1) with one
conference whose electronic box is open to V voters, each ballot S subjects (BELENIOS-2048,
single-trustee key); a second JVM encrypts one ballot per voter on all cores, times the bare
check of a few, then casts them all to POST /api/sessions/{id}/ballots with at most C in
flight, and prints throughput and latency percentiles. The server is always stopped.

  --voters V           voters, one ballot each (default 100)
  --subjects S         people voted on, one question each (default 5)
  --concurrency C      casts in flight at most (default 20)
  --max-seconds T      start no cast after T seconds of the cast phase (default 300)
  --timeout-seconds T  wait this long for one cast's answer (default 120)
  --warmup W           casts before the measured ones, one at a time (default 5)
  --quiet-wait S       before the baseline and before the casts, wait up to S seconds for
                       other processes to use under 20% of the CPU (default 0)
  --workdir DIR        keep the seeded database, the credentials and the ballots in DIR
                       (default: a temporary folder, deleted at the end)
  --reuse              with --workdir: serve the election seeded there before and cast the
                       ballots cached there (skips encryption), when V and S match
  --no-build           do not run Maven (use the classes already built)
  -h, --help           this text

Environment: JAVA (default java), SERVER_JAVA_OPTS (server JVM options, none by default),
CLIENT_JAVA_OPTS, SERVER_ARGS (extra Spring arguments, e.g.
"--spring.datasource.hikari.maximum-pool-size=20").

The table goes to stdout, progress to stderr; the last line reads
"cast throughput: N.N ballots/s, p99 M ms (V voters, S subjects, C concurrent)". Exit status
0 when every cast was stored, 1 when not, 2 on bad usage, 3 when the server did not start.
EOF
}

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname -- "$SCRIPT_DIR")
JAVA=${JAVA:-java}
read -r -a SERVER_JAVA_OPTS_ARR <<< "${SERVER_JAVA_OPTS:-}"
# As java -jar does from the jars' manifests: the cryptography's fast arithmetic (Montgomery).
OPEN_MATH=(--add-opens java.base/java.math=ALL-UNNAMED)
read -r -a CLIENT_JAVA_OPTS_ARR <<< "${CLIENT_JAVA_OPTS:-}"
read -r -a SERVER_ARGS_ARR <<< "${SERVER_ARGS:-}"

VOTERS=100
SUBJECTS=5
CONCURRENCY=20
MAX_SECONDS=300
TIMEOUT_SECONDS=120
WARMUP=5
QUIET_WAIT=0
WORK=
REUSE=0
BUILD=1

value() { # the value of an option given as "--name value" or "--name=value"
  if [[ $1 == *=* ]]; then echo "${1#*=}"; else echo "${2:?$1 needs a value}"; fi
}

while [ $# -gt 0 ]; do
  arg=$1
  case $arg in
    --*=*) shift_by=1 ;;
    --reuse|--no-build|-h|--help) shift_by=1 ;;
    *) shift_by=2 ;;
  esac
  case ${arg%%=*} in
    --voters) VOTERS=$(value "$@") ;;
    --subjects) SUBJECTS=$(value "$@") ;;
    --concurrency) CONCURRENCY=$(value "$@") ;;
    --max-seconds) MAX_SECONDS=$(value "$@") ;;
    --timeout-seconds) TIMEOUT_SECONDS=$(value "$@") ;;
    --warmup) WARMUP=$(value "$@") ;;
    --quiet-wait) QUIET_WAIT=$(value "$@") ;;
    --workdir) WORK=$(value "$@") ;;
    --reuse) REUSE=1 ;;
    --no-build) BUILD=0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "load.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
  shift "$shift_by"
done

for n in "$VOTERS" "$SUBJECTS" "$CONCURRENCY" "$MAX_SECONDS" "$TIMEOUT_SECONDS" "$WARMUP" "$QUIET_WAIT"; do
  [[ $n =~ ^[0-9]+$ ]] || { echo "load.sh: not a whole number: $n" >&2; exit 2; }
done
if [ "$REUSE" = 1 ] && [ -z "$WORK" ]; then
  echo "load.sh: --reuse needs --workdir" >&2
  exit 2
fi

# ------------------------------------------------------------------------------------ build

CLASSPATH_FILE=$ROOT/server/target/test-classpath.txt
BENCH_JAR=$ROOT/bench/target/benchmarks.jar
if [ "$BUILD" = 1 ]; then
  echo "load.sh: building server (with its test classes) and bench..." >&2
  # The server's test classpath is written by the same reactor build, so it names this
  # checkout's crypto jar, not one installed in ~/.m2.
  build=(package dependency:build-classpath -DskipTests -pl server,bench -am
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt)
  (cd "$ROOT" && { mvn -q -o "${build[@]}" || mvn -q "${build[@]}"; }) >&2
fi
for f in "$CLASSPATH_FILE" "$BENCH_JAR" "$ROOT/server/target/test-classes"; do
  [ -e "$f" ] || { echo "load.sh: $f is missing; run without --no-build" >&2; exit 2; }
done
SERVER_CP=$ROOT/server/target/test-classes:$ROOT/server/target/classes:$(cat "$CLASSPATH_FILE")

# ------------------------------------------------------------------------------------ run

TMP_WORK=
if [ -z "$WORK" ]; then
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/tinnhiem-load.XXXXXX")
  TMP_WORK=$WORK
fi
mkdir -p "$WORK/server"
WORK=$(cd "$WORK" && pwd)
LOG=$WORK/server/server.log
reuse_arg=()
[ "$REUSE" = 1 ] && reuse_arg=(--reuse)

SERVER_PID=
stop_server() { # SIGTERM (Spring shuts down), then SIGKILL after 10 s
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
cleanup() {
  stop_server
  if [ -n "$TMP_WORK" ]; then rm -rf "$TMP_WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -f "$WORK/server/server.properties"
echo "load.sh: starting the server ($VOTERS voters, $SUBJECTS subjects); log: $LOG" >&2
"$JAVA" "${OPEN_MATH[@]}" "${SERVER_JAVA_OPTS_ARR[@]}" -cp "$SERVER_CP" vn.tinnhiem.server.voting.LoadServer \
  --workdir "$WORK" --voters "$VOTERS" --subjects "$SUBJECTS" "${reuse_arg[@]}" \
  "${SERVER_ARGS_ARR[@]}" >"$LOG" 2>&1 &
SERVER_PID=$!

# Seeding makes V credentials and starts Spring twice; allow for a slow machine.
for _ in $(seq 1 1800); do
  [ -f "$WORK/server/server.properties" ] && break
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "load.sh: the server stopped before it was ready; last lines of $LOG:" >&2
    tail -n 30 "$LOG" >&2
    exit 3
  fi
  sleep 0.2
done
[ -f "$WORK/server/server.properties" ] || { echo "load.sh: server not ready in 6 min" >&2; exit 3; }
BASE_URL=$(sed -n 's/^base_url=//p' "$WORK/server/server.properties" | sed 's/\\:/:/g')
# server.properties is written once the web server listens; the health check is a last look.
if command -v curl >/dev/null && ! curl --noproxy "*" -fsS -o /dev/null "$BASE_URL/actuator/health"; then
  echo "load.sh: $BASE_URL/actuator/health does not answer" >&2
  exit 3
fi
echo "load.sh: server up at $BASE_URL (pid $SERVER_PID)" >&2

status=0
"$JAVA" "${OPEN_MATH[@]}" "${CLIENT_JAVA_OPTS_ARR[@]}" -cp "$BENCH_JAR" vn.tinnhiem.bench.load.CastLoad \
  --workdir "$WORK" --concurrency "$CONCURRENCY" --max-seconds "$MAX_SECONDS" \
  --timeout-seconds "$TIMEOUT_SECONDS" --warmup "$WARMUP" --quiet-wait "$QUIET_WAIT" \
  "${reuse_arg[@]}" || status=$?
stop_server
exit "$status"
