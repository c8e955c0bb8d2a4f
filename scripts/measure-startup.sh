#!/usr/bin/env bash
# Times `java -jar target/third-sector-hub.jar` from launch to the first HTTP 200 of the home page.
#
#   HUB_DATA_DIR=/tmp/restart-pg scripts/measure-startup.sh restart [runs] [extra hub arguments...]
#   HUB_DATA_DIR=/tmp/first-pg   scripts/measure-startup.sh first   [runs] [extra hub arguments...]
#
# restart: every run starts on the existing data directory (it is prepared once, with demo data, when
#          it does not exist yet); first: the data directory is deleted before every run.
# Prints per run the wall time to the first 200, the hub JVM's CPU time (user+system, from /proc) at that
# moment and the number of classes loaded, then the medians and the load average. PORT (default 18080).
set -euo pipefail

mode=${1:?first or restart}
runs=${2:-5}
shift $(( $# >= 2 ? 2 : 1 ))
data_dir=${HUB_DATA_DIR:?set HUB_DATA_DIR to a scratch data directory}
port=${PORT:-18080}
jar=${JAR:-target/third-sector-hub.jar}
tick=$(getconf CLK_TCK)
export HUB_DATA_DIR=$data_dir

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

start_once() {
  # start_once <log> [args...]: launches the hub, waits for the first 200, prints "wall cpu classes", stops it.
  # With WAIT_FOR set, it also waits for that text in the log before stopping the hub.
  local log=$1; shift
  local t0 t1 pid code=000
  t0=$(date +%s%N)
  java -jar "$jar" --server.port="$port" "$@" >"$log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)
    [[ $code == 200 ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then echo "hub exited before answering; see $log" >&2; return 1; fi
    if (( ($(date +%s%N) - t0) > 120000000000 )); then echo "no 200 after 120 s; see $log" >&2; kill "$pid"; return 1; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  # A jar that hands over to its prepared copy runs the hub in a child JVM: count both, and the child's classes.
  local hub cpu classes
  hub=$(pgrep -P "$pid" java | head -n 1 || true)
  cpu=$(for p in $pid $hub; do cut -d' ' -f14,15 "/proc/$p/stat"; done | awk -v t="$tick" '{s+=$1+$2} END {printf "%.2f", s/t}')
  classes=$(jcmd "${hub:-$pid}" PerfCounter.print 2>/dev/null | awk -F= '/java.cls.loadedClasses=/{l=$2} /java.cls.sharedLoadedClasses=/{s=$2} END{print l+s}')
  if [[ -n ${WAIT_FOR:-} ]]; then
    until grep -q "$WAIT_FOR" "$log"; do
      kill -0 "$pid" 2>/dev/null || { echo "hub exited before logging $WAIT_FOR; see $log" >&2; return 1; }
      sleep 0.5
    done
  fi
  if [[ -n ${WAIT_FOR_FILE:-} ]]; then
    until [[ -f $WAIT_FOR_FILE ]]; do
      kill -0 "$pid" 2>/dev/null || { echo "hub exited before $WAIT_FOR_FILE was written; see $log" >&2; return 1; }
      sleep 0.5
    done
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" -v c="$cpu" -v k="$classes" 'BEGIN{printf "%.2f %s %s\n", (b-a)/1e9, c, k}'
}

logs=$(mktemp -d)
if [[ $mode == restart && ! -d $data_dir ]]; then
  echo "preparing $data_dir (first start with demo data)" >&2
  # The server answers before the demo data is loaded; the demo logins are printed once it is.
  # The jar also prepares its copy for fast restarts after that start (see FastRestart); the restarts use it.
  WAIT_FOR="Demo logins" WAIT_FOR_FILE="${HUB_LAUNCH_DIR:-${jar%.jar}-launch}/stamp" \
    start_once "$logs/prepare.log" --spring.profiles.active=demo >/dev/null
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
results=()
for i in $(seq 1 "$runs"); do
  [[ $mode == first ]] && rm -rf "$data_dir" "$data_dir.lock"
  r=$(start_once "$logs/run-$i.log" "$@")
  read -r wall cpu classes <<<"$r"
  echo "run $i: $wall s wall, $cpu s CPU, $classes classes   (load $(cut -d' ' -f1 /proc/loadavg))"
  results+=("$r")
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${results[@]}" > "$logs/results"
echo "median ($mode, $runs runs): $(cut -d' ' -f1 "$logs/results" | median) s wall, $(cut -d' ' -f2 "$logs/results" | median) s CPU, $(cut -d' ' -f3 "$logs/results" | median) classes; jar $(du -m "$jar" | cut -f1) MB; logs in $logs"
