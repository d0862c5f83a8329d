# Shared by the fault scripts: a private MariaDB and a backend of our own, never the machine's
# MariaDB on 3306 (which other test runs use). Source it; see README.md.
# shellcheck shell=bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FAULTS_DB_PORT=${FAULTS_DB_PORT:-3421}
FAULTS_BACKEND_PORT=${FAULTS_BACKEND_PORT:-8222}
FAULTS_KEYCLOAK=${FAULTS_KEYCLOAK:-http://localhost:8221}
FAULTS_WORK=${FAULTS_WORK:-/tmp/coso-faults}
APP=${FAULTS_APP:-$ROOT/backend/target/quarkus-app}
DB_DIR="$FAULTS_WORK/mariadb"
DB_SOCK="$DB_DIR/mariadb.sock"
BACKEND_LOG="$FAULTS_WORK/backend.log"
BACKEND_URL="http://localhost:$FAULTS_BACKEND_PORT"
mkdir -p "$FAULTS_WORK"

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { date +%s%3N; }

# root through the socket (mariadb-install-db gives root unix_socket authentication); the backend
# connects over TCP as coso/faults.
sql() { mariadb --no-defaults -uroot -S "$DB_SOCK" -N -B "$@"; }

# db_start: the private MariaDB (created once in $DB_DIR), started in the background.
db_start() {
  if [[ ! -d $DB_DIR/mysql ]]; then
    log "creating the private MariaDB in $DB_DIR"
    mariadb-install-db --no-defaults --datadir="$DB_DIR" --user=root >"$FAULTS_WORK/mariadb-install.log" 2>&1
  fi
  mariadbd --no-defaults --user=root --datadir="$DB_DIR" --port="$FAULTS_DB_PORT" --bind-address=127.0.0.1 \
    --socket="$DB_SOCK" --pid-file="$DB_DIR/mariadbd.pid" --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_520_ci >>"$FAULTS_WORK/mariadb.log" 2>&1 &
  DB_PID=$!
  echo "$DB_PID" >"$FAULTS_WORK/mariadb.pid"
  for _ in $(seq 1 120); do
    if sql -e 'SELECT 1' >/dev/null 2>&1; then
      sql -e "CREATE USER IF NOT EXISTS 'coso'@'127.0.0.1' IDENTIFIED BY 'faults';
              CREATE USER IF NOT EXISTS 'coso'@'localhost' IDENTIFIED BY 'faults';
              GRANT ALL ON *.* TO 'coso'@'127.0.0.1'; GRANT ALL ON *.* TO 'coso'@'localhost';"
      return 0
    fi
    sleep 0.5
  done
  log "the private MariaDB did not start (log: $FAULTS_WORK/mariadb.log)"; return 1
}

# db_stop: a clean shutdown of the private MariaDB (what "MariaDB stopped" means here).
db_stop() {
  local pid; pid=$(cat "$FAULTS_WORK/mariadb.pid" 2>/dev/null || true)
  [[ -n $pid ]] && kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
}

db_fresh() {
  sql -e "DROP DATABASE IF EXISTS coso_faults; CREATE DATABASE coso_faults CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
}

# backend_start: the packaged backend (build it first: mvn -f backend package -DskipTests) on the
# private database, in the profile "local" (DEV secrets, demo data), public rate limit lifted.
backend_start() {
  [[ -f $APP/quarkus-run.jar ]] || { log "package the backend first"; return 1; }
  QUARKUS_PROFILE=local QUARKUS_HTTP_PORT="$FAULTS_BACKEND_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:$FAULTS_DB_PORT/coso_faults" \
    QUARKUS_DATASOURCE_USERNAME=coso QUARKUS_DATASOURCE_PASSWORD=faults \
    QUARKUS_OIDC_AUTH_SERVER_URL="$FAULTS_KEYCLOAK/realms/coso" COSO_KEYCLOAK_URL="$FAULTS_KEYCLOAK" \
    QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=coso-staff-admin-dev-secret \
    COSO_DEMO_ENABLED=true COSO_RATE_LIMIT_PUBLIC_FEEDBACK=1000000000 \
    java -Xmx384m -jar "$APP/quarkus-run.jar" >>"$BACKEND_LOG" 2>&1 &
  BACKEND_PID=$!
  echo "$BACKEND_PID" >"$FAULTS_WORK/backend.pid"
  local started; started=$(now_ms)
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "$BACKEND_URL/api/v1/public/units?q=ha"; then
      BACKEND_READY_MS=$(($(now_ms) - started)); return 0
    fi
    kill -0 "$BACKEND_PID" 2>/dev/null || { log "the backend stopped (log: $BACKEND_LOG)"; return 1; }
    sleep 0.5
  done
  log "the backend did not become ready (log: $BACKEND_LOG)"; return 1
}

backend_stop() {
  local pid; pid=$(cat "$FAULTS_WORK/backend.pid" 2>/dev/null || true)
  [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
}

cleanup() {
  backend_stop
  db_stop
}
