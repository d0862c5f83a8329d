# Keycloak from its server distribution, fetched with Maven into the cache (outside the repo).
# Source common.sh first.
# shellcheck shell=bash

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_REALM_FILE="$COSO_ROOT/keycloak/realm/coso-realm.json"
KEYCLOAK_THEME_DIR="$COSO_ROOT/keycloak/themes/coso"
KEYCLOAK_ZIP="$COSO_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"

# keycloak_fetch: download the distribution once.
keycloak_fetch() {
  [[ -s $KEYCLOAK_ZIP ]] && return 0
  info "fetching Keycloak $KEYCLOAK_VERSION with Maven (about 180 MB, once)"
  local log="$COSO_LOGS/keycloak-fetch.log"
  # Run outside the repo so Maven does not pick up a project's pom.
  (cd "$COSO_CACHE" && "${COSO_MVN[@]}" -q dependency:copy \
    "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    "-DoutputDirectory=$COSO_CACHE") >"$log" 2>&1 ||
    { show_log_tail "$log"; die "could not fetch Keycloak from Maven Central"; }
}

# keycloak_home COPY: the unzipped copy's folder. Copies are kept apart ("run", "test-PORT") so that
# each keeps its own database and its own build cache (lib/quarkus).
keycloak_home() { echo "$COSO_CACHE/keycloak-$KEYCLOAK_VERSION-$1"; }

# keycloak_unpack COPY: unzip the distribution into that copy's folder, once.
keycloak_unpack() {
  local home tmp
  home=$(keycloak_home "$1")
  [[ -x $home/bin/kc.sh ]] && return 0
  keycloak_fetch
  info "unpacking Keycloak into $home"
  tmp=$(mktemp -d "$COSO_CACHE/unzip.XXXXXX")
  unzip -q "$KEYCLOAK_ZIP" -d "$tmp"
  rm -rf "$home"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$home"
  rm -rf "$tmp"
}

# keycloak_install_theme HOME: Coso's login theme (keycloak/themes/coso, the realm's "loginTheme") in
# that Keycloak's themes folder, replaced at every start so that edits show (start-dev caches none).
keycloak_install_theme() {
  rm -rf "$1/themes/coso"
  mkdir -p "$1/themes"
  cp -R "$KEYCLOAK_THEME_DIR" "$1/themes/coso"
}

# keycloak_start COPY PORT MODE LOGFILE: start Keycloak in dev mode on PORT with the realm file
# imported, in the background (registered for stop_all). Sets KEYCLOAK_PID.
#   MODE=keep   the database survives restarts; it is dropped (and the realm imported anew) only
#               when the realm file changed since the last import. For the run.
#   MODE=fresh  the database is dropped at every start, so the import always applies. For tests.
keycloak_start() {
  local copy=$1 port=$2 mode=$3 log=$4 home stamp sum
  keycloak_unpack "$copy"
  home=$(keycloak_home "$copy")
  require_free_port "$port" "Keycloak"
  mkdir -p "$home/data/import"
  cp "$KEYCLOAK_REALM_FILE" "$home/data/import/coso-realm.json"
  keycloak_install_theme "$home"
  # A browser-test frontend served on another port than 5174 must be allowed to sign in: the test
  # copy of the realm lists its URL among coso-frontend's redirect URIs and web origins.
  if [[ $mode == fresh && -n ${COSO_KEYCLOAK_EXTRA_APP_URL:-} && $COSO_KEYCLOAK_EXTRA_APP_URL != http://localhost:5174 ]]; then
    sed -i -e "s#^\( *\)\"http://localhost:5174/\*\",#&\n\1\"$COSO_KEYCLOAK_EXTRA_APP_URL/*\",#" \
      -e "s#^\( *\)\"http://localhost:5174\",#&\n\1\"$COSO_KEYCLOAK_EXTRA_APP_URL\",#" \
      "$home/data/import/coso-realm.json"
  fi
  stamp="$home/data/coso-realm.sha256"
  sum=$(sha256_of "$KEYCLOAK_REALM_FILE")
  if [[ $mode == fresh ]]; then
    rm -rf "$home/data/h2"
  elif [[ ! -f $stamp || $(cat "$stamp") != "$sum" ]]; then
    if [[ -d $home/data/h2 ]]; then
      warn "the realm file changed: re-importing realm 'coso' into the local Keycloak (accounts and changes made there since are dropped)"
    fi
    rm -rf "$home/data/h2"
  fi
  echo "$sum" >"$stamp"
  if [[ ! -d $home/lib/quarkus ]]; then
    info "starting Keycloak on port $port (first start of this copy builds it: 1-2 min; log: $log)"
  else
    info "starting Keycloak on port $port (log: $log)"
  fi
  # KC_* variables of the caller's shell would change the build options and force a rebuild, or
  # point Keycloak elsewhere: start it with a clean set.
  start_bg "Keycloak :$port" "$log" env -u KC_DB -u KC_DB_URL -u KC_HOSTNAME -u KC_HEALTH_ENABLED \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$home/bin/kc.sh" start-dev --http-port "$port" --http-management-port "$((port + 1000))" --import-realm
  KEYCLOAK_PID=$COSO_LAST_PID
}

# keycloak_realm_ready PORT: true when realm "coso" answers on PORT.
keycloak_realm_ready() {
  http_ok "http://localhost:$1/realms/coso/.well-known/openid-configuration"
}

# keycloak_wait PORT LOGFILE: wait (up to 5 min: a first start builds itself) for the realm.
keycloak_wait() {
  wait_until 300 "Keycloak on port $1" "${KEYCLOAK_PID:-}" "$2" keycloak_realm_ready "$1"
}
