#!/usr/bin/env bash
# Report benchmark: the packaged backend alone on a fresh database with the demo data; times the
# annual report (JSON for the province, a district and a commune; the PDF, XLSX and CSV exports;
# the public figures), then makes the data set ten times the demo (grow.py) and times it again.
# Needs MariaDB on 127.0.0.1:3306 (root, COSO_TEST_DB_PASSWORD) and a Keycloak with the coso realm
# (COSO_TEST_KEYCLOAK_URL, default http://localhost:8181). Builds the backend if it is not built.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=${PORT:-8097}
RUNS=${RUNS:-10}
COPIES=${COPIES:-9}
KEYCLOAK=${COSO_TEST_KEYCLOAK_URL:-http://localhost:8181}
DB=coso_bench_reports_$(date +%s)
WORK=$(mktemp -d)
APP_PID=
sql() { mariadb -h 127.0.0.1 -u root ${COSO_TEST_DB_PASSWORD:+-p"$COSO_TEST_DB_PASSWORD"} "$@"; }

cleanup() {
  [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [[ -n ${KEEP_DB:-} ]] || sql -e "DROP DATABASE IF EXISTS $DB" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

APP="$ROOT/backend/target/quarkus-app"
[[ -f $APP/quarkus-run.jar ]] || mvn -B -q -f "$ROOT/backend" package -DskipTests
sql -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"

# shellcheck source=../../scripts/lib/jvm.sh
source "$ROOT/scripts/lib/jvm.sh"
# The JVM options production runs with (HEAP=512m overrides the heap, as runs before 2026-12-03 had it).
# shellcheck disable=SC2086
java $COSO_JAVA_OPTS ${HEAP:+"-Xmx$HEAP"} \
  -Dquarkus.profile=local -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:mariadb://127.0.0.1:3306/$DB" \
  -Dquarkus.datasource.username=root -Dquarkus.datasource.password="${COSO_TEST_DB_PASSWORD:-}" \
  -Dquarkus.oidc.auth-server-url="$KEYCLOAK/realms/coso" \
  -Dquarkus.keycloak.admin-client.server-url="$KEYCLOAK" \
  -Dquarkus.keycloak.admin-client.client-secret=coso-staff-admin-dev-secret \
  -Dcoso.demo.enabled=true \
  -jar "$APP/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
echo "BENCH backend up ($COSO_JAVA_OPTS${HEAP:+ -Xmx$HEAP}) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB, MariaDB $(sql -N -e 'select version()')"

token() {
  curl -sf -d grant_type=password -d client_id=coso-cli -d username=viewer -d password=viewer \
    "$KEYCLOAK/realms/coso/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
TOKEN=$(token)
API="http://localhost:$PORT/api/v1"
# The demo is the province as it is now (issue 11): codes reused by the 2025 communes name two units;
# the 2024 ones are the first holders, Phường Hồng Gai the one that holds 06685 today.
unit_id() { sql -N -e "SELECT id FROM $DB.unit WHERE code = '$1' ORDER BY id LIMIT 1"; }
PROVINCE=$(unit_id 22)
HALONG=$(unit_id 193)
BACHDANG=$(unit_id 06694)
HONGGAI=$(sql -N -e "SELECT id FROM $DB.unit WHERE code = '06685' AND valid_to IS NULL")
echo "BENCH demo loaded: $(grep -o 'Demo data: [0-9]* record(s) added in [0-9]* ms' "$WORK/app.log" | head -1);" \
  "$(grep -o 'reorganisations created, closed or changed [0-9]* unit(s) in [0-9]* ms' "$WORK/app.log" | head -1)"

# The database's own speed in the same run, as the yardstick: sysbench point selects, 4 threads, 20 s.
sysbench_point_select() {
  local sb="sysbench oltp_point_select --db-driver=mysql --mysql-host=127.0.0.1 --mysql-user=root"
  sb+=" ${COSO_TEST_DB_PASSWORD:+--mysql-password=$COSO_TEST_DB_PASSWORD} --mysql-db=$DB --tables=1 --table-size=100000"
  $sb prepare > /dev/null 2>&1 || return 0
  echo "BENCH sysbench oltp_point_select (4 threads, 20 s): $($sb --threads=4 --time=20 run 2>/dev/null \
    | awk '/queries:/ {print $3 " " $4 " " $5}') ; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  $sb cleanup > /dev/null 2>&1 || true
}

sizes() {
  local counts=""
  for table in unit unit_placement party_organization party_member inspection training regulation conference document; do
    counts+="$table $(sql -N -e "SELECT COUNT(*) FROM $DB.$table"), "
  done
  echo "BENCH data: ${counts%, }"
}

# Prints min / median / max of RUNS timed requests after one warm-up, in milliseconds.
measure() {
  local label=$1 url=$2 accept=${3:-application/json} times=()
  curl -sf -o "$WORK/out" -H "Authorization: Bearer $TOKEN" -H "Accept: $accept" "$url" > /dev/null
  local size
  size=$(stat -c %s "$WORK/out")
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" -H "Accept: $accept" "$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v size="$size" '
    { t[NR] = $1 * 1000 } END { printf "BENCH %-34s min %6.0f ms  median %6.0f ms  max %6.0f ms  (%d bytes)\n",
      label, t[1], t[int((NR + 1) / 2)], t[NR], size }'
}

run_all() {
  TOKEN=$(token)
  measure "province 2024 (json)" "$API/reports/annual?year=2024&unitId=$PROVINCE"
  measure "Hạ Long 2024 (json)" "$API/reports/annual?year=2024&unitId=$HALONG"
  measure "Bạch Đằng 2024 (json)" "$API/reports/annual?year=2024&unitId=$BACHDANG"
  measure "province 2024 (pdf)" "$API/reports/annual?year=2024&unitId=$PROVINCE" application/pdf
  measure "province 2024 (xlsx)" "$API/reports/annual?year=2024&unitId=$PROVINCE&format=xlsx"
  measure "province 2024 (csv)" "$API/reports/annual?year=2024&unitId=$PROVINCE&format=csv"
  measure "public figures 2024" "$API/public/figures?year=2024"
  # With lineage: 2024 in the structure of its last day (the default, structure=period) is the first
  # row; the same year rolled up into today's 54 communes, and 2026 on the new structure:
  measure "province 2024 structure=current" "$API/reports/annual?year=2024&unitId=$PROVINCE&structure=current"
  measure "province 2026 (period)" "$API/reports/annual?year=2026&unitId=$PROVINCE"
  measure "Hồng Gai 2024 structure=current" "$API/reports/annual?year=2024&unitId=$HONGGAI&structure=current"
  echo "BENCH load average $(cut -d' ' -f1-3 /proc/loadavg)"
  curl -sf -H "Authorization: Bearer $TOKEN" "$API/reports/annual?year=2024&unitId=$PROVINCE" | python3 -c '
import json, sys
r = json.load(sys.stdin)
f = {x["key"]: x["value"] for s in r["sections"] for x in s["figures"]}
print("BENCH province 2024: documents %(documents.issued)s, trainings %(trainings.classes)s / %(trainings.attendances)s,"
      " inspected %(inspections.organizationsInspected)s / %(inspections.membersInspected)s,"
      " supervised %(inspections.organizationsSupervised)s / %(inspections.membersSupervised)s,"
      " regulation share %(regulations.share)s" % f, "; breakdown rows", len(r["breakdown"]), "; lagging units", len(r["lagging"]))'
}

echo "BENCH --- the demo data set"
sizes
sysbench_point_select
run_all
[[ -n ${PDF_SAMPLE:-} ]] && curl -sf -H "Authorization: Bearer $TOKEN" -o "$PDF_SAMPLE" \
  "$API/reports/annual?year=2024&unitId=$PROVINCE&format=pdf"

echo "BENCH --- growing the data set to $((COPIES + 1)) times the demo"
start=$(date +%s)
python3 "$ROOT/bench/reports/grow.py" "$COPIES" | sql "$DB"
echo "BENCH grown in $(( $(date +%s) - start )) s"
sizes
run_all
sysbench_point_select
