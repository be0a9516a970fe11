#!/usr/bin/env bash
# Starts Meridian on a fresh data folder with the HADOOP demo project, trains its model through the API, then times
# create-issue suggestions while 1, 4, 8 and 16 simulated people type drafts word by word (a request per pause), always
# stops the server, and prints the figures as Markdown.
# Settings (environment): USERS (1,4,8,16), DURATION (30 s per level), WARMUP (10 s), SERVER_JAR, SERVER_JAVA_OPTS,
# KEEP_DATA, TIMEOUT. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-1,4,8,16}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
SERVER_JAR=${SERVER_JAR:-server/target/meridian.jar}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
TIMEOUT=${TIMEOUT:-3600}
PASSWORD=bench-admin-password

# shellcheck source=bench/server.sh
. bench/server.sh
classpath=$(bench_classpath)
start_demo_server suggest

echo "Training HADOOP, then typists $USERS for ${DURATION} s each" >&2
run_bounded java -cp "$classpath" dev.meridian.bench.SuggestBenchmark baseUrl="http://127.0.0.1:$port" \
  email=admin@meridian.local password=$PASSWORD users="$USERS" seconds="$DURATION" warmup="$WARMUP" \
  serverPid="$server" pgData="$data/postgres" jdbcUrl="jdbc:postgresql://127.0.0.1:$pg_port/postgres" >"$work/suggest.md"

cat <<REPORT

## Meridian suggestion latency under typing load, $(date -u '+%Y-%m-%d %H:%M UTC')

$(machine); load average (1 min) per level in the table.

$(cat "$work/suggest.md")
REPORT
