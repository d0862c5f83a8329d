#!/usr/bin/env bash
# Public comments per second: signed-out POST /api/v1/public/consultations/{id}/comments against the
# packaged backend (built if missing) on a throwaway database, with the demo data, from N concurrent
# clients for a fixed time. The rate limit is raised so that it does not cut the load.
#   COSO_TEST_KEYCLOAK_URL=http://localhost:8181 bench/consultations/run.sh
# Settings: PORT (8382), CONCURRENCY (16), DURATION (30), HEAP (256m), IDEMPOTENCY (0/1: send a key).
set -euo pipefail
cd "$(dirname "$0")/../.."
KEYCLOAK=${COSO_TEST_KEYCLOAK_URL:-http://localhost:8181}
PORT=${PORT:-8382}
DB=coso_bench_consult_$$
[ -f backend/target/quarkus-app/quarkus-run.jar ] || mvn -f backend -q package -DskipTests
mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
log=${BACKEND_LOG:-$(mktemp)}
QUARKUS_PROFILE=local QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB" QUARKUS_DATASOURCE_USERNAME=root \
  QUARKUS_DATASOURCE_PASSWORD= QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK/realms/coso" QUARKUS_HTTP_PORT=$PORT \
  COSO_KEYCLOAK_URL="$KEYCLOAK" QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=coso-staff-admin-dev-secret \
  COSO_DEMO_ENABLED=true COSO_RATE_LIMIT_PUBLIC_COMMENTS=100000000 \
  java -Xmx${HEAP:-256m} -jar backend/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
BACKEND=$!
trap 'kill $BACKEND 2>/dev/null || true; wait $BACKEND 2>/dev/null || true; mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB"; [ -n "${BACKEND_LOG:-}" ] || rm -f "$log"' EXIT
for _ in $(seq 1 180); do curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
BACKEND_URL="http://localhost:$PORT" KEYCLOAK="$KEYCLOAK" CONCURRENCY=${CONCURRENCY:-16} SECONDS_=${DURATION:-30} \
  IDEMPOTENCY=${IDEMPOTENCY:-0} DB=$DB node bench/consultations/comments.mjs
