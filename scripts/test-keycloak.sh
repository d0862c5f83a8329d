#!/usr/bin/env bash
# A test Keycloak for working on one part: fresh realm import, on PORT (default 8181), in the
# foreground until Ctrl-C. Then run single test classes against it, e.g.
#   ./scripts/test-keycloak.sh 8281 &
#   COSO_TEST_KEYCLOAK_URL=http://localhost:8281 mvn -f backend verify -Dtest=UnitResourceTest
# A second argument, FRONTEND_PORT, lets a frontend on http://localhost:FRONTEND_PORT sign in too
# (browser tests against a build served there).
set -euo pipefail

PORT=${1:-8181}
export COSO_LOGS="${COSO_LOGS:-$(cd "$(dirname "$0")/.." && pwd)/.run/logs/keycloak-$PORT}"
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
# shellcheck source=lib/keycloak.sh
source "$COSO_ROOT/scripts/lib/keycloak.sh"

mkdir -p "$COSO_LOGS"
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
log="$COSO_LOGS/keycloak.log"
COSO_KEYCLOAK_EXTRA_APP_URL=${2:+http://localhost:$2} keycloak_start "test-$PORT" "$PORT" fresh "$log"
keycloak_wait "$PORT" "$log" || die "Keycloak did not start (log: $log)"
info "Keycloak ready: http://localhost:$PORT (realm coso; Ctrl-C stops it)"
wait "$KEYCLOAK_PID"
