#!/usr/bin/env bash
# Public feedback intake benchmark: the packaged backend alone (the JVM options of scripts/lib/jvm.sh)
# on a fresh database with the demo data, the rate limit raised out of the way (its counter still
# written per request), after sysbench's single-row insert rate on the same MariaDB as the yardstick
# (issue 15: intake at least 25 % of it); FeedbackBench.java posts
# feedback with CONCURRENCY workers (default 16) from CLIENTS addresses (default 1000) for SECONDS
# (default 30) after a WARMUP (default 10) and prints accepted submissions per second (BENCH lines),
# then the SQL statements per submission and the rows in the database, and fails if a submission
# was lost or duplicated (rows added against 201s, every tenth sent twice with the same key).
# Needs MariaDB on 127.0.0.1:3306 (root, COSO_TEST_DB_PASSWORD). No Keycloak is needed for the
# public endpoints; the backend only warns that it cannot reach one. Builds the backend if needed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
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
  "${SQL[@]}" -e "DROP DATABASE IF EXISTS $DB; DROP DATABASE IF EXISTS ${DB}_sb" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

APP="$ROOT/backend/target/quarkus-app"
[[ -f $APP/quarkus-run.jar ]] || mvn -B -q -f "$ROOT/backend" package -DskipTests
"${SQL[@]}" -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"

# shellcheck source=../../scripts/lib/jvm.sh
source "$ROOT/scripts/lib/jvm.sh"
# The database's single-row insert rate, same server, same moment: sysbench on a table of its own.
SB=(sysbench --db-driver=mysql --mysql-host=127.0.0.1 --mysql-user=root ${COSO_TEST_DB_PASSWORD:+--mysql-password="$COSO_TEST_DB_PASSWORD"}
  --mysql-db="${DB}_sb" --tables=1 --table-size=10000 --threads=4 --time=20)
if command -v sysbench > /dev/null; then
  "${SQL[@]}" -e "CREATE DATABASE ${DB}_sb"
  "${SB[@]}" oltp_insert prepare > /dev/null
  INSERT_RATE=$("${SB[@]}" oltp_insert run | awk '/queries:/ {gsub(/[(]/, "", $3); print int($3)}')
  "${SQL[@]}" -e "DROP DATABASE ${DB}_sb"
  echo "BENCH sysbench oltp_insert (4 threads, 20 s): $INSERT_RATE rows/s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
else
  INSERT_RATE=
  echo "BENCH no sysbench (apt-get install -y sysbench): no insert rate to compare with"
fi

# shellcheck disable=SC2086
java $COSO_JAVA_OPTS \
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
echo "BENCH backend up ($COSO_JAVA_OPTS) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
BEFORE_ROWS=$(count)
echo "BENCH feedback rows before: $BEFORE_ROWS (demo data)"

BEFORE_Q=$(questions)
java "$ROOT/bench/feedback/FeedbackBench.java" "http://localhost:$PORT" "$SECONDS_MEASURED" "$CONCURRENCY" "$CLIENTS" "$WARMUP" \
  | tee "$WORK/bench.out"
AFTER_Q=$(questions)
AFTER_ROWS=$(count)
echo "BENCH feedback rows after: $AFTER_ROWS; senders: $("${SQL[@]}" -N -e "SELECT COUNT(*) FROM $DB.feedback_sender");" \
  "idempotency keys: $("${SQL[@]}" -N -e "SELECT COUNT(*) FROM $DB.idempotency_key");" \
  "rate-limit counters: $("${SQL[@]}" -N -e "SELECT COUNT(*) FROM $DB.rate_limit_window")"
echo "BENCH SQL statements per accepted submission (whole server, all clients): " \
  "$(( (AFTER_Q - BEFORE_Q) / (AFTER_ROWS - BEFORE_ROWS) ))"
RATE=$(sed -n 's/^BENCH accepted [0-9]* in [0-9]* s = \([0-9.]*\) submissions.*/\1/p' "$WORK/bench.out")
[[ -n $INSERT_RATE && -n $RATE ]] && echo "BENCH intake $RATE/s = $(awk -v r="$RATE" -v i="$INSERT_RATE" 'BEGIN {printf "%.1f", 100 * r / i}') % of the raw insert rate ($INSERT_RATE rows/s)"
ACCEPTED=$(sed -n 's/^BENCH accepted in all: //p' "$WORK/bench.out")
ADDED=$((AFTER_ROWS - BEFORE_ROWS))
echo "BENCH 201s (first sends) $ACCEPTED, feedback rows added $ADDED: lost $((ACCEPTED > ADDED ? ACCEPTED - ADDED : 0)), duplicated $((ADDED > ACCEPTED ? ADDED - ACCEPTED : 0))"
echo "BENCH load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $ACCEPTED == "$ADDED" ]] || { echo "BENCH FAIL: the database does not hold exactly the accepted submissions" >&2; exit 1; }
