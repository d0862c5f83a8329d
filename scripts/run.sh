#!/usr/bin/env bash
# Coso's run command: MariaDB, Keycloak (realm coso), the backend with demo data and the frontend
# dev server, on one machine. Ctrl-C stops everything this script started.
#
#   ./scripts/run.sh
#   COSO_INSTANCES=2 ./scripts/run.sh    # a second backend instance on port 8081, same database
#
# Needs Java 17+, Maven and Node 20; scripts/provision.sh fetches the rest (Keycloak, node_modules,
# Maven dependencies; an embedded MariaDB when no MariaDB answers on 127.0.0.1:3306) into
# ${COSO_CACHE:-~/.cache/coso}. Logs: .run/logs/.
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
# shellcheck source=lib/mariadb.sh
source "$COSO_ROOT/scripts/lib/mariadb.sh"
# shellcheck source=lib/keycloak.sh
source "$COSO_ROOT/scripts/lib/keycloak.sh"
# shellcheck source=lib/mail.sh
source "$COSO_ROOT/scripts/lib/mail.sh"
# shellcheck source=lib/jvm.sh
source "$COSO_ROOT/scripts/lib/jvm.sh"

KEYCLOAK_PORT=8180
BACKEND_PORT=8080
FRONTEND_PORT=5173
BACKEND2_PORT=${COSO_BACKEND2_PORT:-8081}
MAIL_SMTP_PORT=${COSO_MAIL_SMTP_PORT:-3025}
MAIL_WEB_PORT=${COSO_MAIL_WEB_PORT:-8025}
INSTANCES=${COSO_INSTANCES:-1}
[[ $INSTANCES == 1 || $INSTANCES == 2 ]] || die "COSO_INSTANCES is 1 or 2"
BACKEND_DIR="$COSO_ROOT/backend"
FRONTEND_DIR="$COSO_ROOT/frontend"
BACKEND_JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"

cleanup() {
  trap - EXIT INT TERM
  # Whatever happens to our output (a closed pipe after Ctrl-C in `run.sh | tee`), stop everything.
  trap '' PIPE
  set +e
  echo
  stop_all
  mariadb_stop_system
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# build_backend: package the backend when its sources are newer than the jar.
build_backend() {
  if [[ -f $BACKEND_JAR && -z $(find "$BACKEND_DIR/pom.xml" "$BACKEND_DIR/src" -newer "$BACKEND_JAR" -print -quit) ]]; then
    info "backend is up to date ($BACKEND_JAR)"
    return 0
  fi
  local log="$COSO_LOGS/backend-build.log" start
  start=$(now)
  info "building the backend (mvn package; the first build fetches dependencies: a few minutes; log: $log)"
  if ! "${COSO_MVN[@]}" -f "$BACKEND_DIR/pom.xml" package -DskipTests >"$log" 2>&1; then
    show_log_tail "$log" 60
    die "the backend did not build"
  fi
  info "backend built ($(($(now) - start)) s)"
}

backend_ready() { http_ok "http://localhost:$BACKEND_PORT/q/health/ready"; }
frontend_ready() { http_ok "http://localhost:$FRONTEND_PORT/"; }

started=$(now)
require_free_port "$BACKEND_PORT" "the backend"
require_free_port "$FRONTEND_PORT" "the frontend"
require_free_port "$MAIL_SMTP_PORT" "the mail server (SMTP)"
require_free_port "$MAIL_WEB_PORT" "the mail server (web)"
[[ $INSTANCES == 2 ]] && require_free_port "$BACKEND2_PORT" "the second backend instance"

# 0. What this machine needs (Keycloak's distribution, node_modules, Maven dependencies): only what
#    is missing or changed (scripts/provision.sh).
"$COSO_ROOT/scripts/provision.sh" run

# 1. MariaDB, with Coso's own database and user.
mariadb_ensure keep
db_create coso coso coso
info "database 'coso' and user 'coso' are ready"

# 2. Keycloak boots in the background while the backend and frontend are prepared.
keycloak_log="$COSO_LOGS/keycloak.log"
keycloak_start run "$KEYCLOAK_PORT" keep "$keycloak_log"
build_backend
keycloak_wait "$KEYCLOAK_PORT" "$keycloak_log" || exit 1

# 3. The backend, with the demo data, then the frontend dev server.
# start_backend PORT DEMO LOG: one instance; every instance shares the database, the scheduled jobs
# run on one of them at a time (Quartz, clustered) and mail goes out through the local GreenMail.
start_backend() {
  local port=$1 demo=$2 log=$3
  info "starting a backend instance on port $port (log: $log)"
  start_bg "backend :$port" "$log" env \
    QUARKUS_PROFILE=local QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="$(jdbc_url coso)" \
    QUARKUS_DATASOURCE_USERNAME=coso \
    QUARKUS_DATASOURCE_PASSWORD=coso \
    QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:$KEYCLOAK_PORT/realms/coso" \
    COSO_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
    QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=coso-staff-admin-dev-secret \
    COSO_DEMO_ENABLED="$demo" \
    COSO_CORS_ORIGINS="http://localhost:$FRONTEND_PORT,http://127.0.0.1:$FRONTEND_PORT" \
    COSO_SMTP_HOST=127.0.0.1 COSO_SMTP_PORT="$MAIL_SMTP_PORT" \
    COSO_NOTIFICATIONS_SECRET=coso-dev-unsubscribe-secret \
    COSO_PUBLIC_URL="http://localhost:$FRONTEND_PORT" COSO_API_URL="http://localhost:$BACKEND_PORT" \
    java $COSO_JAVA_OPTS -jar "$BACKEND_JAR"
}

mail_log="$COSO_LOGS/greenmail.log"
greenmail_start "$MAIL_SMTP_PORT" "$MAIL_WEB_PORT" "$mail_log"
mail_pid=$COSO_LAST_PID
wait_until 60 "GreenMail" "$mail_pid" "$mail_log" greenmail_ready "$MAIL_WEB_PORT" || exit 1

backend_log="$COSO_LOGS/backend.log"
start_backend "$BACKEND_PORT" true "$backend_log"
backend_pid=$COSO_LAST_PID

frontend_log="$COSO_LOGS/frontend.log"
info "starting the frontend dev server on port $FRONTEND_PORT (log: $frontend_log)"
start_bg "frontend :$FRONTEND_PORT" "$frontend_log" \
  bash -c "cd '$FRONTEND_DIR' && exec npm run dev -- --port $FRONTEND_PORT --strictPort"
frontend_pid=$COSO_LAST_PID

wait_until 180 "backend" "$backend_pid" "$backend_log" backend_ready || exit 1
if [[ $INSTANCES == 2 ]]; then
  # After the first: it has migrated the schema and loaded the demo data.
  backend2_log="$COSO_LOGS/backend-2.log"
  start_backend "$BACKEND2_PORT" false "$backend2_log"
  backend2_pid=$COSO_LAST_PID
  backend2_ready() { http_ok "http://localhost:$BACKEND2_PORT/q/health/ready"; }
  wait_until 180 "backend 2" "$backend2_pid" "$backend2_log" backend2_ready || exit 1
fi
wait_until 60 "frontend" "$frontend_pid" "$frontend_log" frontend_ready || exit 1

cat <<EOF

${_c_green}${_c_bold}Coso is running${_c_off} (ready in $(($(now) - started)) s). Ctrl-C stops it.

  App              http://localhost:$FRONTEND_PORT
  Public portal    http://localhost:$FRONTEND_PORT/portal   (no sign-in: feedback, tracking, consultations)
  API              http://localhost:$BACKEND_PORT/api/v1   (health: http://localhost:$BACKEND_PORT/q/health)
  Swagger UI       http://localhost:$BACKEND_PORT/q/swagger-ui
$( [[ $INSTANCES == 2 ]] && echo "  API, instance 2 http://localhost:$BACKEND2_PORT/api/v1   (same database; jobs run on one instance at a time)" )
  Mail (GreenMail) http://127.0.0.1:$MAIL_WEB_PORT   (SMTP 127.0.0.1:$MAIL_SMTP_PORT; every mail the app sends lands here)
  Keycloak admin   http://localhost:$KEYCLOAK_PORT/admin   (admin / admin; realm "coso")
  MariaDB          $MARIADB_HOST:$MARIADB_PORT, database coso (coso / coso)  [$MARIADB_ORIGIN]
  Logs             $COSO_LOGS

  Demo users (password)          role        unit
  admin (admin)                  admin       22     Tỉnh Quảng Ninh
  officer.halong (officer)       officer     193    Thành phố Hạ Long
  officer.bachdang (officer)     officer     06694  Phường Bạch Đằng, Hạ Long
  inspector (inspector)          inspector   22     Tỉnh Quảng Ninh
  viewer (viewer)                viewer      22     Tỉnh Quảng Ninh
  Client credentials: coso-integration / coso-integration-dev-secret (role integration, unit 22)

EOF

# Run until Ctrl-C, or until one of the parts dies (then stop the others).
while true; do
  for entry in "${COSO_STARTED[@]}"; do
    pid=${entry%%|*}
    rest=${entry#*|}
    if ! alive "$pid"; then
      fail "${rest%%|*} stopped unexpectedly (log: ${rest#*|})"
      show_log_tail "${rest#*|}"
      exit 1
    fi
  done
  sleep 2
done
