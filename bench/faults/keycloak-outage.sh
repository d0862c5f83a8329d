#!/usr/bin/env bash
# Keycloak stopped: tokens already issued keep working (the backend verifies them with the keys it
# has cached), signing in fails, every /api/v1/staff operation answers 503 and writes nothing.
#   KEYCLOAK_STOP='kill -TERM <pid of scripts/test-keycloak.sh>' bench/faults/keycloak-outage.sh
# Needs a private Keycloak at FAULTS_KEYCLOAK (default http://localhost:8221, e.g.
# `scripts/test-keycloak.sh 8221 &`), which this script stops with KEYCLOAK_STOP.
source "$(dirname "$0")/lib.sh"
: "${KEYCLOAK_STOP:?set KEYCLOAK_STOP to the command that stops the private Keycloak}"
trap cleanup EXIT
TOKEN_URL="$FAULTS_KEYCLOAK/realms/coso/protocol/openid-connect/token"

db_start
if ! sql -e 'SELECT 1 FROM coso_faults.flyway_schema_history LIMIT 1' >/dev/null 2>&1; then db_fresh; fi
backend_start
UNIT=$(curl -sf "$BACKEND_URL/api/v1/public/units?q=bach%20dang" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
token() { curl -sf -d grant_type=password -d client_id=coso-cli -d "username=$1" -d "password=$2" "$TOKEN_URL" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'; }
ADMIN=$(token admin admin)
VIEWER=$(token viewer viewer)
INTEGRATION=$(curl -sf -d grant_type=client_credentials -d client_id=coso-integration \
  -d client_secret=coso-integration-dev-secret "$TOKEN_URL" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
call() { # METHOD PATH TOKEN [BODY] -> "status seconds code"
  local out
  out=$(curl -s -o "$FAULTS_WORK/kc-body.json" -w '%{http_code} %{time_total}' -X "$1" -H "Authorization: Bearer $3" \
    -H 'Content-Type: application/json' -H 'Accept-Language: en' ${4:+-d "$4"} "$BACKEND_URL$2")
  echo "$out $(python3 -c 'import json,sys
try: print(json.load(open(sys.argv[1])).get("code","-"))
except Exception: print("-")' "$FAULTS_WORK/kc-body.json")"
}
STAFF_ID=$(curl -sf -H "Authorization: Bearer $ADMIN" "$BACKEND_URL/api/v1/staff?q=viewer" |
  python3 -c 'import json,sys; print([s["id"] for s in json.load(sys.stdin)["items"] if s["username"]=="viewer"][0])')
log "before: GET /staff $(call GET /api/v1/staff "$ADMIN")"
AUDIT_BEFORE=$(sql coso_faults -e "SELECT COUNT(*) FROM change_history WHERE entity_type = 'staff'")
REVOKED_BEFORE=$(sql coso_faults -e 'SELECT COUNT(*) FROM token_revocation')

log "stopping Keycloak: $KEYCLOAK_STOP"
eval "$KEYCLOAK_STOP"
for _ in $(seq 1 120); do curl -s -o /dev/null "$FAULTS_KEYCLOAK/realms/coso" || break; sleep 0.5; done
log "Keycloak is down"
{
  echo "sign-in (token endpoint): curl exit $(curl -s -o /dev/null -d grant_type=password -d client_id=coso-cli \
    -d username=admin -d password=admin "$TOKEN_URL"; echo $?)"
  for i in 1 2 3; do
    echo "GET /me as admin: $(call GET /api/v1/me "$ADMIN")"
    echo "GET /units as viewer: $(call GET '/api/v1/units?size=5' "$VIEWER")"
    echo "GET /party-organizations as integration: $(call GET '/api/v1/party-organizations?size=5' "$INTEGRATION")"
  done
  echo "GET /staff: $(call GET /api/v1/staff "$ADMIN")"
  echo "GET /staff/{id}: $(call GET "/api/v1/staff/$STAFF_ID" "$ADMIN")"
  echo "POST /staff: $(call POST /api/v1/staff "$ADMIN" '{"username":"kc.down","firstName":"An","lastName":"Lê","email":"kc.down@quangninh.test","role":"VIEWER","unitId":'"$UNIT"',"temporaryPassword":"Tạm-thời-2025!"}')"
  echo "POST /staff/{id}/disable: $(call POST "/api/v1/staff/$STAFF_ID/disable" "$ADMIN")"
  echo "POST /staff/{id}/reset-password: $(call POST "/api/v1/staff/$STAFF_ID/reset-password" "$ADMIN" '{"temporaryPassword":"Tạm-thời-2025!"}')"
  echo "GET /staff/history (Coso's own table): $(call GET /api/v1/staff/history "$ADMIN")"
  echo "readiness: $(curl -s -o /dev/null -w '%{http_code}' "$BACKEND_URL/q/health/ready")"
} | tee "$FAULTS_WORK/keycloak-outage.txt"
AUDIT_AFTER=$(sql coso_faults -e "SELECT COUNT(*) FROM change_history WHERE entity_type = 'staff'")
REVOKED_AFTER=$(sql coso_faults -e 'SELECT COUNT(*) FROM token_revocation')
echo "staff history rows: $AUDIT_BEFORE before, $AUDIT_AFTER after; token_revocation rows: $REVOKED_BEFORE before, $REVOKED_AFTER after" |
  tee -a "$FAULTS_WORK/keycloak-outage.txt"
ok=true
grep -q '^GET /me as admin: 200' "$FAULTS_WORK/keycloak-outage.txt" || ok=false
grep '^GET /\(me\|units\|party\)' "$FAULTS_WORK/keycloak-outage.txt" | grep -vq ': 200 ' && ok=false
[[ $(grep -c '^\(GET\|POST\) /staff[^h]*: 503 .* keycloak.unavailable' "$FAULTS_WORK/keycloak-outage.txt") -eq 5 ]] || ok=false
[[ $AUDIT_BEFORE == "$AUDIT_AFTER" && $REVOKED_BEFORE == "$REVOKED_AFTER" ]] || ok=false
echo "RESULT: $($ok && echo PASS || echo FAIL)"
$ok
