#!/usr/bin/env bash
# Starts Meridian on a fresh data folder with the HADOOP demo project, trains its model through the API (full, then
# incremental), measures the inference endpoints, always stops the server, and prints the figures as Markdown.
# Settings (environment): N (500 calls per endpoint), CONCURRENCY (1), WARMUP (50), SERVER_JAR, SERVER_JAVA_OPTS,
# KEEP_DATA, TIMEOUT. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-500}
CONCURRENCY=${CONCURRENCY:-1}
WARMUP=${WARMUP:-50}
SERVER_JAR=${SERVER_JAR:-server/target/meridian.jar}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
KEEP_DATA=${KEEP_DATA:-}
TIMEOUT=${TIMEOUT:-3600}
PASSWORD=bench-admin-password

ls bench/target/meridian-bench-*.jar >/dev/null 2>&1 || mvn -q -B -pl bench package
classpath="$(ls bench/target/meridian-bench-*.jar):bench/target/lib/*"
# shellcheck source=bench/server.sh
. bench/server.sh

work=$(mktemp -d /tmp/meridian-inference-bench.XXXXXX)
data="$work/data"
discard_data=$([ -n "$KEEP_DATA" ] || echo 1)
# The model trains on the sealed dataset snapshot, so the pipeline runs; training waits until it has stored every
# change (outbox relayed, queue empty), so the worker is idle while inference is measured.
start_server -Dmeridian.bootstrap.demo-project=true

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Training HADOOP and running the inference benchmark: N=$N, concurrency $CONCURRENCY" >&2
run_bounded java -cp "$classpath" dev.meridian.bench.InferenceBenchmark baseUrl="http://127.0.0.1:$port" \
  email=admin@meridian.local password=$PASSWORD n="$N" concurrency="$CONCURRENCY" warmup="$WARMUP" serverPid="$server" \
  pgData="$data/postgres" jdbcUrl="jdbc:postgresql://127.0.0.1:$pg_port/postgres" >"$work/inference.md"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")

cat <<REPORT

## Meridian inference benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')

$(machine); load average before $load_before, after $load_after.

$(cat "$work/inference.md")

Server peak RSS (VmHWM of the JVM, PostgreSQL not included): $((rss_kb / 1024)) MB.
REPORT
