#!/usr/bin/env bash
# Side-by-side verification timing: belenios-tool 2.0 and tinnhiem, on the same archives, in
# the same run. See bench/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/compare.sh [--voters N --questions M]... [--sizes NxM,...] [options]

For each size, makes one archive with belenios-tool and one with `tinnhiem demo-election`
(BELENIOS-2048; 2-of-3 Pedersen trustees, belenios-tool adding its server Single key as in its
threshold demo; M confidence-vote questions of 3 answers, min 1, max 1; every voter votes at
random), then times `belenios-tool election verify` and `tinnhiem verify` on both archives
and prints a table with ratios and maximum resident memory.

Sizes:
  --voters N --questions M  one size; repeat the pair for more. Comma lists pair up by
                            position (--voters 20,100 --questions 5,20); a single value
                            applies to every size.
  --sizes NxM[,NxM...]      the same as a list, e.g. --sizes 20x5,100x20
  default                   --sizes 10x5,30x10 (about a minute on 2 cores)

Options:
  --runs R        time each verification R times, keep the fastest (default 1)
  --jobs P        parallel `belenios-tool election generate-ballot` processes
                  (default: number of cores)
  --quiet-wait S  before each timing, wait up to S seconds for the machine to be quiet
                  (other processes using under 20% of the CPU over 2 s; default 0)
  --no-tamper     skip the check on tampered archives (made from the first size's
                  belenios-made archive: one ballot changed; the result changed); these
                  are verdict checks and are timed once whatever --runs says
  --reuse         with --workdir: time the archives a previous run left there for a size
                  instead of making new ones
  --workdir DIR   make the archives in DIR and keep them (default: a temporary folder,
                  deleted at the end)
  --keep          keep the temporary folder
  -h, --help      this text

Environment: BELENIOS_TOOL (default belenios-tool), JAVA (default java), JAVA_OPTS (extra
options for the tinnhiem JVM; none by default).

The table goes to stdout, progress to stderr. The last line reads
"verify speedup vs belenios-tool: N.Nx": belenios-tool's time over tinnhiem's on the
belenios-made archive of the largest size (voters x questions). The exit status is 1 if any
verdict is not the expected one (valid, or invalid for tampered archives).
EOF
}

# ---------------------------------------------------------------------------------- settings

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname -- "$SCRIPT_DIR")
TN_JAR=$ROOT/cli/target/tinnhiem.jar
BENCH_JAR=$ROOT/bench/target/benchmarks.jar
BT=${BELENIOS_TOOL:-belenios-tool}
JAVA=${JAVA:-java}
read -r -a JAVA_OPTS_ARR <<< "${JAVA_OPTS:-}"
export BELENIOS_USE_URANDOM=1
GROUP=BELENIOS-2048
LEVELS='"Tín nhiệm cao","Tín nhiệm","Tín nhiệm thấp"'

RUNS=1
JOBS=$(nproc 2>/dev/null || echo 2)
TAMPER=1
QUIET_WAIT=0
REUSE=0
WORK=
KEEP=0
voter_args=()
question_args=()
sizes=()

split_commas() { # appends the comma-separated values of $2 to the array named $1
  local -n into=$1
  local parts
  IFS=, read -r -a parts <<< "$2"
  into+=("${parts[@]}")
}

while [ $# -gt 0 ]; do
  case $1 in
    --voters) split_commas voter_args "${2:?--voters needs a value}"; shift 2 ;;
    --voters=*) split_commas voter_args "${1#*=}"; shift ;;
    --questions) split_commas question_args "${2:?--questions needs a value}"; shift 2 ;;
    --questions=*) split_commas question_args "${1#*=}"; shift ;;
    --sizes) split_commas sizes "${2:?--sizes needs a value}"; shift 2 ;;
    --sizes=*) split_commas sizes "${1#*=}"; shift ;;
    --runs) RUNS=${2:?}; shift 2 ;;
    --runs=*) RUNS=${1#*=}; shift ;;
    --jobs) JOBS=${2:?}; shift 2 ;;
    --jobs=*) JOBS=${1#*=}; shift ;;
    --no-tamper) TAMPER=0; shift ;;
    --quiet-wait) QUIET_WAIT=${2:?}; shift 2 ;;
    --quiet-wait=*) QUIET_WAIT=${1#*=}; shift ;;
    --reuse) REUSE=1; shift ;;
    --workdir) WORK=${2:?}; KEEP=1; shift 2 ;;
    --workdir=*) WORK=${1#*=}; KEEP=1; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "compare.sh: unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

# Pair --voters with --questions.
nv=${#voter_args[@]}
nq=${#question_args[@]}
if [ "$nv" -gt 0 ] || [ "$nq" -gt 0 ]; then
  [ "$nv" -gt 0 ] || { voter_args=(20); nv=1; }
  [ "$nq" -gt 0 ] || { question_args=(5); nq=1; }
  if [ "$nv" -ne "$nq" ] && [ "$nv" -ne 1 ] && [ "$nq" -ne 1 ]; then
    echo "compare.sh: $nv --voters values but $nq --questions values" >&2
    exit 2
  fi
  count=$(( nv > nq ? nv : nq ))
  for ((i = 0; i < count; i++)); do
    v=${voter_args[$(( nv == 1 ? 0 : i ))]}
    q=${question_args[$(( nq == 1 ? 0 : i ))]}
    sizes+=("${v}x${q}")
  done
fi
[ ${#sizes[@]} -gt 0 ] || sizes=(10x5 30x10)
for s in "${sizes[@]}"; do
  if ! [[ $s =~ ^[1-9][0-9]*x[1-9][0-9]*$ ]]; then
    echo "compare.sh: bad size \"$s\" (want VOTERSxQUESTIONS, e.g. 100x20)" >&2
    exit 2
  fi
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: --runs needs a positive number" >&2; exit 2; }
[[ $JOBS =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: --jobs needs a positive number" >&2; exit 2; }
[[ $QUIET_WAIT =~ ^[0-9]+$ ]] || { echo "compare.sh: --quiet-wait needs seconds" >&2; exit 2; }

# ---------------------------------------------------------------------------------- helpers

log() { printf '[compare %s] %s\n' "$(date +%T)" "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

command -v "$BT" >/dev/null || { echo "compare.sh: $BT not found (set BELENIOS_TOOL)" >&2; exit 2; }
command -v "$JAVA" >/dev/null || { echo "compare.sh: $JAVA not found (set JAVA)" >&2; exit 2; }

if [ -z "$WORK" ]; then
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/tinnhiem-compare.XXXXXX")
fi
mkdir -p "$WORK"
WORK=$(cd -- "$WORK" && pwd)
LOG=$WORK/belenios-tool.log
: > "$LOG"

FINISHED=0
cleanup() {
  local rc=$?
  if [ "$rc" -ne 0 ] && [ "$FINISHED" -eq 0 ] && [ -s "$LOG" ]; then
    echo "compare.sh: failed; last lines of $LOG:" >&2
    tail -n 5 "$LOG" >&2 || true
  fi
  if [ "$KEEP" -eq 0 ]; then
    rm -rf -- "$WORK"
  else
    log "archives kept in $WORK"
  fi
}
trap cleanup EXIT

bt() { "$BT" "$@" 2>>"$LOG"; }

ensure_jars() {
  local need=0
  [ -f "$TN_JAR" ] || need=1
  if [ "$TAMPER" -eq 1 ] && [ ! -f "$BENCH_JAR" ]; then need=1; fi
  [ "$need" -eq 1 ] || return 0
  log "building the jars: mvn -q -o install -DskipTests -pl cli,bench -am"
  (
    cd -- "$ROOT"
    mvn -q -o install -DskipTests -pl cli,bench -am \
      || { log "offline build failed; trying online"; mvn -q install -DskipTests -pl cli,bench -am; }
  ) >&2
}

# Busy CPU ticks of the whole machine (user, nice, system, irq, softirq, steal).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
NPROC=$(nproc 2>/dev/null || echo 1)

# measure OUT CMD...: runs CMD with stdout and stderr to OUT; sets M_SECS, M_RSS_MB, M_RC and
# M_OTHER, the share of the machine's CPU that other processes used meanwhile (in %, "-" if
# unknown): sibling builds or a busy host skew a timing, and this column shows it.
# Wall seconds, maximum resident set and our CPU time from GNU time; without it, bash's timer.
measure() {
  local out=$1; shift
  local tf=$WORK/time.$$
  local b0 b1
  b0=$(busy_ticks 2>/dev/null || echo)
  set +e
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >"$out" 2>&1
    M_RC=$?
    set -e
    b1=$(busy_ticks 2>/dev/null || echo)
    local secs kb user sys
    read -r secs kb user sys < <(tail -n 1 "$tf")
    M_SECS=$secs
    M_CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    M_RSS_MB=$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')
    if [ -n "$b0" ] && [ -n "$b1" ]; then
      M_OTHER=$(awk -v d=$((b1 - b0)) -v hz="$CLK_TCK" -v u="$user" -v s="$sys" -v e="$secs" \
        -v n="$NPROC" 'BEGIN { o = (d / hz - u - s) / (e * n) * 100; if (o < 0 || e <= 0) o = 0;
        printf "%.0f", o }')
    else
      M_OTHER=-
    fi
  else
    local TIMEFORMAT=%R
    { time "$@" >"$out" 2>&1; } 2>"$tf"
    M_RC=$?
    set -e
    M_SECS=$(tail -n 1 "$tf")
    M_CPU=-
    M_RSS_MB=-
    M_OTHER=-
  fi
  rm -f -- "$tf"
}

# wait_quiet: waits up to QUIET_WAIT seconds until other processes use under 20% of the
# machine over 2 seconds (nothing of ours runs meanwhile).
wait_quiet() {
  [ "$QUIET_WAIT" -gt 0 ] || return 0
  local waited=0 b0 b1 share
  while [ "$waited" -lt "$QUIET_WAIT" ]; do
    b0=$(busy_ticks)
    sleep 2
    b1=$(busy_ticks)
    waited=$((waited + 2))
    share=$(awk -v d=$((b1 - b0)) -v hz="$CLK_TCK" -v n="$NPROC" \
      'BEGIN { printf "%.0f", d / hz / (2 * n) * 100 }')
    if [ "$share" -lt 20 ]; then
      return 0
    fi
  done
  log "machine still busy (${share}% CPU used by others) after ${QUIET_WAIT} s; timing anyway"
}

# best_of VERDICT_FN OUT CMD...: measure M_RUNS times, keep the fastest; sets M_* and
# M_VERDICT.
best_of() {
  local verdict_fn=$1 out=$2; shift 2
  local best_secs= best_rss= best_other= best_cpu= r
  for ((r = 1; r <= M_RUNS; r++)); do
    wait_quiet
    measure "$out" "$@"
    if [ -z "$best_secs" ] || awk -v a="$M_SECS" -v b="$best_secs" 'BEGIN { exit !(a < b) }'
    then
      best_secs=$M_SECS
      best_rss=$M_RSS_MB
      best_other=$M_OTHER
      best_cpu=$M_CPU
    fi
  done
  M_SECS=$best_secs
  M_RSS_MB=$best_rss
  M_OTHER=$best_other
  M_CPU=$best_cpu
  M_VERDICT=$("$verdict_fn" "$out" "$M_RC")
}

bt_verdict() { # OUT RC
  if [ "$2" -eq 0 ] && grep -q 'all checks passed' "$1"; then echo valid; else echo invalid; fi
}
tn_verdict() { # OUT RC
  case $2 in 0) echo valid ;; 1) echo invalid ;; *) echo "error($2)" ;; esac
}
bt_reason() { grep -v '^I: ' "$1" | tail -n 1 || true; }
tn_reason() { tail -n 1 "$1" || true; }

# time_both SIZE ORIGIN ARCHIVE_DIR BALLOTS GEN_SECS EXPECTED: both tools on one archive;
# appends a table row and remembers the ratio in RATIO.
ROWS=()
NOTES=()
MISMATCHES=()
time_both() {
  local size=$1 origin=$2 dir=$3 ballots=$4 gen=$5 expected=$6
  M_RUNS=$RUNS
  [ "$expected" = valid ] || M_RUNS=1
  local bel
  bel=$(find "$dir" -maxdepth 1 -name '*.bel' | head -n 1)
  local mb
  mb=$(awk -v b="$(stat -c %s "$bel")" 'BEGIN { printf "%.1f", b / 1048576 }')
  log "$size $origin: belenios-tool election verify"
  best_of bt_verdict "$dir.bt.out" "$BT" election verify --dir "$dir"
  local bt_secs=$M_SECS bt_rss=$M_RSS_MB bt_v=$M_VERDICT bt_other=$M_OTHER bt_cpu=$M_CPU
  log "$size $origin: tinnhiem verify"
  best_of tn_verdict "$dir.tn.out" "$JAVA" "${JAVA_OPTS_ARR[@]}" -jar "$TN_JAR" verify --quiet "$bel"
  local tn_secs=$M_SECS tn_rss=$M_RSS_MB tn_v=$M_VERDICT tn_other=$M_OTHER tn_cpu=$M_CPU
  RATIO=$(awk -v a="$bt_secs" -v b="$tn_secs" 'BEGIN { printf "%.6f", (b > 0 ? a / b : 0) }')
  ROWS+=("$(printf '%-8s %-16s %7s %6s %7s %9s %9s %8s %7s %7s %7s %7s %9s  %s/%s' "$size" \
    "$origin" "$ballots" "$mb" "$gen" "$bt_secs" "$tn_secs" \
    "$(awk -v r="$RATIO" 'BEGIN { printf "%.1fx", r }')" "$bt_cpu" "$tn_cpu" "$bt_rss" \
    "$tn_rss" "$bt_other/$tn_other" "$bt_v" "$tn_v")")
  if [ "$bt_v" != "$expected" ] || [ "$tn_v" != "$expected" ]; then
    MISMATCHES+=("$size $origin: expected $expected, belenios-tool $bt_v, tinnhiem $tn_v")
  fi
  if [ "$expected" = invalid ] || [ "$bt_v" != valid ] || [ "$tn_v" != valid ]; then
    NOTES+=("$size $origin: belenios-tool says: $(bt_reason "$dir.bt.out")")
    NOTES+=("$size $origin: tinnhiem says: $(tn_reason "$dir.tn.out")")
  fi
}

# ---------------------------------------------------------------------------------- archives

# gen_belenios N M DIR: DIR/archive/<uuid>.bel made by belenios-tool; sets GEN_SECS.
gen_belenios() {
  local n=$1 m=$2 dir=$3
  local setup=$dir/setup ballots=$dir/ballots arch=$dir/archive
  local g=(--group "$GROUP")
  local t0
  t0=$(now)
  mkdir -p "$setup" "$ballots" "$arch"
  local uuid
  uuid=$(bt setup generate-token)
  (
    cd -- "$setup"
    bt setup generate-credentials --uuid "$uuid" "${g[@]}" --count "$n" >/dev/null
    mv -- *.privcreds private_creds.txt
    mv -- *.pubcreds public_creds.json
    # The Pedersen key ceremony of belenios-tool's demo-threshold.sh, 2 of 3.
    for _ in 1 2 3; do
      bt setup generate-trustee-key-threshold "${g[@]}" --step 1 >/dev/null
    done
    cat -- *.cert > certs.jsons
    bt setup generate-trustee-key-threshold "${g[@]}" --certs certs.jsons --step 2
    for key in *.key; do
      bt setup generate-trustee-key-threshold "${g[@]}" --certs certs.jsons --key "$key" \
        --step 3 --threshold 2
    done > polynomials.jsons
    bt setup generate-trustee-key-threshold "${g[@]}" --certs certs.jsons --step 4 \
      --polynomials polynomials.jsons
    for key in *.key; do
      bt setup generate-trustee-key-threshold "${g[@]}" --certs certs.jsons --key "$key" \
        --step 5 < "${key%.key}.vinput" > "${key%.key}.voutput"
    done
    cat -- *.voutput | bt setup generate-trustee-key-threshold "${g[@]}" --certs certs.jsons \
      --step 6 --polynomials polynomials.jsons > threshold.json
    # The server's Single key: trustee 1; the Pedersen members are 2, 3, 4 in *.cert order.
    bt setup generate-trustee-key "${g[@]}" >/dev/null
    cat -- *.pubkey > public_keys.jsons
    bt setup make-trustees
    {
      printf '{"description":"Generated by tinnhiem bench/compare.sh","name":"Benchmark %sx%s",' \
        "$n" "$m"
      printf '"questions":['
      local q
      for ((q = 1; q <= m; q++)); do
        [ "$q" -eq 1 ] || printf ','
        printf '{"answers":[%s],"min":1,"max":1,"question":"Person %d"}' "$LEVELS" "$q"
      done
      printf ']}\n'
    } > template.json
    bt setup make-election --uuid "$uuid" "${g[@]}" --template template.json
    bt archive init
  )
  mv -- "$setup/$uuid.bel" "$arch/"

  # Credentials and random votes, one file each per voter.
  local i=0 id cred q row vote
  while read -r id cred; do
    [ -n "$cred" ] || continue
    i=$((i + 1))
    printf '%s\n' "$cred" > "$ballots/$i.cred"
    vote='['
    for ((q = 1; q <= m; q++)); do
      case $((RANDOM % 3)) in 0) row='[1,0,0]' ;; 1) row='[0,1,0]' ;; *) row='[0,0,1]' ;; esac
      vote+=$row
      [ "$q" -eq "$m" ] || vote+=','
    done
    printf '%s]\n' "$vote" > "$ballots/$i.vote"
  done < "$setup/private_creds.txt"
  [ "$i" -eq "$n" ] || { echo "compare.sh: expected $n credentials, read $i" >&2; return 1; }

  # Ballots are encrypted in parallel against the setup-only archive (read only), then
  # appended one by one: add-event must see the previous event.
  log "${n}x${m} belenios: encrypting $n ballots ($JOBS in parallel)"
  export BT ARCH_DIR=$arch BALLOT_DIR=$ballots LOG
  seq 1 "$n" | xargs -P "$JOBS" -I{} sh -c '"$BT" election generate-ballot --dir "$ARCH_DIR" \
    --privcred "$BALLOT_DIR/{}.cred" --ballot "$BALLOT_DIR/{}.vote" \
    > "$BALLOT_DIR/{}.ballot" 2>>"$LOG"'
  log "${n}x${m} belenios: appending ballots, tally, decryptions, result"
  for ((i = 1; i <= n; i++)); do
    bt archive add-event --dir "$arch" --type=Ballot < "$ballots/$i.ballot"
  done
  bt archive add-event --dir "$arch" --type=EndBallots < /dev/null
  bt election compute-encrypted-tally --dir "$arch" \
    | bt archive add-event --dir "$arch" --type=EncryptedTally
  # Each belenios-tool command re-checks every ballot, so the three partial decryptions (the
  # server's Single key, trustee 1, and 2 of the 3 Pedersen members) run in parallel; they
  # are appended in trustee order.
  local privkeys=("$setup"/*.privkey) keys=("$setup"/*.key) pids=() k pid
  bt election decrypt --dir "$arch" --privkey "${privkeys[0]}" --trustee-id 1 \
    > "$dir/pd1.json" &
  pids+=($!)
  for k in 0 1; do
    bt election decrypt-threshold --dir "$arch" --key "${keys[$k]}" \
      --decryption-key "${keys[$k]%.key}.dkey" --trustee-id $((k + 2)) \
      > "$dir/pd$((k + 2)).json" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do
    wait "$pid"
  done
  for k in 1 2 3; do
    bt archive add-event --dir "$arch" --type=PartialDecryption < "$dir/pd$k.json"
  done
  bt election compute-result --dir "$arch" | bt archive add-event --dir "$arch" --type=Result
  rm -rf -- "$ballots"
  GEN_SECS=$(elapsed "$t0" "$(now)")
}

# gen_tinnhiem N M DIR: DIR/archive/<uuid>.bel made by tinnhiem demo-election; sets GEN_SECS.
gen_tinnhiem() {
  local n=$1 m=$2 dir=$3
  local t0
  t0=$(now)
  mkdir -p "$dir/archive"
  local tmp=$dir/demo.bel
  log "${n}x${m} tinnhiem: demo-election"
  "$JAVA" "${JAVA_OPTS_ARR[@]}" -jar "$TN_JAR" demo-election --voters "$n" --questions "$m" \
    --threshold 2/3 --out "$tmp" --quiet > "$dir/demo.out"
  GEN_SECS=$(elapsed "$t0" "$(now)")
  # belenios-tool wants the archive as <uuid>.bel, alone in its folder.
  local found uuid
  found=$(head -c 1048576 "$tmp" | LC_ALL=C grep -a -o '"uuid":"[A-Za-z0-9]*"' || true)
  uuid=${found%%$'\n'*}
  uuid=${uuid#\"uuid\":\"}
  uuid=${uuid%\"}
  [ -n "$uuid" ] || { echo "compare.sh: no election uuid in $tmp" >&2; return 1; }
  mv -- "$tmp" "$dir/archive/$uuid.bel"
}

# ---------------------------------------------------------------------------------- main

has_archive() { [ -n "$(find "$1" -maxdepth 1 -name '*.bel' 2>/dev/null | head -n 1)" ]; }

ensure_jars

largest=
largest_product=0
for s in "${sizes[@]}"; do
  n=${s%x*}
  m=${s#*x}
  if [ $((n * m)) -ge "$largest_product" ]; then largest=$s; largest_product=$((n * m)); fi
done

log "sizes: ${sizes[*]}; work folder $WORK"
declare -A SPEEDUP
first=1
for s in "${sizes[@]}"; do
  n=${s%x*}
  m=${s#*x}
  sdir=$WORK/$s
  if [ "$REUSE" -eq 1 ] && has_archive "$sdir/belenios/archive"; then
    log "$s: reusing the belenios-tool archive in $sdir"
    bt_gen=reused
    if has_archive "$sdir/tinnhiem/archive"; then
      tn_gen=reused
    else
      # Ours is quick to make again; belenios-tool's (the slow one) is kept.
      rm -rf -- "$sdir/tinnhiem"
      log "$s: generating with tinnhiem"
      gen_tinnhiem "$n" "$m" "$sdir/tinnhiem"
      tn_gen=$GEN_SECS
    fi
  else
    rm -rf -- "$sdir"
    mkdir -p "$sdir"
    log "$s: generating with belenios-tool"
    gen_belenios "$n" "$m" "$sdir/belenios"
    bt_gen=$GEN_SECS
    log "$s: generating with tinnhiem"
    gen_tinnhiem "$n" "$m" "$sdir/tinnhiem"
    tn_gen=$GEN_SECS
  fi

  time_both "$s" "belenios-tool" "$sdir/belenios/archive" "$n" "$bt_gen" valid
  r_bt=$RATIO
  time_both "$s" "tinnhiem" "$sdir/tinnhiem/archive" "$n" "$tn_gen" valid
  r_tn=$RATIO
  geo=$(awk -v a="$r_bt" -v b="$r_tn" 'BEGIN { printf "%.6f", sqrt(a * b) }')
  ROWS+=("$(printf '%-8s %-16s %7s %6s %7s %9s %9s %8s' "$s" "geometric mean" "" "" "" "" "" \
    "$(awk -v r="$geo" 'BEGIN { printf "%.1fx", r }')")")
  SPEEDUP[$s]=$r_bt

  if [ "$first" -eq 1 ] && [ "$TAMPER" -eq 1 ]; then
    for kind in ballot result; do
      tdir=$sdir/tampered-$kind/archive
      rm -rf -- "$tdir"
      mkdir -p "$tdir"
      src=$(find "$sdir/belenios/archive" -maxdepth 1 -name '*.bel' | head -n 1)
      what=$("$JAVA" -cp "$BENCH_JAR" vn.tinnhiem.bench.TamperArchive "$kind" "$src" \
        "$tdir/$(basename -- "$src")")
      NOTES+=("$s tampered $kind: $what")
      time_both "$s" "tampered $kind" "$tdir" "$n" "-" invalid
    done
  fi
  first=0
done

# ---------------------------------------------------------------------------------- report

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
echo "# bench/compare.sh $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores${cpu:+, $cpu}"
echo "# $("$BT" --version 2>/dev/null | head -n 1 | sed 's/^/belenios-tool /');" \
  "$("$JAVA" -version 2>&1 | head -n 1)${JAVA_OPTS:+ with JAVA_OPTS=$JAVA_OPTS}"
echo "# $GROUP, 2-of-3 threshold, questions of 3 answers (min 1, max 1), every voter votes."
echo "# speedup = belenios-tool seconds / tinnhiem seconds, on the same archive (wall clock,"
echo "# JVM start included, best of $RUNS, tampered archives once); 'made in' = time to generate"
echo "# that archive with the tool that made it; RSS = maximum resident set. The final line uses"
echo "# the belenios-made archive of the largest size; per size, the geometric mean of both."
echo "# CPU = user + system seconds of the verifier (less sensitive to a busy machine than"
echo "# wall time; belenios-tool uses one core, tinnhiem all of them)."
echo "# 'other CPU' = share of the machine's CPU used by other processes during each timing"
echo "# (sibling builds, host steal): a high value means that timing is disturbed."
echo
printf '%-8s %-16s %7s %6s %7s %9s %9s %8s %7s %7s %7s %7s %9s  %s\n' size archive ballots \
  MB "made in" belenios tinnhiem speedup "bt CPU" "tn CPU" "bt RSS" "tn RSS" "other CPU" \
  "verdict"
printf '%-8s %-16s %7s %6s %7s %9s %9s %8s %7s %7s %7s %7s %9s  %s\n' "" "made by" "" "" "s" \
  "s" "s" "" "s" "s" "MB" "MB" "% bt/tn" "bt/tn"
for row in "${ROWS[@]}"; do
  echo "$row"
done
if [ ${#NOTES[@]} -gt 0 ]; then
  echo
  for note in "${NOTES[@]}"; do
    echo "# $note"
  done
fi
status=0
if [ ${#MISMATCHES[@]} -gt 0 ]; then
  echo
  for mm in "${MISMATCHES[@]}"; do
    echo "VERDICT MISMATCH: $mm"
  done
  status=1
fi
echo
awk -v r="${SPEEDUP[$largest]}" 'BEGIN { printf "verify speedup vs belenios-tool: %.1fx\n", r }'
FINISHED=1
exit "$status"
