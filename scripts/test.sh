#!/usr/bin/env bash
# Coso's test command (.ci/run runs exactly this): every test, against a real MariaDB and a real
# Keycloak that it starts itself, then the browser tests on Debian's Chromium, then a check of
# docker-compose.yml. Runs unattended as root on a fresh machine; exits non-zero if a step fails.
# What the machine needs (packages, Keycloak, node_modules, Maven dependencies) is installed first
# by scripts/provision.sh test, its own step; everything after it only runs tests.
#
#   ./scripts/test.sh
#
# Ports: Keycloak 8181, backend 8082 and frontend 5174 for the browser tests; MariaDB 3306 (used if
# it answers, else the machine's server or an embedded one is started). Logs: .run/logs/test/.
# Two runs side by side (two checkouts on one machine) need other ports: COSO_TEST_KEYCLOAK_PORT,
# COSO_TEST_BACKEND_PORT, COSO_TEST_FRONTEND_PORT.
set -euo pipefail

export COSO_LOGS="${COSO_LOGS:-$(cd "$(dirname "$0")/.." && pwd)/.run/logs/test}"
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
# shellcheck source=lib/mariadb.sh
source "$COSO_ROOT/scripts/lib/mariadb.sh"
# shellcheck source=lib/keycloak.sh
source "$COSO_ROOT/scripts/lib/keycloak.sh"

KEYCLOAK_PORT=${COSO_TEST_KEYCLOAK_PORT:-8181}
BACKEND_PORT=${COSO_TEST_BACKEND_PORT:-8082}
FRONTEND_PORT=${COSO_TEST_FRONTEND_PORT:-5174}
BACKEND_DIR="$COSO_ROOT/backend"
FRONTEND_DIR="$COSO_ROOT/frontend"
BACKEND_JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
export CI="${CI:-true}"

# Upper bounds per step, in seconds, so that a hung test cannot use up CI's 90 minutes.
TIMEOUT_PROVISION=${TIMEOUT_PROVISION:-1800}
TIMEOUT_UNIT=${TIMEOUT_UNIT:-1200}
TIMEOUT_BUILD=${TIMEOUT_BUILD:-900}
TIMEOUT_BACKEND=${TIMEOUT_BACKEND:-2700}
TIMEOUT_E2E=${TIMEOUT_E2E:-1200}
TIMEOUT_CLIENTS=${TIMEOUT_CLIENTS:-600}

# bounded SECONDS CMD...: run CMD, killing it after SECONDS; exit 124 then. Unattended, timeout
# runs CMD in a process group of its own so that the children die with it; at a terminal it stays
# in the foreground group so that Ctrl-C reaches it.
bounded() {
  local seconds=$1 mode=()
  shift
  [[ -t 0 ]] && mode=(--foreground)
  timeout "${mode[@]}" -k 20 "$seconds" "$@"
}

# --- Results ----------------------------------------------------------------------------------
STEPS=()          # "name|PASS|FAIL|SKIP|seconds|note"
TESTS_PASSED=0
TESTS_FAILED=0
TESTS_SKIPPED=0
FAILED_STEPS=0

record() {
  local name=$1 status=$2 seconds=$3 note=${4:-}
  STEPS+=("$name|$status|$seconds|$note")
  [[ $status == PASS ]] || FAILED_STEPS=$((FAILED_STEPS + 1))
  case $status in
    PASS) info "${_c_green}PASS${_c_off} $name (${seconds} s)${note:+ - $note}" ;;
    *) fail "$status $name (${seconds} s)${note:+ - $note}" ;;
  esac
}

add_counts() {
  TESTS_PASSED=$((TESTS_PASSED + $1))
  TESTS_FAILED=$((TESTS_FAILED + $2))
  TESTS_SKIPPED=$((TESTS_SKIPPED + $3))
}

# COSO_TEST_SKIP: steps to leave out when working on one part, e.g. "frontend-unit backend"
# (names: provision, contract, frontend-lint, frontend-unit, backend, e2e, clients, compose).
# Never set in CI. COSO_E2E_ONLY="e2e/units.test.mjs" runs only those browser test files.
COSO_TEST_SKIP="${COSO_TEST_SKIP:-}"
SKIPPED_ON_REQUEST=0
wanted() { [[ " $COSO_TEST_SKIP " != *" $1 "* ]]; }
skipped_on_request() {
  STEPS+=("$1|OFF|0|left out (COSO_TEST_SKIP)")
  SKIPPED_ON_REQUEST=$((SKIPPED_ON_REQUEST + 1))
}

section() { printf '\n%s======== %s ========%s\n' "$_c_bold" "$*" "$_c_off"; }

# quietly LOG CMD...: run CMD with its output in LOG; on failure show the log's tail.
quietly() {
  local log=$1
  shift
  if "$@" >"$log" 2>&1; then
    return 0
  fi
  show_log_tail "$log" 60
  return 1
}

# --- Cleanup: whatever happened, stop what we started and drop the e2e database ----------------
E2E_DB=""

e2e_teardown() {
  [[ -n ${E2E_BACKEND_PID:-} ]] && stop_pid "$E2E_BACKEND_PID" "backend :$BACKEND_PORT"
  [[ -n ${E2E_PREVIEW_PID:-} ]] && stop_pid "$E2E_PREVIEW_PID" "frontend preview :$FRONTEND_PORT"
  E2E_BACKEND_PID="" E2E_PREVIEW_PID=""
  if [[ -n $E2E_DB ]]; then
    info "dropping database $E2E_DB"
    db_drop "$E2E_DB" "$E2E_DB" || warn "could not drop database $E2E_DB"
    E2E_DB=""
  fi
}

cleanup() {
  trap - EXIT INT TERM
  trap '' PIPE
  set +e
  e2e_teardown
  stop_all
  mariadb_stop_system
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Steps ------------------------------------------------------------------------------------

# Provisioning (scripts/provision.sh test): the Debian packages the tests need, Keycloak's
# distribution, node_modules and the backend's Maven dependencies; each only when missing or changed.
step_provision() {
  section "provisioning: scripts/provision.sh test"
  local start log="$COSO_LOGS/provision.log"
  start=$(now)
  if bounded "$TIMEOUT_PROVISION" "$COSO_ROOT/scripts/provision.sh" test 2>&1 | tee "$log"; then
    record "provisioning (scripts/provision.sh)" PASS $(($(now) - start))
  else
    record "provisioning (scripts/provision.sh)" FAIL $(($(now) - start)) "log: $log"
    return 1
  fi
}

# Sum tests, failures, errors and skipped over the JUnit XML reports in a folder.
count_junit() {
  local dir=$1 tests=0 failures=0 errors=0 skipped=0 file line attr
  shopt -s nullglob
  for file in "$dir"/TEST-*.xml; do
    line=$(grep -m1 -o '<testsuite [^>]*>' "$file" || true)
    for attr in tests failures errors skipped; do
      local value
      value=$(sed -n "s/.* $attr=\"\([0-9]*\)\".*/\1/p" <<<"$line")
      printf -v "$attr" '%d' $((${!attr} + ${value:-0}))
    done
  done
  shopt -u nullglob
  echo "$((tests - failures - errors - skipped)) $((failures + errors)) $skipped"
}

step_backend() {
  section "backend: mvn verify (unit and @QuarkusTest API tests on MariaDB + Keycloak)"
  local log="$COSO_LOGS/backend-verify.log" start status=0
  start=$(now)
  # The full output goes to the log; the terminal gets the test classes and Surefire's summary.
  set +e
  COSO_TEST_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
    COSO_TEST_DB_URL="jdbc:mariadb://$MARIADB_HOST:$MARIADB_PORT/" \
    COSO_TEST_DB_USER=root \
    COSO_TEST_DB_PASSWORD="${MARIADB_ROOT_PASSWORD:-}" \
    bounded "$TIMEOUT_BACKEND" "${COSO_MVN[@]}" -f "$BACKEND_DIR/pom.xml" verify 2>&1 | tee "$log" |
    grep --line-buffered -E '^\[(INFO|WARNING|ERROR)\] (Tests run:|Running |Results|BUILD|Failures:|Errors:|  )|^\[ERROR\]'
  status=${PIPESTATUS[0]}
  set -e
  ((status != 124)) || fail "mvn verify did not finish in $TIMEOUT_BACKEND s"
  local counts
  read -r -a counts <<<"$(count_junit "$BACKEND_DIR/target/surefire-reports")"
  local fs
  read -r -a fs <<<"$(count_junit "$BACKEND_DIR/target/failsafe-reports")"
  add_counts $((counts[0] + fs[0])) $((counts[1] + fs[1])) $((counts[2] + fs[2]))
  local note="$((counts[0] + fs[0])) passed, $((counts[1] + fs[1])) failed, $((counts[2] + fs[2])) skipped"
  if ((status == 0)); then
    record "backend tests (mvn verify)" PASS $(($(now) - start)) "$note"
  else
    record "backend tests (mvn verify)" FAIL $(($(now) - start)) "$note; log: $log"
  fi
  return "$status"
}

# ESLint (rules, feature zones, no import cycles) and Prettier's check: no warning passes.
step_frontend_lint() {
  section "frontend: npm run lint, npm run format:check"
  local start log="$COSO_LOGS/frontend-lint.log"
  start=$(now)
  if quietly "$log" bounded "$TIMEOUT_UNIT" bash -c "cd '$FRONTEND_DIR' && npm run lint && npm run format:check"; then
    record "frontend lint (ESLint, Prettier)" PASS $(($(now) - start))
  else
    record "frontend lint (ESLint, Prettier)" FAIL $(($(now) - start)) "log: $log"
    return 1
  fi
}

step_frontend_unit() {
  section "frontend: npm test (Vitest)"
  local start status=0 junit="$COSO_LOGS/vitest-junit.xml"
  start=$(now)
  rm -f "$junit"
  (cd "$FRONTEND_DIR" &&
    bounded "$TIMEOUT_UNIT" npm test -- --reporter=default --reporter=junit "--outputFile.junit=$junit") || status=$?
  ((status != 124)) || fail "Vitest did not finish in $TIMEOUT_UNIT s"
  local passed=0 failed=0 skipped=0 line
  if [[ -f $junit ]]; then
    line=$(grep -m1 -o '<testsuites [^>]*>' "$junit" || true)
    local tests failures errors
    tests=$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$line")
    failures=$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$line")
    errors=$(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$line")
    # Vitest's <testsuites> has no skipped count: count the skipped test cases.
    skipped=$(grep -c '<skipped' "$junit" || true)
    failed=$((${failures:-0} + ${errors:-0}))
    skipped=${skipped:-0}
    passed=$((${tests:-0} - failed - skipped))
  fi
  add_counts "$passed" "$failed" "$skipped"
  if ((status == 0)); then
    record "frontend unit tests (Vitest)" PASS $(($(now) - start)) "$passed passed, $failed failed, $skipped skipped"
  else
    record "frontend unit tests (Vitest)" FAIL $(($(now) - start)) "$passed passed, $failed failed, $skipped skipped"
  fi
  return "$status"
}

step_frontend_build() {
  section "frontend: npm run build"
  local start log="$COSO_LOGS/frontend-build.log"
  start=$(now)
  if quietly "$log" bounded "$TIMEOUT_BUILD" bash -c "cd '$FRONTEND_DIR' && npm run build"; then
    record "frontend build" PASS $(($(now) - start))
  else
    record "frontend build" FAIL $(($(now) - start)) "log: $log"
    return 1
  fi
  step_portal_size
}

# The public portal's JavaScript budget (frontend/scripts/check-portal-size.mjs): at most 150 KB
# gzip for /portal, and never keycloak-js, the staff app or the other language's dictionary. A
# failure here does not stop the browser tests (the build itself is fine).
step_portal_size() {
  section "frontend: the portal's JavaScript budget (npm run size)"
  local start note log="$COSO_LOGS/frontend-size.log"
  start=$(now)
  if (cd "$FRONTEND_DIR" && npm run --silent size) >"$log" 2>&1; then
    note=$(grep -m1 -oE '/portal +[0-9.]+ KB gzip' "$log" | tr -s ' ')
    record "portal JavaScript budget" PASS $(($(now) - start)) "$note"
  else
    cat "$log"
    record "portal JavaScript budget" FAIL $(($(now) - start)) "log: $log"
  fi
}

# The contract as an integrator meets it: Spectral and Redocly on openapi.yaml (tools/openapi-lint,
# rulesets .spectral.yaml and redocly.yaml: any error or warning fails), and the SPA's generated
# types (frontend/src/api/schema.d.ts) regenerated from openapi.yaml must equal the committed file.
step_contract() {
  section "contract: Spectral and Redocly on openapi.yaml; schema.d.ts follows it"
  local start log="$COSO_LOGS/contract-lint.log" lint_dir="$COSO_ROOT/tools/openapi-lint" status=0
  start=$(now)
  # Its npm packages come from scripts/provision.sh (the provisioning step).
  if quietly "$log" bounded "$TIMEOUT_BUILD" node "$lint_dir/lint.mjs"; then
    record "contract lint (Spectral, Redocly)" PASS $(($(now) - start)) "0 errors, 0 warnings"
  else
    record "contract lint (Spectral, Redocly)" FAIL $(($(now) - start)) "log: $log"
    status=1
  fi
  start=$(now)
  local generated="$COSO_LOGS/schema.d.ts" drift="$COSO_LOGS/schema-drift.diff"
  if quietly "$COSO_LOGS/schema-gen.log" bounded "$TIMEOUT_BUILD" bash -c \
    "cd '$FRONTEND_DIR' && npx openapi-typescript ../openapi.yaml -o '$generated'" &&
    diff -u "$FRONTEND_DIR/src/api/schema.d.ts" "$generated" >"$drift"; then
    record "schema.d.ts follows openapi.yaml" PASS $(($(now) - start))
  else
    [[ -s $drift ]] && head -40 "$drift"
    record "schema.d.ts follows openapi.yaml" FAIL $(($(now) - start)) \
      "regenerate it: cd frontend && npm run gen:api (diff: $drift)"
    status=1
  fi
  return "$status"
}

# package_backend: build the jar without the tests (for the browser tests after a failed verify).
package_backend() {
  local start log="$COSO_LOGS/backend-package.log"
  start=$(now)
  info "packaging the backend without its tests, for the browser tests (log: $log)"
  if quietly "$log" bounded "$TIMEOUT_BUILD" "${COSO_MVN[@]}" -f "$BACKEND_DIR/pom.xml" package -DskipTests; then
    return 0
  fi
  record "backend package (for the browser tests)" FAIL $(($(now) - start)) "log: $log"
  return 1
}

backend_ready() { http_ok "http://localhost:$BACKEND_PORT/q/health/ready"; }
preview_ready() { http_ok "http://localhost:$FRONTEND_PORT/config.json"; }

# step_clients: the Java (native) and TypeScript (typescript-fetch) clients that openapi-generator
# makes of openapi.yaml compile, and the Java one lists units and reads one through the e2e backend.
step_clients() {
  section "clients: openapi-generator's Java and TypeScript clients of openapi.yaml (backend on $BACKEND_PORT)"
  local start log="$COSO_LOGS/clients-maven.log" tsc_log="$COSO_LOGS/clients-tsc.log" dir="$COSO_ROOT/tools/clients"
  start=$(now)
  rm -rf "$dir/target"
  local status=0
  quietly "$log" bounded "$TIMEOUT_CLIENTS" env \
    COSO_CLIENTS_API_URL="http://localhost:$BACKEND_PORT" \
    COSO_CLIENTS_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
    "${COSO_MVN[@]}" -f "$dir/pom.xml" -Pts test || status=1
  local counts
  read -r -a counts <<<"$(count_junit "$dir/target/surefire-reports")"
  add_counts "${counts[0]}" "${counts[1]}" "${counts[2]}"
  if ((status == 0)) && ! quietly "$tsc_log" "$FRONTEND_DIR/node_modules/.bin/tsc" -p "$dir/tsconfig.json"; then
    status=1
    log="$tsc_log"
  fi
  if ((status == 0)); then
    record "generated clients (Java native, typescript-fetch)" PASS $(($(now) - start)) \
      "$(grep -aoE 'listed [0-9]+ of [0-9]+ units; read [^ ]+' "$log" | tail -1)"
  else
    record "generated clients (Java native, typescript-fetch)" FAIL $(($(now) - start)) "log: $log"
  fi
  return "$status"
}

step_e2e() {
  section "browser tests: npm run e2e (Chromium, Keycloak login, backend on $BACKEND_PORT)"
  local start status=0 log="$COSO_LOGS/e2e.log"
  start=$(now)
  require_free_port "$BACKEND_PORT" "the e2e backend"
  require_free_port "$FRONTEND_PORT" "the e2e frontend"

  E2E_DB="coso_e2e_$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  info "creating database $E2E_DB"
  db_create "$E2E_DB" "$E2E_DB" "$E2E_DB"

  local backend_log="$COSO_LOGS/e2e-backend.log"
  info "starting the backend on port $BACKEND_PORT with demo data (log: $backend_log)"
  start_bg "backend :$BACKEND_PORT" "$backend_log" env \
    QUARKUS_PROFILE=local QUARKUS_HTTP_PORT="$BACKEND_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="$(jdbc_url "$E2E_DB")" \
    QUARKUS_DATASOURCE_USERNAME="$E2E_DB" \
    QUARKUS_DATASOURCE_PASSWORD="$E2E_DB" \
    QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:$KEYCLOAK_PORT/realms/coso" \
    COSO_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
    QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=coso-staff-admin-dev-secret \
    COSO_DEMO_ENABLED=true COSO_DEMO_STRUCTURE=2024 \
    COSO_CORS_ORIGINS="http://localhost:$FRONTEND_PORT,http://127.0.0.1:$FRONTEND_PORT" \
    java -jar "$BACKEND_JAR"
  E2E_BACKEND_PID=$COSO_LAST_PID

  cat >"$FRONTEND_DIR/dist/config.json" <<EOF
{
  "apiUrl": "http://localhost:$BACKEND_PORT",
  "keycloakUrl": "http://localhost:$KEYCLOAK_PORT",
  "realm": "coso",
  "clientId": "coso-frontend"
}
EOF
  local preview_log="$COSO_LOGS/e2e-preview.log"
  info "serving the build on port $FRONTEND_PORT (log: $preview_log)"
  start_bg "frontend preview :$FRONTEND_PORT" "$preview_log" \
    bash -c "cd '$FRONTEND_DIR' && exec npx vite preview --port $FRONTEND_PORT --strictPort"
  E2E_PREVIEW_PID=$COSO_LAST_PID

  if [[ ! -x /usr/bin/chromium ]]; then
    record "browser tests" FAIL $(($(now) - start)) "no /usr/bin/chromium (apt log: $COSO_LOGS/apt.log)"
    e2e_teardown
    return 1
  fi
  if ! wait_until 180 "backend" "$E2E_BACKEND_PID" "$backend_log" backend_ready ||
    ! wait_until 60 "frontend preview" "$E2E_PREVIEW_PID" "$preview_log" preview_ready; then
    record "browser tests" FAIL $(($(now) - start)) "the app did not start"
    e2e_teardown
    return 1
  fi

  set +e
  local e2e_command=(npm run e2e)
  # shellcheck disable=SC2206 # a list of files
  [[ -n ${COSO_E2E_ONLY:-} ]] && e2e_command=(node --test --test-concurrency=1 $COSO_E2E_ONLY)
  (cd "$FRONTEND_DIR" &&
    E2E_APP_URL="http://localhost:$FRONTEND_PORT" \
      E2E_API_URL="http://localhost:$BACKEND_PORT" \
      E2E_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
      bounded "$TIMEOUT_E2E" "${e2e_command[@]}") 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e

  # node --test closes with "# pass N" / "# fail N" (tap) or "ℹ pass N" (spec).
  local passed failed skipped
  passed=$(grep -aoE '^(# |ℹ )pass [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
  failed=$(grep -aoE '^(# |ℹ )fail [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
  skipped=$(grep -aoE '^(# |ℹ )skipped [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
  add_counts "${passed:-0}" "${failed:-0}" "${skipped:-0}"
  local note="${passed:-?} passed, ${failed:-?} failed"
  if ((status == 0)); then
    record "browser tests (npm run e2e)" PASS $(($(now) - start)) "$note"
  else
    record "browser tests (npm run e2e)" FAIL $(($(now) - start)) "$note; logs: $log, $backend_log"
  fi
  # The generated clients run against the same backend while it is up.
  if wanted clients; then step_clients || true; else skipped_on_request "generated clients (tools/clients)"; fi
  e2e_teardown
  return "$status"
}

step_compose() {
  section "docker-compose.yml: docker-compose config -q"
  local start
  start=$(now)
  if ! command -v docker-compose >/dev/null; then
    record "docker-compose.yml is valid" FAIL $(($(now) - start)) "docker-compose is not installed (apt log: $COSO_LOGS/apt.log)"
    return 1
  fi
  if (cd "$COSO_ROOT" && docker-compose -f docker-compose.yml config -q); then
    record "docker-compose.yml is valid" PASS $(($(now) - start))
  else
    record "docker-compose.yml is valid" FAIL $(($(now) - start))
    return 1
  fi
  start=$(now)
  if "$COSO_ROOT/scripts/check-compose-prod.sh" >"$COSO_LOGS/compose-prod.log" 2>&1; then
    record "docker-compose.prod.yml requires every secret" PASS $(($(now) - start))
  else
    record "docker-compose.prod.yml requires every secret" FAIL $(($(now) - start)) "log: $COSO_LOGS/compose-prod.log"
    return 1
  fi
}

summary() {
  local entry name status seconds note total=$(($(now) - TEST_STARTED))
  section "summary"
  for entry in "${STEPS[@]}"; do
    IFS='|' read -r name status seconds note <<<"$entry"
    printf '  %-4s  %-34s %5s s  %s\n' "$status" "$name" "$seconds" "$note"
  done
  printf '  total time: %d min %02d s; logs: %s\n' $((total / 60)) $((total % 60)) "$COSO_LOGS"
  if ((SKIPPED_ON_REQUEST > 0)); then
    printf '%s%d step(s) left out on request (COSO_TEST_SKIP).%s\n' "$_c_yellow" "$SKIPPED_ON_REQUEST" "$_c_off"
  fi
  if ((FAILED_STEPS == 0)); then
    printf '%sAll steps passed.%s\n' "$_c_green" "$_c_off"
  else
    printf '%s%d step(s) failed.%s\n' "$_c_red" "$FAILED_STEPS" "$_c_off"
  fi
  echo "tests: $TESTS_PASSED passed, $TESTS_FAILED failed, $TESTS_SKIPPED skipped"
}

# --- Main ----------------------------------------------------------------------------------------
TEST_STARTED=$(now)
rm -rf "$COSO_LOGS" && mkdir -p "$COSO_LOGS"
if wanted provision; then
  step_provision || { summary; exit 1; }
else
  skipped_on_request "provisioning (scripts/provision.sh)"
fi

section "MariaDB"
t=$(now)
mariadb_ensure fresh
record "MariaDB on $MARIADB_HOST:$MARIADB_PORT ($MARIADB_ORIGIN)" PASS $(($(now) - t))

section "Keycloak (test copy, fresh realm import)"
keycloak_log="$COSO_LOGS/keycloak.log"
keycloak_started=$(now)
COSO_KEYCLOAK_EXTRA_APP_URL="http://localhost:$FRONTEND_PORT" \
  keycloak_start "test-$KEYCLOAK_PORT" "$KEYCLOAK_PORT" fresh "$keycloak_log"

# The frontend's own steps need no server: they run while Keycloak boots.
frontend_ok=true
if wanted contract; then step_contract || true; else skipped_on_request "contract lint and schema.d.ts"; fi
if wanted frontend-lint; then step_frontend_lint || true; else skipped_on_request "frontend lint (ESLint, Prettier)"; fi
if wanted frontend-unit; then step_frontend_unit || true; else skipped_on_request "frontend unit tests (Vitest)"; fi
step_frontend_build || frontend_ok=false

section "Keycloak"
if keycloak_wait "$KEYCLOAK_PORT" "$keycloak_log"; then
  # It booted while the frontend steps ran; report its own start time.
  record "Keycloak on port $KEYCLOAK_PORT" PASS $(($(now) - keycloak_started)) \
    "$(grep -aoE 'started in [0-9.]+s' "$keycloak_log" | tail -1), alongside the frontend steps"
  backend_ok=true
  if wanted backend; then step_backend || backend_ok=false; else skipped_on_request "backend tests (mvn verify)"; backend_ok=false; fi
  if wanted e2e; then
    # When mvn verify failed (or was skipped) it made no jar: package one, so that the browser
    # tests still report on the rest.
    if ! $frontend_ok; then
      record "browser tests (npm run e2e)" SKIP 0 "needs the frontend build"
    elif $backend_ok || package_backend; then
      step_e2e || true
    else
      record "browser tests (npm run e2e)" SKIP 0 "needs the backend jar"
    fi
  else
    skipped_on_request "browser tests (npm run e2e)"
  fi
else
  record "Keycloak on port $KEYCLOAK_PORT" FAIL $(($(now) - keycloak_started)) "log: $keycloak_log"
  record "backend tests (mvn verify)" SKIP 0 "needs Keycloak"
  record "browser tests (npm run e2e)" SKIP 0 "needs Keycloak"
fi

if wanted compose; then step_compose || true; else skipped_on_request "docker-compose.yml is valid"; fi

# Stop everything first, so that the summary is the last thing printed.
cleanup
summary
((FAILED_STEPS == 0))
