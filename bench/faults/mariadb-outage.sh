#!/usr/bin/env bash
# MariaDB stopped for 30 s under steady traffic: requests must answer 503 problem+json quickly (no
# thread pile-up), readiness must say DOWN, and the service must recover by itself.
#   bench/faults/mariadb-outage.sh [OUTAGE_SECONDS=30] [CLIENTS=8]
source "$(dirname "$0")/lib.sh"
OUTAGE=${1:-30}
CLIENTS=${2:-8}
trap cleanup EXIT

db_start
if ! sql -e 'SELECT 1 FROM coso_faults.flyway_schema_history LIMIT 1' >/dev/null 2>&1; then db_fresh; fi
backend_start
UNIT=$(curl -sf "$BACKEND_URL/api/v1/public/units?q=bach%20dang" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
TOTAL=$((OUTAGE + 45))
log "probing for ${TOTAL} s: $CLIENTS clients on GET /api/v1/public/units, one on /q/health/ready"
pids=()
for c in $(seq 1 "$CLIENTS"); do
  python3 "$(dirname "$0")/client.py" probe "$BACKEND_URL" "/api/v1/public/units?q=ha%20long" "$TOTAL" "$FAULTS_WORK/db-api-$c.json" &
  pids+=($!)
done
python3 "$(dirname "$0")/client.py" probe "$BACKEND_URL" "/q/health/ready" "$TOTAL" "$FAULTS_WORK/db-health.json" &
pids+=($!)
sleep 5
log "stopping MariaDB"
db_stop
# The outage counts from the moment mariadbd has exited (a clean shutdown takes a few seconds).
STOPPED=$(date +%s.%N)
log "MariaDB is down"
sleep "$OUTAGE"
# A write while it is down: 503 too, and nothing half-written afterwards.
curl -s -o "$FAULTS_WORK/db-post.json" -w '%{http_code} %{content_type} %{time_total}\n' -H 'Content-Type: application/json' \
  -H "Idempotency-Key: outage-$(date +%s%N)" -d "{\"unitId\": $UNIT, \"right\": \"KNOW\", \"title\": \"outage write\", \"text\": \"x\", \"anonymous\": true}" \
  "$BACKEND_URL/api/v1/public/feedback" >"$FAULTS_WORK/db-post.txt" || true
log "starting MariaDB again"
db_start
RESTARTED=$(date +%s.%N)
wait "${pids[@]}"
OUTAGE_WRITES=$(sql coso_faults -e "SELECT COUNT(*) FROM feedback WHERE title = 'outage write'")

python3 - "$FAULTS_WORK" "$CLIENTS" "$STOPPED" "$RESTARTED" "$OUTAGE_WRITES" <<'PY'
import collections, json, statistics, sys
work, clients, stopped, restarted, outage_writes = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
api = [s for c in range(1, clients + 1) for s in json.load(open(f"{work}/db-api-{c}.json"))]
health = json.load(open(f"{work}/db-health.json"))
post = open(f"{work}/db-post.txt").read().split()

def window(samples, a, b):
    # "t" is when the answer came: a request counts in the window when it was sent and answered in it.
    return [s for s in samples if a <= s["t"] - s["seconds"] and s["t"] < b]

down = window(api, stopped, restarted)
after = window(api, restarted, 1e12)
first_ok = min((s["t"] for s in after if s["status"] == 200), default=None)
first_health_up = min((s["t"] for s in window(health, restarted, 1e12) if s["status"] == 200), default=None)
q = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(p * len(xs)))] if xs else None
report = {
    "requests while MariaDB was down": len(down),
    "their statuses": dict(collections.Counter(s["status"] for s in down)),
    "problem+json among the 503s": sum(1 for s in down if s["status"] == 503 and (s["type"] or "").startswith("application/problem+json")),
    "codes": dict(collections.Counter(json.loads(s["body"]).get("code") for s in down if s["status"] == 503)),
    "latency while down, median / p95 / max (s)": [statistics.median([s["seconds"] for s in down]) if down else None,
                                                   q([s["seconds"] for s in down], 0.95), max((s["seconds"] for s in down), default=None)],
    "readiness while down": dict(collections.Counter(s["status"] for s in window(health, stopped, restarted))),
    "write while down (status, type, seconds)": post,
    "rows written by that write": outage_writes,
    "seconds from MariaDB's restart to the first 200": None if first_ok is None else round(first_ok - restarted, 2),
    "seconds from MariaDB's restart to readiness UP": None if first_health_up is None else round(first_health_up - restarted, 2),
    "statuses after the restart": dict(collections.Counter(s["status"] for s in after)),
    "any 500": any(s["status"] == 500 for s in api),
}
print(json.dumps(report, indent=2, ensure_ascii=False))
ok = (down and all(s["status"] == 503 for s in down) and first_ok is not None and first_health_up is not None
      and not report["any 500"] and post[0] == "503" and outage_writes == 0
      and set(report["readiness while down"]) == {503})
print("RESULT:", "PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
