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

ls bench/target/meridian-bench-*.jar >/dev/null 2>&1 || mvn -q -B -pl bench package
classpath="$(ls bench/target/meridian-bench-*.jar):bench/target/lib/*"
# shellcheck source=bench/server.sh
. bench/server.sh

work=$(mktemp -d /tmp/meridian-bench.XXXXXX)
data="$work/data"
discard_data=$([ -n "$KEEP_DATA" ] || echo 1)
profile=
[ -z "$PROFILE" ] || profile="-XX:StartFlightRecording=filename=$work/server.jfr,settings=profile,dumponexit=true"
# shellcheck disable=SC2086 # empty when not profiling
start_server $profile

options=(n="$N" concurrency="$CONCURRENCY" serverPid="$server" pgData="$data/postgres"
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

$(machine);
load average before $load_before, after $load_after. Server $(basename "$SERVER_JAR") of $(date -u -r "$work/meridian.jar" '+%Y-%m-%d %H:%M'),
N=$N issues, $CONCURRENCY concurrent clients, $WARMUP warm-up operations per phase. $(head -1 "$work/jdbc.md").

$(cat "$work/api.md")
$(grep '^| JDBC' "$work/jdbc.md")

Server peak RSS (VmHWM of the JVM, PostgreSQL not included): $((rss_kb / 1024)) MB.
API create / JDBC row-per-commit on $CONCURRENCY connections: $create / $concurrent = $(awk -v a="$create" -v b="$concurrent" 'BEGIN {printf "%.2f", a / b}').
API create / JDBC batched: $create / $batched = $(awk -v a="$create" -v b="$batched" 'BEGIN {printf "%.3f", a / b}').
REPORT
