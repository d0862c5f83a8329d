#!/usr/bin/env bash
# Public feedback intake benchmark: the packaged backend alone (HEAP, default 512m) on a fresh
# database with the demo data, the rate limit raised out of the way; FeedbackBench.java posts
# feedback with CONCURRENCY workers (default 16) from CLIENTS addresses (default 1000) for SECONDS
# (default 30) after a WARMUP (default 10) and prints accepted submissions per second (BENCH lines),
# then the SQL statements per submission and the rows in the database.
# Needs MariaDB on 127.0.0.1:3306 (root, COSO_TEST_DB_PASSWORD). No Keycloak is needed for the
# public endpoints; the backend only warns that it cannot reach one. Builds the backend if needed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HEAP=${HEAP:-512m}
SECONDS_MEASURED=${SECONDS_MEASURED:-30}
WARMUP=${WARMUP:-10}
CONCURRENCY=${CONCURRENCY:-16}
CLIENTS=${CLIENTS:-1000}
PORT=${PORT:-8098}
KEYCLOAK=${COSO_TEST_KEYCLOAK_URL:-http://localhost:8181}
DB=coso_bench_feedback_$(date +%s)
WORK=$(mktemp -d)
APP_PID=
SQL=(mariadb -h 127.0.0.1 -u root ${COSO_TEST_DB_PASSWORD:+-p"$COSO_TEST_DB_PASSWORD"})

cleanup() {
  [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  "${SQL[@]}" -e "DROP DATABASE IF EXISTS $DB" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

APP="$ROOT/backend/target/quarkus-app"
[[ -f $APP/quarkus-run.jar ]] || mvn -B -q -f "$ROOT/backend" package -DskipTests
"${SQL[@]}" -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"

java "-Xmx$HEAP" \
  -Dquarkus.profile=local -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:mariadb://127.0.0.1:3306/$DB" \
  -Dquarkus.datasource.username=root -Dquarkus.datasource.password="${COSO_TEST_DB_PASSWORD:-}" \
  -Dquarkus.oidc.auth-server-url="$KEYCLOAK/realms/coso" \
  -Dquarkus.keycloak.admin-client.server-url="$KEYCLOAK" \
  -Dquarkus.keycloak.admin-client.client-secret=coso-staff-admin-dev-secret \
  -Dquarkus.http.proxy.proxy-address-forwarding=true -Dquarkus.http.proxy.allow-x-forwarded=true \
  -Dquarkus.http.proxy.trusted-proxies=127.0.0.1 \
  -Dcoso.abuse.rate-limits.public-feedback.requests=1000000000 \
  -Dcoso.demo.enabled=true \
  -jar "$APP/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -sf "http://localhost:$PORT/q/health/live" > /dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
count() { "${SQL[@]}" -N -e "SELECT COUNT(*) FROM $DB.feedback"; }
questions() { "${SQL[@]}" -N -e "SHOW GLOBAL STATUS LIKE 'Questions'" | cut -f2; }
echo "BENCH backend up with -Xmx$HEAP on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
BEFORE_ROWS=$(count)
echo "BENCH feedback rows before: $BEFORE_ROWS (demo data)"

BEFORE_Q=$(questions)
java "$ROOT/bench/feedback/FeedbackBench.java" "http://localhost:$PORT" "$SECONDS_MEASURED" "$CONCURRENCY" "$CLIENTS" "$WARMUP"
AFTER_Q=$(questions)
AFTER_ROWS=$(count)
echo "BENCH feedback rows after: $AFTER_ROWS; senders: $("${SQL[@]}" -N -e "SELECT COUNT(*) FROM $DB.feedback_sender");" \
  "idempotency keys: $("${SQL[@]}" -N -e "SELECT COUNT(*) FROM $DB.idempotency_key");" \
  "rate-limit counters: $("${SQL[@]}" -N -e "SELECT COUNT(*) FROM $DB.rate_limit_window")"
echo "BENCH SQL statements per accepted submission (whole server, all clients): " \
  "$(( (AFTER_Q - BEFORE_Q) / (AFTER_ROWS - BEFORE_ROWS) ))"
echo "BENCH load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
