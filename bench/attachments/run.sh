#!/usr/bin/env bash
# Attachment upload benchmark: the packaged backend alone, with a small heap (HEAP, default 128m), on a fresh
# database with the demo data. CLIENTS clients (default 10) upload a file of SIZE_MB each (default 10) at once to
# one feedback, for ROUNDS rounds, after a round of 1 MB files; the heap used is sampled every 200 ms with jstat
# while they run, so that one sees whether it grows with the file size (it must not: uploads are streamed to
# disk and into the database chunk by chunk). Prints throughput, the heap peak per round and the load average.
# Needs MariaDB on 127.0.0.1:3306 (root, COSO_TEST_DB_PASSWORD) and a Keycloak with the coso realm
# (COSO_TEST_KEYCLOAK_URL, default http://localhost:8181). Builds the backend if it is not built.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HEAP=${HEAP:-128m}
PORT=${PORT:-8098}
CLIENTS=${CLIENTS:-10}
SIZE_MB=${SIZE_MB:-10}
ROUNDS=${ROUNDS:-3}
KEYCLOAK=${COSO_TEST_KEYCLOAK_URL:-http://localhost:8181}
DB=coso_bench_attachments_$(date +%s)
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

java "-Xmx$HEAP" \
  -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:mariadb://127.0.0.1:3306/$DB" \
  -Dquarkus.datasource.username=root -Dquarkus.datasource.password="${COSO_TEST_DB_PASSWORD:-}" \
  -Dquarkus.oidc.auth-server-url="$KEYCLOAK/realms/coso" \
  -Dquarkus.keycloak.admin-client.server-url="$KEYCLOAK" \
  -Dquarkus.keycloak.admin-client.client-secret=coso-staff-admin-dev-secret \
  -Dcoso.demo.enabled=true \
  -Dcoso.attachments.max-files-per-record=1000 -Dcoso.attachments.max-bytes-per-record=10G \
  -jar "$APP/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
echo "BENCH backend up with -Xmx$HEAP on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, MariaDB $(sql -N -e 'select version()')"

TOKEN=$(curl -sf -d grant_type=password -d client_id=coso-cli -d username=officer.bachdang -d password=officer \
  "$KEYCLOAK/realms/coso/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
FEEDBACK=$(sql -N -e "SELECT f.id FROM $DB.feedback f JOIN $DB.unit u ON u.id = f.unit_id WHERE u.code = '06694' LIMIT 1")
URL="http://localhost:$PORT/api/v1/attachments/feedback/$FEEDBACK"

# Distinct PDF-headed files (per-record deduplication would otherwise store one).
make_files() {
  local mb=$1 round=$2
  for c in $(seq 1 "$CLIENTS"); do
    { printf '%%PDF-1.4\n%% round %s client %s\n' "$round" "$c"; head -c $((mb * 1024 * 1024)) /dev/urandom; } > "$WORK/f-$round-$c.pdf"
  done
}

heap_peak_kb() { sort -n "$WORK/heap" | tail -1; }

round() {
  local mb=$1 round=$2
  make_files "$mb" "$round"
  : > "$WORK/heap"
  ( while kill -0 "$APP_PID" 2>/dev/null; do
      jstat -gc "$APP_PID" | awk 'NR==2 { print int($3 + $4 + $6 + $8) }' >> "$WORK/heap"; sleep 0.2
    done ) &
  local sampler=$! start end codes clients=()
  start=$(date +%s.%N)
  for c in $(seq 1 "$CLIENTS"); do
    curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" \
      -F "file=@$WORK/f-$round-$c.pdf;type=application/pdf" "$URL" >> "$WORK/codes-$round" &
    clients+=($!)
  done
  wait "${clients[@]}" || true
  end=$(date +%s.%N)
  kill "$sampler" 2>/dev/null || true
  codes=$(sort "$WORK/codes-$round" | uniq -c | xargs)
  awk -v mb="$mb" -v c="$CLIENTS" -v s="$start" -v e="$end" -v peak="$(heap_peak_kb)" -v codes="$codes" -v la="$(cut -d' ' -f1-3 /proc/loadavg)" \
    'BEGIN { t = e - s; printf "BENCH %d x %2d MB at once: %5.1f s, %5.1f MB/s, heap used peak %4.0f MB (answers: %s; load %s)\n", c, mb, t, c * mb / t, peak / 1024, codes, la }'
}

round 1 warmup
for r in $(seq 1 "$ROUNDS"); do
  round "$SIZE_MB" "$r"
done
RSS=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$APP_PID/status")
echo "BENCH process peak RSS ${RSS} MB; stored: $(sql -N -e "SELECT COUNT(*), ROUND(SUM(size_bytes) / 1048576) FROM $DB.attachment" | awk '{print $1 " files, " $2 " MB"}'), chunks $(sql -N -e "SELECT COUNT(*) FROM $DB.attachment_chunk")"
