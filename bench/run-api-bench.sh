#!/usr/bin/env bash
# Starts Meridian on a fresh data folder and a free port, runs the API benchmark and the JDBC baseline against it,
# always stops the server, and prints the figures as Markdown. Settings (environment): see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
CONCURRENCY=${CONCURRENCY:-8}
PHASES=${PHASES:-create,get,update,list,list0}
WARMUP=${WARMUP:-500}
SERVER_JAR=${SERVER_JAR:-server/target/meridian.jar}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
PROFILE=${PROFILE:-}        # 1: record a JFR CPU profile of the server (server.jfr in the work folder)
KEEP_DATA=${KEEP_DATA:-}    # 1: keep the data folder after the run
TIMEOUT=${TIMEOUT:-3600}    # seconds each benchmark may run
API_ARGS=${API_ARGS:-}      # more key=value options for ApiBenchmark, e.g. "gets=2000 lists=200"
PASSWORD=bench-admin-password

[ -f "$SERVER_JAR" ] || { echo "No server jar at $SERVER_JAR: build it or set SERVER_JAR" >&2; exit 1; }
ls bench/target/meridian-bench-*.jar >/dev/null 2>&1 || mvn -q -B -pl bench package
classpath="$(ls bench/target/meridian-bench-*.jar):bench/target/lib/*"

work=$(mktemp -d /tmp/meridian-bench.XXXXXX)
cp -p "$SERVER_JAR" "$work/meridian.jar"   # the original may be rebuilt while we run

free_port() {
  for port in $(shuf -i 20000-40000 -n 50); do
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}

server=
bench=
# In the background, so that a signal stops the script at once instead of after the benchmark.
run_bounded() {
  timeout "$TIMEOUT" "$@" &
  bench=$!
  wait "$bench"
}

stop_server() {
  [ -z "$bench" ] || kill -TERM "$bench" 2>/dev/null || true
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"
    for _ in $(seq 60); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$server" 2>/dev/null || true
  fi
  # A JVM killed hard leaves its PostgreSQL running: stop it through its pid file (fast shutdown).
  local pidfile="$work/data/postgres/postmaster.pid"
  if [ -f "$pidfile" ]; then
    local pg; pg=$(head -1 "$pidfile")
    if grep -q postgres "/proc/$pg/cmdline" 2>/dev/null; then
      kill -INT "$pg"
      for _ in $(seq 60); do kill -0 "$pg" 2>/dev/null || break; sleep 0.5; done
    fi
  fi
  [ -n "$KEEP_DATA" ] || rm -rf "$work/data"
  rm -f "$work/meridian.jar"
  echo "Logs in $work" >&2
}
trap stop_server EXIT
trap "exit 130" INT TERM   # so that a signal also runs stop_server

port=$(free_port)
profile=
[ -z "$PROFILE" ] || profile="-XX:StartFlightRecording=filename=$work/server.jfr,settings=profile,dumponexit=true"
# shellcheck disable=SC2086
MERIDIAN_DATA_DIR="$work/data" MERIDIAN_ADMIN_PASSWORD=$PASSWORD SERVER_PORT=$port MERIDIAN_DEMO_PROJECT=false \
  java $SERVER_JAVA_OPTS $profile -jar "$work/meridian.jar" >"$work/server.log" 2>&1 &
server=$!

echo "Starting Meridian on port $port (log: $work/server.log)" >&2
for _ in $(seq 180); do
  kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log" >&2; echo "Server exited during start" >&2; exit 1; }
  curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null || { echo "Server not healthy after 180 s" >&2; exit 1; }
pg_port=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$work/server.log" | grep -o '[0-9]*$')

options=(n="$N" concurrency="$CONCURRENCY" serverPid="$server" pgData="$work/data/postgres"
  jdbcUrl="jdbc:postgresql://127.0.0.1:$pg_port/postgres")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Running the API benchmark: N=$N, concurrency $CONCURRENCY, phases $PHASES" >&2
# shellcheck disable=SC2086 # API_ARGS is a list of key=value words
run_bounded java -cp "$classpath" dev.meridian.bench.ApiBenchmark "${options[@]}" \
  baseUrl="http://127.0.0.1:$port" password=$PASSWORD phases="$PHASES" warmup="$WARMUP" $API_ARGS >"$work/api.md"
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
echo "Running the JDBC baseline" >&2
run_bounded java -cp "$classpath" dev.meridian.bench.JdbcBaseline "${options[@]}" >"$work/jdbc.md"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

throughput() { awk -F'|' -v name="$2" '$2 ~ name {gsub(/ /, "", $5); print $5; exit}' "$1"; }
create=$(throughput "$work/api.md" '^ create')
concurrent=$(throughput "$work/jdbc.md" "$CONCURRENCY connections?, 1 row")
batched=$(throughput "$work/jdbc.md" 'rows per commit')

cat <<REPORT

## Meridian API benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')

$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM;
load average before $load_before, after $load_after. Server $(basename "$SERVER_JAR") of $(date -u -r "$work/meridian.jar" '+%Y-%m-%d %H:%M'),
N=$N issues, $CONCURRENCY concurrent clients, $WARMUP warm-up operations per phase. $(head -1 "$work/jdbc.md").

$(cat "$work/api.md")
$(grep '^| JDBC' "$work/jdbc.md")

Server peak RSS (VmHWM of the JVM, PostgreSQL not included): $((rss_kb / 1024)) MB.
API create / JDBC row-per-commit on $CONCURRENCY connections: $create / $concurrent = $(awk -v a="$create" -v b="$concurrent" 'BEGIN {printf "%.2f", a / b}').
API create / JDBC batched: $create / $batched = $(awk -v a="$create" -v b="$batched" 'BEGIN {printf "%.3f", a / b}').
REPORT
