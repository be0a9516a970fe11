#!/usr/bin/env bash
# Starts Meridian on a data folder holding N issues (generated on first use: API set-up, then COPY), times JQL searches
# as the site admin and as a member of 5 projects, writes the plans of their SQL, always stops the server, and prints
# one Markdown report. Settings (environment): see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000000}
RUNS=${RUNS:-30}
WARMUP=${WARMUP:-3}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}  # then the searches under 100 ms, over and over: a server up for a minute
DATA=${DATA:-}              # a data folder to use: generated into when new, reused (not regenerated) when it has data
KEEP_DATA=${KEEP_DATA:-}    # 1: keep the data folder of this run (reuse it with DATA=<folder>)
SERVER_JAR=${SERVER_JAR:-server/target/meridian.jar}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
TIMEOUT=${TIMEOUT:-7200}    # seconds each program may run
JQL_ARGS=${JQL_ARGS:-}      # more key=value options for JqlBenchmark, e.g. "maxResults=100"
PASSWORD=bench-admin-password

ls bench/target/meridian-bench-*.jar >/dev/null 2>&1 || mvn -q -B -pl bench package
classpath="$(ls bench/target/meridian-bench-*.jar):bench/target/lib/*"
# shellcheck source=bench/server.sh
. bench/server.sh

work=$(mktemp -d /tmp/meridian-jql-bench.XXXXXX)
if [ -n "$DATA" ]; then
  data=$(realpath -m "$DATA")
  discard_data=
else
  data="$work/data"
  discard_data=$([ -n "$KEEP_DATA" ] || echo 1)
fi
dataset="$data/jql-dataset.md"   # written once the data is complete: its presence means "reuse"
mkdir -p "$data"
# With the SQL of each search in the log (SearchEngine, at DEBUG) for the plans; sets the programs' options.
start() {
  start_server -Dlogging.level.dev.meridian.search=DEBUG
  options=(jdbcUrl="jdbc:postgresql://127.0.0.1:$pg_port/postgres" baseUrl="http://127.0.0.1:$port" password=$PASSWORD)
}
start

if [ -f "$dataset" ]; then
  echo "Reusing the data in $data" >&2
else
  echo "Generating $N issues into $data" >&2
  run_bounded java -cp "$classpath" dev.meridian.bench.JqlDataGenerator "${options[@]}" n="$N" >"$work/generation.md"
  cp "$work/generation.md" "$dataset"
  echo "Restarting, to load pg_stat_statements" >&2
  stop_server
  start
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Running the JQL benchmark: $RUNS runs of each query after $WARMUP warm-up rounds and ${WARMUP_SECONDS} s of cheap searches" >&2
# shellcheck disable=SC2086 # JQL_ARGS is a list of key=value words
run_bounded java -cp "$classpath" dev.meridian.bench.JqlBenchmark "${options[@]}" runs="$RUNS" warmup="$WARMUP" warmupSeconds="$WARMUP_SECONDS" \
  serverLog="$work/server.log" plans="$work/plans" serverPid="$server" pgData="$data/postgres" $JQL_ARGS >"$work/jql.md"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<REPORT

## Meridian JQL benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')

$(machine); load average before $load_before, after $load_after.
Server $(basename "$SERVER_JAR") of $(date -u -r "$work/meridian.jar" '+%Y-%m-%d %H:%M'); data in $data.
First page (maxResults=50) of each query, $RUNS runs after warming up ($WARMUP rounds of every query, then ${WARMUP_SECONDS} s of the
queries answered within 100 ms, over and over), one request at a time; CPU columns per request ("of which JIT": the server's
compiler threads).

$(cat "$dataset")

$(cat "$work/jql.md")
REPORT
[ -z "$KEEP_DATA" ] || [ -n "$DATA" ] || echo "Data kept: run again on it with DATA=$data" >&2
