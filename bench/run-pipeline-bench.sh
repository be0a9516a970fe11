#!/usr/bin/env bash
# Starts Meridian with the training-data pipeline on (embedded PostgreSQL queue, local object store) on a fresh data
# folder and a free port, commits change events into its outbox, reports throughput and freshness of the whole flow,
# and always stops the server. Settings (environment): see bench/PIPELINE.md.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-20000}                 # events per phase
RATE=${RATE:-2000}            # events/s offered in the paced phase
BATCH=${BATCH:-10}            # events per outbox transaction
PROJECTS=${PROJECTS:-4}       # projects the events go round (the worker writes projects in parallel)
PHASES=${PHASES:-burst,paced}
WARMUP=${WARMUP:-5000}        # events pushed through first (not reported), so that the JIT has compiled the flow
WORKERS=${WORKERS:-}          # MERIDIAN_PIPELINE_WORKER_CONCURRENCY (server default when empty)
WORKER_BATCH=${WORKER_BATCH:-}  # MERIDIAN_PIPELINE_WORKER_BATCH_SIZE (server default when empty)
RELAY_INTERVAL_MS=${RELAY_INTERVAL_MS:-}
SERVER_JAR=${SERVER_JAR:-server/target/meridian.jar}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
PROFILE=${PROFILE:-}          # 1: record a JFR profile of the server (server.jfr in the work folder)
KEEP_DATA=${KEEP_DATA:-}      # 1: keep the data folder after the run
TIMEOUT=${TIMEOUT:-3600}
BENCH_ARGS=${BENCH_ARGS:-}    # more key=value options for PipelineBenchmark
PASSWORD=bench-admin-password

[ -f "$SERVER_JAR" ] || { echo "No server jar at $SERVER_JAR: build it or set SERVER_JAR" >&2; exit 1; }
ls bench/target/meridian-bench-*.jar >/dev/null 2>&1 || mvn -q -B -pl bench package
classpath="$(ls bench/target/meridian-bench-*.jar):bench/target/lib/*"

work=$(mktemp -d /tmp/meridian-pipeline-bench.XXXXXX)
cp -p "$SERVER_JAR" "$work/meridian.jar"

free_port() {
  for port in $(shuf -i 20000-40000 -n 50); do
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}

server=
bench=
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
trap "exit 130" INT TERM

port=$(free_port)
profile=
[ -z "$PROFILE" ] || profile="-XX:StartFlightRecording=filename=$work/server.jfr,settings=profile,dumponexit=true"
extra=()
[ -z "$WORKERS" ] || extra+=(MERIDIAN_PIPELINE_WORKER_CONCURRENCY="$WORKERS")
[ -z "$WORKER_BATCH" ] || extra+=(MERIDIAN_PIPELINE_WORKER_BATCH_SIZE="$WORKER_BATCH")
[ -z "$RELAY_INTERVAL_MS" ] || extra+=(MERIDIAN_PIPELINE_RELAY_INTERVAL_MS="$RELAY_INTERVAL_MS")
# shellcheck disable=SC2086
env "${extra[@]}" MERIDIAN_DATA_DIR="$work/data" MERIDIAN_ADMIN_PASSWORD=$PASSWORD SERVER_PORT=$port \
  MERIDIAN_DEMO_PROJECT=false MERIDIAN_PIPELINE_ENABLED=true \
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

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Running the pipeline benchmark: N=$N per phase, phases $PHASES, paced rate $RATE/s, $BATCH events per commit" >&2
# shellcheck disable=SC2086 # BENCH_ARGS is a list of key=value words
run_bounded java -cp "$classpath" dev.meridian.bench.PipelineBenchmark n="$N" rate="$RATE" batch="$BATCH" phases="$PHASES" projects="$PROJECTS" warmup="$WARMUP" \
  baseUrl="http://127.0.0.1:$port" password=$PASSWORD objects="$work/data/objects" serverPid="$server" \
  pgData="$work/data/postgres" jdbcUrl="jdbc:postgresql://127.0.0.1:$pg_port/postgres" $BENCH_ARGS >"$work/pipeline.md"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")

cat <<REPORT

## Meridian pipeline benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')

$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); load average before $load_before, after $load_after.
Server $(basename "$SERVER_JAR"), embedded PostgreSQL queue (fsync on), local object store; worker concurrency ${WORKERS:-default},
worker batch ${WORKER_BATCH:-default},
relay interval ${RELAY_INTERVAL_MS:-default} ms. $N events per phase ($BATCH per outbox commit; half creates, half updates)
over $PROJECTS project(s), paced phase offered at $RATE events/s, after a warm-up of $WARMUP events.

$(cat "$work/pipeline.md")

Server peak RSS (JVM): $((rss_kb / 1024)) MB.
REPORT
