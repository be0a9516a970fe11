# Shared by the benchmark scripts (sourced, not run): start Meridian from a copy of its jar on a data folder and a
# free port (again after stop_server), run programs with a time limit, and always stop the server and its PostgreSQL
# on exit.
# The caller sets: work (work folder), data (data folder), SERVER_JAR, SERVER_JAVA_OPTS, TIMEOUT, PASSWORD (of the
# admin), and discard_data (non-empty: delete the data folder on exit).

server=
bench=

# The benchmark programs' classpath; builds the benchmark module first if its jar is missing.
bench_classpath() {
  ls bench/target/meridian-bench-*.jar >/dev/null 2>&1 || mvn -q -B -pl bench package >&2
  echo "$(ls bench/target/meridian-bench-*.jar):bench/target/lib/*"
}

# start_demo_server NAME [JVM option...]: a fresh work folder /tmp/meridian-NAME-bench.*, Meridian started on it with the
# HADOOP demo project and its pipeline (the model trains on the sealed dataset snapshot; the benchmark programs train
# once the outbox is relayed and the queue empty, so the worker is idle while they measure). Sets work, data and discard_data (from KEEP_DATA) as start_server needs them.
start_demo_server() {
  work=$(mktemp -d "/tmp/meridian-$1-bench.XXXXXX")
  data="$work/data"
  discard_data=$([ -n "${KEEP_DATA:-}" ] || echo 1)
  start_server -Dmeridian.bootstrap.demo-project=true "${@:2}"
}

free_port() {
  for port in $(shuf -i 20000-40000 -n 50); do
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}

# In the background, so that a signal stops the script at once instead of after the benchmark.
run_bounded() {
  timeout "$TIMEOUT" "$@" &
  bench=$!
  wait "$bench"
}

# Stops the server and its PostgreSQL; the data folder stays.
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"
    for _ in $(seq 60); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$server" 2>/dev/null || true
  fi
  # A JVM killed hard leaves its PostgreSQL running: stop it through its pid file (fast shutdown).
  local pidfile="$data/postgres/postmaster.pid"
  if [ -f "$pidfile" ]; then
    local pg; pg=$(head -1 "$pidfile")
    if grep -q postgres "/proc/$pg/cmdline" 2>/dev/null; then
      kill -INT "$pg"
      for _ in $(seq 60); do kill -0 "$pg" 2>/dev/null || break; sleep 0.5; done
    fi
  fi
  server=
}

# On exit: stops what runs, deletes the data folder if asked to and the copy of the jar.
finish() {
  [ -z "$bench" ] || kill -TERM "$bench" 2>/dev/null || true
  stop_server
  [ -z "$discard_data" ] || rm -rf "$data"
  rm -f "$work/meridian.jar"
  echo "Logs in $work" >&2
}

# start_server [JVM option...]: copies the jar (it may be rebuilt while we run) unless a copy is there, starts it on
# $data, waits for /api/v1/health; sets server (pid), port and pg_port (the embedded PostgreSQL's).
start_server() {
  trap finish EXIT
  trap "exit 130" INT TERM   # so that a signal also runs finish
  if [ ! -f "$work/meridian.jar" ]; then
    [ -f "$SERVER_JAR" ] || { echo "No server jar at $SERVER_JAR: build it or set SERVER_JAR" >&2; exit 1; }
    cp -p "$SERVER_JAR" "$work/meridian.jar"
  fi
  port=$(free_port)
  # shellcheck disable=SC2086 # SERVER_JAVA_OPTS is a list of options
  # No demo models trained by themselves: they would train while a benchmark measures something else.
  MERIDIAN_DATA_DIR="$data" MERIDIAN_ADMIN_PASSWORD=$PASSWORD SERVER_PORT=$port MERIDIAN_DEMO_PROJECT=${DEMO_PROJECT:-false} \
    MERIDIAN_DEMO_MODELS=false java $SERVER_JAVA_OPTS "$@" -jar "$work/meridian.jar" >>"$work/server.log" 2>&1 &
  server=$!
  echo "Starting Meridian on port $port (log: $work/server.log)" >&2
  for _ in $(seq "${HEALTH_WAIT:-180}"); do
    kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log" >&2; echo "Server exited during start" >&2; exit 1; }
    curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break
    sleep 1
  done
  curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null || { echo "Server not healthy after ${HEALTH_WAIT:-180} s" >&2; exit 1; }
  pg_port=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$work/server.log" | tail -1 | grep -o '[0-9]*$')
}

# The machine, for a report's first lines.
machine() {
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM"
}
