# shellcheck shell=bash
# A local SMTP server that keeps what it receives, with a web page and REST API to read it:
# GreenMail standalone from Maven Central, fetched once into the cache.

GREENMAIL_VERSION=2.1.3
GREENMAIL_JAR="$COSO_CACHE/greenmail-standalone-$GREENMAIL_VERSION.jar"

greenmail_fetch() {
  if [[ ! -f $GREENMAIL_JAR ]]; then
    info "fetching GreenMail $GREENMAIL_VERSION (SMTP server for local mail) with Maven"
    "${COSO_MVN[@]}" -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
      -DoutputDirectory="$COSO_CACHE" >/dev/null || die "could not fetch greenmail-standalone"
  fi
}

# greenmail_start SMTP_PORT WEB_PORT LOG: SMTP without authentication on 127.0.0.1, the web UI and API beside it.
greenmail_start() {
  local smtp=$1 web=$2 log=$3
  greenmail_fetch
  start_bg "GreenMail :$smtp" "$log" java \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$web" \
    -Dgreenmail.auth.disabled \
    -jar "$GREENMAIL_JAR"
}

greenmail_ready() { http_ok "http://127.0.0.1:$1/api/configuration"; }
