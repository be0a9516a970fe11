#!/usr/bin/env bash
# Starts Meridian with the HADOOP demo project on a fresh data folder (or DATA=<folder>), then times its board in
# headless Chromium (webapp/bench/board-timing.mjs: first load, open an issue panel (summary shown, then complete), j to the next issue, close it, filter cards), always
# stops the server, and prints one Markdown report. Needs a built jar (server/target/meridian.jar) and Debian's
# chromium. Settings: RUNS (10), WARMUP (1: runs first, not counted), POINTER_REST (300: ms on a card before pressing it), PRESS_HOLD (0: ms the button is held in a click), READ_REST (500: ms a panel is read before j), BOARD_TRACE (1: also the last run's requests), DATA, SERVER_JAR, SERVER_JAVA_OPTS, TIMEOUT (1800 s).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
DATA=${DATA:-}
SERVER_JAR=${SERVER_JAR:-server/target/meridian.jar}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
TIMEOUT=${TIMEOUT:-1800}
PASSWORD=bench-admin-password
DEMO_PROJECT=true
# shellcheck source=bench/server.sh
. bench/server.sh

work=$(mktemp -d /tmp/meridian-board-ui-bench.XXXXXX)
if [ -n "$DATA" ]; then data=$(realpath -m "$DATA"); discard_data=; else data="$work/data"; discard_data=1; fi
mkdir -p "$data"
# The training-data pipeline is off: nothing on the board needs it, and its worker would be anonymizing the 2,503
# imported issues while the browser is timed (first load 1.41 s with it, 1.07 s without, at 12:48 and 13:15 UTC).
start_server -Dmeridian.pipeline.enabled=false
# The demo project is imported after the server is up: wait until its last issue is there.
for _ in $(seq 600); do
  curl -sf -u "admin@meridian.local:$PASSWORD" "http://127.0.0.1:$port/api/v1/issues/HADOOP-2503" >/dev/null && break
  sleep 1
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
SERVER_PID=$server BASE_URL="http://127.0.0.1:$port" E2E_EMAIL=admin@meridian.local E2E_PASSWORD=$PASSWORD E2E_PROJECT=HADOOP RUNS=$RUNS WARMUP=${WARMUP:-1} POINTER_REST=${POINTER_REST:-300} PRESS_HOLD=${PRESS_HOLD:-0} READ_REST=${READ_REST:-500} BOARD_TRACE=${BOARD_TRACE:-} \
  run_bounded node webapp/bench/board-timing.mjs >"$work/board.md"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<REPORT

## Meridian board in the browser, $(date -u '+%Y-%m-%d %H:%M UTC')

$(machine); load average before $load_before, after $load_after. Server $(basename "$SERVER_JAR"), Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}').

$(cat "$work/board.md")
REPORT
