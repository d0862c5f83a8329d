#!/usr/bin/env bash
# The national bench (issue 15), by hand only (never from .ci/run or the test command). In one
# sitting, on one MariaDB: sysbench oltp_point_select and oltp_insert (the database's limit on this
# machine), then wrk on the API's reads (a unit by id, the first and the hundredth page of the
# lists) against the packaged backend on DB, then the backend's resident memory. Prints one table,
# each API rate beside its ratio to the point-select rate.
#
#   bench/national/run.sh coso_national          # a database made by generate.py (or the demo's)
#   JAR=/other/quarkus-app/quarkus-run.jar LABEL=before bench/national/run.sh coso_demo
#
# Needs MariaDB on 127.0.0.1:3306 (root), a Keycloak with the coso realm (COSO_TEST_KEYCLOAK_URL,
# default http://localhost:8181), wrk and sysbench (apt-get install -y wrk sysbench). The backend
# runs with the JVM options of scripts/lib/jvm.sh (COSO_JAVA_OPTS overrides them).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=${1:?usage: $0 DATABASE}
PORT=${PORT:-8252}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-4}
LABEL=${LABEL:-$DB}
KEYCLOAK=${COSO_TEST_KEYCLOAK_URL:-http://localhost:8181}
JAR=${JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}
# shellcheck source=../../scripts/lib/jvm.sh
source "$ROOT/scripts/lib/jvm.sh"
WORK=$(mktemp -d)
APP_PID=
sql() { mariadb -h 127.0.0.1 -u root ${COSO_TEST_DB_PASSWORD:+-p"$COSO_TEST_DB_PASSWORD"} "$@"; }
cleanup() {
  [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  sql -e "DROP DATABASE IF EXISTS sbtest_national" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null && command -v sysbench >/dev/null || { echo "needs wrk and sysbench (apt-get install -y wrk sysbench)" >&2; exit 1; }

echo "BENCH $(date -u '+%Y-%m-%d %H:%M') UTC, $LABEL, $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"\
  "$(free -g | awk '/Mem:/ {print $2}') GiB, MariaDB $(sql -N -e 'select version()'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
counts=""
for table in unit party_organization party_member inspection feedback training; do
  counts+="$table $(sql -N -e "SELECT COUNT(*) FROM $DB.$table"), "
done
echo "BENCH data: ${counts%, }; $(sql -N -e "SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = '$DB'") MiB"

# 1. The database's limit: sysbench on a table of its own in the same server.
SB=(sysbench --db-driver=mysql --mysql-host=127.0.0.1 --mysql-user=root ${COSO_TEST_DB_PASSWORD:+--mysql-password="$COSO_TEST_DB_PASSWORD"}
  --mysql-db=sbtest_national --tables=1 --table-size=100000 --threads=4 --time="${DURATION%s}")
sql -e "DROP DATABASE IF EXISTS sbtest_national; CREATE DATABASE sbtest_national"
"${SB[@]}" oltp_point_select prepare > /dev/null
POINT=$("${SB[@]}" oltp_point_select run | awk '/queries:/ {gsub(/[(]/, "", $3); print int($3)}')
INSERT=$("${SB[@]}" oltp_insert run | awk '/queries:/ {gsub(/[(]/, "", $3); print int($3)}')

# 2. The backend on DB (migrates it if needed), demo data off.
java $COSO_JAVA_OPTS -Dquarkus.profile=local -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:mariadb://127.0.0.1:3306/$DB" \
  -Dquarkus.datasource.username=root -Dquarkus.datasource.password="${COSO_TEST_DB_PASSWORD:-}" \
  -Dquarkus.oidc.auth-server-url="$KEYCLOAK/realms/coso" \
  -Dquarkus.keycloak.admin-client.server-url="$KEYCLOAK" \
  -Dquarkus.keycloak.admin-client.client-secret=coso-staff-admin-dev-secret \
  -Dcoso.demo.enabled=false -Dcoso.jobs.first-delay=1h \
  -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
started=$(date +%s%N)
until curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  sleep 0.2
done
echo "BENCH backend ready in $(( ($(date +%s%N) - started) / 1000000 )) ms, RSS $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MB (JVM: $COSO_JAVA_OPTS)"

TOKEN=$(curl -sf -d grant_type=password -d client_id=coso-cli -d username=admin -d password=admin \
  "$KEYCLOAK/realms/coso/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
API="http://localhost:$PORT/api/v1"
UNIT=$(sql -N -e "SELECT id FROM $DB.unit WHERE type = 'COMMUNE' ORDER BY id LIMIT 1")
# The annual review of the province with the most units (one request at a time: it is one leader's click).
PROVINCE=$(sql -N -e "SELECT p.id FROM $DB.unit p JOIN $DB.unit d ON d.path LIKE CONCAT(p.path, '%')
  WHERE p.type = 'PROVINCE' AND p.valid_to IS NULL GROUP BY p.id ORDER BY COUNT(*) DESC, p.id LIMIT 1")

printf '\n| %-44s | %9s | %8s | %8s | %10s |\n' "request ($LABEL)" "req/s" "p50 ms" "p99 ms" "÷ point sel."
printf '|%s|%s|%s|%s|%s|\n' "----------------------------------------------" "----------:" "---------:" "---------:" "-----------:"
printf '| %-44s | %9s | %8s | %8s | %10s |\n' "sysbench oltp_point_select (4 threads)" "$POINT" "" "" "1"
printf '| %-44s | %9s | %8s | %8s | %10s |\n' "sysbench oltp_insert (4 threads)" "$INSERT" "" "" ""
measure() {
  local label=$1 path=$2 connections=${3:-$CONNECTIONS} status threads
  threads=$(( connections < 2 ? connections : 2 ))
  status=$(curl -s -o "$WORK/body" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$API$path")
  [[ $status == 200 ]] || { echo "BENCH $path answered $status: $(head -c 300 "$WORK/body")" >&2; return; }
  # warm-up, then the measured run
  wrk -t"$threads" -c"$connections" -d5s --timeout 30s -H "Authorization: Bearer $TOKEN" "$API$path" > /dev/null
  wrk -t"$threads" -c"$connections" -d"$DURATION" --timeout 30s --latency -H "Authorization: Bearer $TOKEN" "$API$path" > "$WORK/wrk"
  local rate p50 p99
  rate=$(awk '/Requests\/sec/ {print int($2)}' "$WORK/wrk")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk")
  printf '| %-44s | %9s | %8s | %8s | %9.2f%% |\n' "$label" "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk")" "$p50" "$p99" \
    "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk" | awk -v point="$POINT" '{print 100 * $1 / point}')"
}
measure "GET /units/{id}" "/units/$UNIT"
measure "GET /inspections?size=20" "/inspections?size=20"
measure "GET /inspections?size=20&page=99" "/inspections?size=20&page=99"
measure "GET /party-members?size=20" "/party-members?size=20"
measure "GET /party-members?size=20&page=99" "/party-members?size=20&page=99"
measure "GET /party-organizations?size=20" "/party-organizations?size=20"
measure "GET /units?size=20" "/units?size=20"
measure "GET /feedback?size=20" "/feedback?size=20"
measure "GET /trainings?size=20" "/trainings?size=20"
measure "GET /reports/annual?year=2024 (province)" "/reports/annual?year=2024&unitId=$PROVINCE" 1
echo
echo "BENCH backend RSS after the run: $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MB; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
