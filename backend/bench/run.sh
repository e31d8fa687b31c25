#!/usr/bin/env bash
# The benchmark (`make bench`): builds the backend if needed, starts it on loopback with a fresh
# embedded PostgreSQL, then bench.mjs loads the data set, drives the API with wrk, runs pgbench
# against the same PostgreSQL as the baseline and prints the figures. See README.md.
#
# Exit code: 0 when the figures were measured (whether or not the goals were met),
# non-zero when the harness failed (build, server start, data load, non-2xx answers, tools).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BACKEND_DIR=$(dirname "$BENCH_DIR")
TARGET_DIR=$BACKEND_DIR/target
WORK_DIR=$TARGET_DIR/bench            # logs, wrk outputs, the snapshot of the app
DB_DIR=$TARGET_DIR/bench-db           # the embedded PostgreSQL's data, fresh every run
APP_DIR=$WORK_DIR/app
SERVER_LOG=$WORK_DIR/server.log

# ---- knobs (see README.md) -------------------------------------------------------------------
export BENCH_DURATION=${BENCH_DURATION:-10}           # seconds per measured scenario and for pgbench
export BENCH_WARMUP=${BENCH_WARMUP:-150}              # at most this many seconds of uncounted load first
export BENCH_WARMUP_REQUESTS=${BENCH_WARMUP_REQUESTS:-100000} # ... or until this many requests
export BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-32}
export BENCH_THREADS=${BENCH_THREADS:-2}
BENCH_BUILD=${BENCH_BUILD:-0}                         # 1: rebuild the jar even when it exists
BENCH_APP=${BENCH_APP:-$TARGET_DIR/quarkus-app}       # the packaged app to run
BENCH_START_TIMEOUT=${BENCH_START_TIMEOUT:-120}        # seconds until /q/health/ready must answer 200
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
export BENCH_ADMIN_PASSWORD=${BENCH_ADMIN_PASSWORD:-Bench#Initial2026} # the first admin's initial password

STARTED_AT=$SECONDS
say() { echo "[bench] $*"; }
die() { echo "[bench] FAILED: $*" >&2; exit 1; }

mkdir -p "$WORK_DIR"

# ---- server lifecycle --------------------------------------------------------------------------
SERVER_PID=
NODE_PID=

# The embedded postmaster survives a killed JVM; stop it by its pid file (only if it is postgres).
stop_postmaster() {
  local pidfile=$DB_DIR/postmaster.pid pm
  [[ -f $pidfile ]] || return 0
  pm=$(head -n 1 "$pidfile" 2>/dev/null || true)
  [[ $pm =~ ^[0-9]+$ ]] || return 0
  ps -p "$pm" -o command= 2>/dev/null | grep -q postgres || return 0
  say "stopping the embedded PostgreSQL left running (pid $pm)"
  kill -INT "$pm" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pm" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pm" 2>/dev/null || true
}

stop_server() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    say "stopping the server (pid $SERVER_PID)"
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      say "the server ignored SIGTERM for 30 s; killing it"
      kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
  stop_postmaster
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $NODE_PID ]] && kill -0 "$NODE_PID" 2>/dev/null; then
    pkill -TERM -P "$NODE_PID" 2>/dev/null || true   # its wrk / pgbench / psql
    kill -TERM "$NODE_PID" 2>/dev/null || true
    wait "$NODE_PID" 2>/dev/null || true
  fi
  stop_server
  say "done in $((SECONDS - STARTED_AT)) s (exit $rc)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- tools ---------------------------------------------------------------------------------------
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  say "installing $* with apt-get"
  local log=$WORK_DIR/apt.log
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >"$log" 2>&1 && return 0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >>"$log" 2>&1 || true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >>"$log" 2>&1
}

# A PostgreSQL client program: BENCH_<NAME> if set, else the newest /usr/lib/postgresql/*/bin one
# (Debian's), else PATH. Prints nothing when there is none that runs.
find_pg_tool() {
  local name=$1 override=$2 p
  for p in "$override" $(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V -r) "$(command -v "$name" || true)"; do
    if [[ -n $p && -x $p ]] && "$p" --version >/dev/null 2>&1; then echo "$p"; return 0; fi
  done
}

command -v node >/dev/null 2>&1 || die "node (20 or newer) is required"
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' || die "node 20 or newer is required (found $(node --version))"

if [[ -n ${BENCH_JAVA:-} ]]; then JAVA=$BENCH_JAVA
elif [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then JAVA=$JAVA_HOME/bin/java
else JAVA=java; fi
command -v "$JAVA" >/dev/null 2>&1 || die "java (17 or newer) is required"

WRK=${BENCH_WRK:-$(command -v wrk || true)}
if [[ -z $WRK ]]; then
  apt_install wrk || die "wrk is missing and could not be installed (apt-get install wrk); see $WORK_DIR/apt.log"
  WRK=$(command -v wrk)
fi

PSQL=$(find_pg_tool psql "${BENCH_PSQL:-}")
if [[ -z $PSQL ]]; then
  apt_install postgresql-client || die "psql is missing and could not be installed (apt-get install postgresql-client); see $WORK_DIR/apt.log"
  PSQL=$(find_pg_tool psql "")
  [[ -n $PSQL ]] || die "psql is still missing after installing postgresql-client"
fi

PGBENCH=$(find_pg_tool pgbench "${BENCH_PGBENCH:-}")
if [[ -z $PGBENCH ]]; then
  # Debian ships pgbench with the server package of the client's major version (postgresql-15 on
  # Debian 12), not with postgresql-client. Installing it may create a stopped cluster "main".
  major=$("$PSQL" --version | grep -Eo '[0-9]+' | head -n 1)
  apt_install "postgresql-$major" || apt_install postgresql \
    || die "pgbench is missing and could not be installed (apt-get install postgresql-$major); see $WORK_DIR/apt.log"
  PGBENCH=$(find_pg_tool pgbench "")
  [[ -n $PGBENCH ]] || die "pgbench is still missing after installing postgresql-$major"
fi

# ---- the packaged backend -------------------------------------------------------------------------
if [[ $BENCH_BUILD == 1 || ! -f $BENCH_APP/quarkus-run.jar ]]; then
  [[ $BENCH_APP == "$TARGET_DIR/quarkus-app" ]] || die "no $BENCH_APP/quarkus-run.jar (BENCH_APP is set, so nothing is built)"
  say "building the backend (./mvnw package, tests skipped); log: $WORK_DIR/build.log"
  if ! (cd "$BACKEND_DIR" && ./mvnw -q -B package -Dmaven.test.skip=true) >"$WORK_DIR/build.log" 2>&1; then
    tail -n 40 "$WORK_DIR/build.log" >&2
    die "the backend build failed"
  fi
fi

# The SPA's first-route figure reads frontend/dist (make bench builds it; a bare run.sh builds it
# here when it is missing).
ROOT_DIR=$(dirname "$BACKEND_DIR")
if [[ ! -f $ROOT_DIR/frontend/dist/index.html ]]; then
  say "building the SPA (make build-frontend); log: $WORK_DIR/build-frontend.log"
  make -C "$ROOT_DIR" build-frontend >"$WORK_DIR/build-frontend.log" 2>&1 || { tail -n 40 "$WORK_DIR/build-frontend.log" >&2; die "the SPA build failed"; }
fi

# Run a private copy, so that a rebuild of target/quarkus-app during the run cannot pull classes
# from under the server; its jar is renamed so that whoever stops "quarkus-run.jar" processes by
# name does not stop the benchmark's. A copy taken while a rebuild is half done is retried.
SERVER_JAR=$APP_DIR/fumin-bench-server.jar
for attempt in 1 2 3 4 5 6; do
  rm -rf "$APP_DIR"
  if cp -a "$BENCH_APP" "$APP_DIR" 2>/dev/null && [[ -f $APP_DIR/quarkus-run.jar && -f $APP_DIR/quarkus/quarkus-application.dat && -d $APP_DIR/lib ]] \
    && mv "$APP_DIR/quarkus-run.jar" "$SERVER_JAR"; then break; fi
  [[ $attempt == 6 ]] && die "could not copy $BENCH_APP (is it being rebuilt?)"
  say "$BENCH_APP is incomplete (being rebuilt?); retrying in 10 s"
  sleep 10
done

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}
HTTP_PORT=${BENCH_HTTP_PORT:-$(free_port)}
DB_PORT=${BENCH_DB_PORT:-$(free_port)}
while [[ $DB_PORT == "$HTTP_PORT" ]]; do DB_PORT=$(free_port); done

stop_postmaster   # one left over by an interrupted run
rm -rf "$DB_DIR"
mkdir -p "$DB_DIR"

LOADAVG_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || true)
say "starting the backend on 127.0.0.1:$HTTP_PORT (embedded PostgreSQL on port $DB_PORT, data in $DB_DIR)"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
(
  cd "$WORK_DIR"
  exec env -u QUARKUS_DATASOURCE_JDBC_URL -u QUARKUS_DATASOURCE_USERNAME -u QUARKUS_DATASOURCE_PASSWORD \
    PORT="$HTTP_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    FUMIN_DATABASE_DIR="$DB_DIR" FUMIN_DATABASE_PORT="$DB_PORT" FUMIN_DEMO_DATA=false \
    FUMIN_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" \
    "$JAVA" $BENCH_JAVA_OPTS -jar "$SERVER_JAR"
) >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

server_failed() {
  echo "---- last lines of $SERVER_LOG ----" >&2
  tail -n 40 "$SERVER_LOG" >&2
  die "$1"
}

ready() {
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' \
    "http://127.0.0.1:$HTTP_PORT/q/health/ready"
}

deadline=$((SECONDS + BENCH_START_TIMEOUT))
until ready; do
  kill -0 "$SERVER_PID" 2>/dev/null || { SERVER_PID=; server_failed "the backend exited during start"; }
  ((SECONDS < deadline)) || server_failed "the backend was not ready within ${BENCH_START_TIMEOUT} s"
  sleep 0.5
done
say "backend ready after $((SECONDS - STARTED_AT)) s"

# ---- measure ------------------------------------------------------------------------------------
# In the background and waited for, so that a SIGTERM/SIGINT to this script is handled at once.
BENCH_BASE_URL="http://127.0.0.1:$HTTP_PORT" BENCH_DB_PORT="$DB_PORT" BENCH_LOADAVG_BEFORE="$LOADAVG_BEFORE" \
  BENCH_SERVER_PID="$SERVER_PID" BENCH_DB_DIR="$DB_DIR" BENCH_WORK_DIR="$WORK_DIR" BENCH_RESULTS="$TARGET_DIR/bench-results.json" \
  BENCH_JAVA="$JAVA" BENCH_WRK="$WRK" BENCH_PSQL="$PSQL" BENCH_PGBENCH="$PGBENCH" \
  node "$BENCH_DIR/bench.mjs" &
NODE_PID=$!
rc=0
wait "$NODE_PID" || rc=$?
NODE_PID=

if ! kill -0 "$SERVER_PID" 2>/dev/null; then
  SERVER_PID=
  server_failed "the backend died during the benchmark"
fi
errors=$(grep -c ' ERROR ' "$SERVER_LOG" || true)
if [[ $errors != 0 ]]; then
  say "warning: the server logged $errors ERROR lines; see $SERVER_LOG"
fi
exit "$rc"
