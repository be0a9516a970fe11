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
TIMEOUT=${TIMEOUT:-3600}
PASSWORD=bench-admin-password

# shellcheck source=bench/server.sh
. bench/server.sh
classpath=$(bench_classpath)
start_demo_server inference

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
