#!/usr/bin/env bash
# Starts Meridian on a fresh data folder and a free port, runs the board benchmark (N issues on one board: board and
# backlog loads, rank moves) against it, always stops the server, and prints the figures as Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
CONCURRENCY=${CONCURRENCY:-8}
SERVER_JAR=${SERVER_JAR:-server/target/meridian.jar}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
KEEP_DATA=${KEEP_DATA:-}
TIMEOUT=${TIMEOUT:-3600}
BOARD_ARGS=${BOARD_ARGS:-}   # more key=value options, e.g. "loads=50 moves=2000"
PASSWORD=bench-admin-password

ls bench/target/meridian-bench-*.jar >/dev/null 2>&1 || mvn -q -B -o -pl bench package
classpath="$(ls bench/target/meridian-bench-*.jar):bench/target/lib/*"
# shellcheck source=bench/server.sh
. bench/server.sh

work=$(mktemp -d /tmp/meridian-board-bench.XXXXXX)
data="$work/data"
discard_data=$([ -n "$KEEP_DATA" ] || echo 1)
start_server

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Running the board benchmark: N=$N, concurrency $CONCURRENCY" >&2
# shellcheck disable=SC2086 # BOARD_ARGS is a list of key=value words
run_bounded java -cp "$classpath" dev.meridian.bench.BoardBenchmark n="$N" concurrency="$CONCURRENCY" serverPid="$server" \
  pgData="$data/postgres" jdbcUrl="jdbc:postgresql://127.0.0.1:$pg_port/postgres" baseUrl="http://127.0.0.1:$port" \
  password=$PASSWORD $BOARD_ARGS >"$work/board.md"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<REPORT

## Meridian board benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')

$(machine); load average before $load_before, after $load_after. N=$N issues on one board, $CONCURRENCY concurrent clients.

$(cat "$work/board.md")
REPORT
