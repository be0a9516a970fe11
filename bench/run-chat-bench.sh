#!/usr/bin/env bash
# Starts Meridian with the HADOOP demo project on a fresh data folder, asks the assistant's local provider N questions
# one at a time over server-sent events, and prints time to first token and to the whole answer per intent.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-200}
WARMUP=${WARMUP:-20}
SERVER_JAR=${SERVER_JAR:-server/target/meridian.jar}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
TIMEOUT=${TIMEOUT:-1800}
PASSWORD=bench-admin-password

# shellcheck source=bench/server.sh
. bench/server.sh
classpath=$(bench_classpath)
KEEP_DATA=
# No rate limit for one client asking as fast as it can.
start_demo_server chat -Dmeridian.assistant.questions-per-minute=1000000

echo "Asking $N questions (after $WARMUP to warm up), load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "Chat benchmark, local provider, HADOOP, $(machine), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
run_bounded java -cp "$classpath" dev.meridian.bench.ChatBenchmark baseUrl="http://127.0.0.1:$port" password=$PASSWORD \
  n="$N" warmup="$WARMUP"
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
