#!/usr/bin/env bash
# The notification burst across two instances (issue 14): a fresh database, GreenMail, two backend
# instances of the packaged jar, then burst.py twice — once undisturbed, once with kill -9 of the
# second instance while webhooks and mails are being delivered. Prints the figures of each round.
#
#   COSO_BENCH_KC=http://localhost:8180 bench/notifications/run.sh
#
# Needs a running Keycloak with the coso realm (./scripts/run.sh's or ./scripts/test-keycloak.sh's),
# MariaDB on 127.0.0.1:3306 (root) and the packaged backend (mvn -f backend package -DskipTests).
# The receiver listens on 127.0.0.1, which webhooks may only reach through COSO_WEBHOOKS_ALLOWED_HOSTS.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
KC=${COSO_BENCH_KC:-http://localhost:8180}
PORT1=${COSO_BENCH_PORT1:-8262}
PORT2=${COSO_BENCH_PORT2:-8266}
SMTP=${COSO_BENCH_SMTP_PORT:-3265}
MAILWEB=${COSO_BENCH_MAIL_WEB_PORT:-8265}
DB=coso_bench_notif_$$
JAR=${COSO_BENCH_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}
GREENMAIL_JAR=${COSO_CACHE:-$HOME/.cache/coso}/greenmail-standalone-2.1.3.jar
LOGS="$ROOT/.run/logs/bench-notifications"
mkdir -p "$LOGS"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  mariadb -uroot -e "DROP DATABASE IF EXISTS $DB" || true
}
trap cleanup EXIT

[[ -f $JAR ]] || { echo "package the backend first: mvn -f backend package -DskipTests" >&2; exit 1; }
if [[ ! -f $GREENMAIL_JAR ]]; then
  mvn -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.3 -DoutputDirectory="$(dirname "$GREENMAIL_JAR")"
fi
mariadb -uroot -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
  CREATE USER IF NOT EXISTS 'coso_bench'@'127.0.0.1' IDENTIFIED BY 'coso_bench';
  CREATE USER IF NOT EXISTS 'coso_bench'@'localhost' IDENTIFIED BY 'coso_bench';
  GRANT ALL ON $DB.* TO 'coso_bench'@'127.0.0.1', 'coso_bench'@'localhost'"

java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP" -Dgreenmail.api.hostname=127.0.0.1 \
  -Dgreenmail.api.port="$MAILWEB" -Dgreenmail.auth.disabled -jar "$GREENMAIL_JAR" >"$LOGS/greenmail.log" 2>&1 &
pids+=($!)

start_backend() { # PORT DEMO LOG
  env QUARKUS_PROFILE=local QUARKUS_HTTP_PORT="$1" QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$DB" \
    QUARKUS_DATASOURCE_USERNAME=coso_bench QUARKUS_DATASOURCE_PASSWORD=coso_bench \
    QUARKUS_OIDC_AUTH_SERVER_URL="$KC/realms/coso" COSO_KEYCLOAK_URL="$KC" \
    QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=coso-staff-admin-dev-secret COSO_DEMO_ENABLED="$2" \
    COSO_SMTP_HOST=127.0.0.1 COSO_SMTP_PORT="$SMTP" COSO_NOTIFICATIONS_SECRET=bench-secret \
    COSO_JOBS_FIRST_DELAY=2s COSO_JOBS_WEBHOOK_DELIVERY_EVERY=1s COSO_JOBS_MAIL_DELIVERY_EVERY=1s \
    COSO_WEBHOOKS_LEASE=20s COSO_NOTIFICATIONS_MAIL_LEASE=20s COSO_WEBHOOKS_ALLOWED_HOSTS=127.0.0.1 \
    java -jar "$JAR" >"$3" 2>&1 &
  pids+=($!)
  last_pid=$!
}
wait_ready() { for _ in $(seq 1 240); do curl -fs -o /dev/null "http://localhost:$1/q/health/ready" && return 0; sleep 1; done; return 1; }

start_backend "$PORT1" true "$LOGS/backend-1.log"
wait_ready "$PORT1" || { tail -30 "$LOGS/backend-1.log"; exit 1; }
start_backend "$PORT2" false "$LOGS/backend-2.log"
pid2=$last_pid
wait_ready "$PORT2" || { tail -30 "$LOGS/backend-2.log"; exit 1; }
UNIT=$(mariadb -uroot -N -e "SELECT id FROM $DB.unit WHERE code = '06694'")
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

export COSO_BENCH_KC="$KC" COSO_BENCH_BACKENDS="http://localhost:$PORT1,http://localhost:$PORT2" \
  COSO_BENCH_MAIL_API="http://127.0.0.1:$MAILWEB" COSO_BENCH_UNIT_ID="$UNIT"
echo "== round 1: two instances, no kill"
COSO_BENCH_KILL_PID= python3 "$HERE/burst.py" || status1=$?
echo "== round 2: kill -9 of instance 2 (pid $pid2) once a third of the webhooks arrived"
COSO_BENCH_KILL_PID=$pid2 python3 "$HERE/burst.py" || status2=$?
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $(( ${status1:-0} + ${status2:-0} ))
