#!/usr/bin/env bash
# Import benchmark: the packaged backend alone, with a bounded heap (HEAP, default 256m) and GC
# logging, on a fresh database with the demo data; ImportBench.java imports ROWS party members
# (default 50,000) as CSV and as XLSX, dry run then real run, and prints times and heap (BENCH lines).
# Needs MariaDB on 127.0.0.1:3306 (root, COSO_TEST_DB_PASSWORD) and a Keycloak with the coso realm
# (COSO_TEST_KEYCLOAK_URL, default http://localhost:8181). Builds the backend if it is not built.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HEAP=${HEAP:-256m}
ROWS=${ROWS:-50000}
PORT=${PORT:-8097}
KEYCLOAK=${COSO_TEST_KEYCLOAK_URL:-http://localhost:8181}
DB=coso_bench_$(date +%s)
WORK=$(mktemp -d)
APP_PID=

cleanup() {
  [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  mariadb -h 127.0.0.1 -u root ${COSO_TEST_DB_PASSWORD:+-p"$COSO_TEST_DB_PASSWORD"} -e "DROP DATABASE IF EXISTS $DB" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

APP="$ROOT/backend/target/quarkus-app"
[[ -f $APP/quarkus-run.jar ]] || mvn -B -q -f "$ROOT/backend" package -DskipTests
mariadb -h 127.0.0.1 -u root ${COSO_TEST_DB_PASSWORD:+-p"$COSO_TEST_DB_PASSWORD"} \
  -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"

java "-Xmx$HEAP" "-Xlog:gc:file=$WORK/gc.log" \
  -Dquarkus.profile=local -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:mariadb://127.0.0.1:3306/$DB" \
  -Dquarkus.datasource.username=root -Dquarkus.datasource.password="${COSO_TEST_DB_PASSWORD:-}" \
  -Dquarkus.oidc.auth-server-url="$KEYCLOAK/realms/coso" \
  -Dquarkus.keycloak.admin-client.server-url="$KEYCLOAK" \
  -Dquarkus.keycloak.admin-client.client-secret=coso-staff-admin-dev-secret \
  -Dcoso.demo.enabled=true \
  -jar "$APP/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
echo "BENCH backend up with -Xmx$HEAP on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg)"

java -cp "$APP/lib/main/*" "$ROOT/bench/import/ImportBench.java" \
  "http://localhost:$PORT" "$KEYCLOAK" "$ROWS" "$WORK" "$WORK/gc.log" "$APP_PID"
if grep -q OutOfMemoryError "$WORK/app.log"; then echo "BENCH the backend ran out of memory"; exit 1; fi
