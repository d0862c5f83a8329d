#!/usr/bin/env bash
# kill -9 of the backend during a burst of public feedback submissions. Every submission that got
# 201 must be in the database; clients then retry every submission without a 201 with the same
# Idempotency-Key (and replay some that had one): none may be recorded twice.
#   bench/faults/kill-backend.sh [N=400] [CONCURRENCY=16]
source "$(dirname "$0")/lib.sh"
N=${1:-400}
CONCURRENCY=${2:-16}
RESULTS="$FAULTS_WORK/kill-results.json"
trap cleanup EXIT

db_start
if ! sql -e "SELECT 1 FROM coso_faults.flyway_schema_history LIMIT 1" >/dev/null 2>&1; then db_fresh; fi
log "starting the backend (demo data, first start migrates)"
backend_start
log "ready in ${BACKEND_READY_MS} ms"
UNIT=$(curl -sf "$BACKEND_URL/api/v1/public/units?q=bach%20dang" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')

rm -f "$RESULTS" "$RESULTS.progress"
log "burst: $N submissions, $CONCURRENCY at a time, kill -9 after a third"
python3 "$(dirname "$0")/client.py" submit "$BACKEND_URL" "$UNIT" "$N" "$CONCURRENCY" "$RESULTS" &
CLIENT=$!
while [[ $(cat "$RESULTS.progress" 2>/dev/null || echo 0) -lt $((N / 3)) ]]; do kill -0 "$CLIENT" 2>/dev/null || { log "the client failed"; exit 1; }; sleep 0.1; done
kill -9 "$(cat "$FAULTS_WORK/backend.pid")"
KILLED_AT=$(now_ms)
log "killed the backend with -9 after $(cat "$RESULTS.progress") answers"
wait "$CLIENT"

log "restarting the backend"
backend_start
log "ready again $(($(now_ms) - KILLED_AT)) ms after the kill (start ${BACKEND_READY_MS} ms)"
python3 "$(dirname "$0")/client.py" retry "$BACKEND_URL" "$RESULTS" 300

MARKER=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["marker"])' "$RESULTS")
sql coso_faults -e "SELECT tracking_code, title FROM feedback WHERE title LIKE '$MARKER %'" >"$FAULTS_WORK/kill-db.tsv"
python3 - "$RESULTS" "$FAULTS_WORK/kill-db.tsv" <<'PY'
import collections, json, sys
results = json.load(open(sys.argv[1]))
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[2]) if line.strip()]
db_codes = collections.Counter(code for code, _ in rows)
db_titles = collections.Counter(title for _, title in rows)
items = results["items"]
burst_201 = [i for i in items if i["attempts"][0]["status"] == 201]
burst_lost = [i for i in items if i["attempts"][0]["status"] != 201]
codes = {}
for item in items:
    for a in item["attempts"]:
        if a["status"] == 201:
            codes.setdefault(item["i"], set()).add(a["trackingCode"].replace("-", ""))
accepted_missing = [i for i, cs in codes.items() if not all(c in db_codes for c in cs)]
inconsistent = [i for i, cs in codes.items() if len(cs) > 1]
never = [i["i"] for i in items if i["i"] not in codes]
replays = [a for i in items for a in i["attempts"] if a["phase"] == "replay"]
statuses = collections.Counter(a["status"] for i in burst_lost for a in i["attempts"][:1])
report = {
    "submissions": len(items),
    "201 during the burst": len(burst_201),
    "no answer or not 201 during the burst": len(burst_lost),
    "burst failures by status (0 = no answer)": dict(statuses),
    "201 in the end (after retries with the same key)": len(codes),
    "never accepted": len(never),
    "rows in the database": len(rows),
    "every 201's tracking code found in the database": not accepted_missing,
    "titles recorded twice (duplicates)": sum(1 for t, c in db_titles.items() if c > 1),
    "keys answered with two different tracking codes": len(inconsistent),
    "replays of an accepted key (same code expected)": len(replays),
    "replays answering 201": sum(1 for a in replays if a["status"] == 201),
}
print(json.dumps(report, indent=2, ensure_ascii=False))
ok = (not accepted_missing and not inconsistent and not never and len(rows) == len(items)
      and all(c == 1 for c in db_titles.values()))
print("RESULT:", "PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
