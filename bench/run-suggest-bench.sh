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
KEEP_DATA=${KEEP_DATA:-}
TIMEOUT=${TIMEOUT:-3600}
PASSWORD=bench-admin-password

ls bench/target/meridian-bench-*.jar >/dev/null 2>&1 || mvn -q -B -pl bench package
classpath="$(ls bench/target/meridian-bench-*.jar):bench/target/lib/*"
# shellcheck source=bench/server.sh
. bench/server.sh

work=$(mktemp -d /tmp/meridian-suggest-bench.XXXXXX)
data="$work/data"
discard_data=$([ -n "$KEEP_DATA" ] || echo 1)
# The model trains on the sealed dataset snapshot, so the pipeline runs; training waits until it has stored every
# change (outbox relayed, queue empty), so the worker is idle while inference is measured.
start_server -Dmeridian.bootstrap.demo-project=true

echo "Training HADOOP, then typists $USERS for ${DURATION} s each" >&2
run_bounded java -cp "$classpath" dev.meridian.bench.SuggestBenchmark baseUrl="http://127.0.0.1:$port" \
  email=admin@meridian.local password=$PASSWORD users="$USERS" seconds="$DURATION" warmup="$WARMUP" \
  serverPid="$server" pgData="$data/postgres" jdbcUrl="jdbc:postgresql://127.0.0.1:$pg_port/postgres" >"$work/suggest.md"

cat <<REPORT

## Meridian suggestion latency under typing load, $(date -u '+%Y-%m-%d %H:%M UTC')

$(machine); load average (1 min) per level in the table.

$(cat "$work/suggest.md")
REPORT
