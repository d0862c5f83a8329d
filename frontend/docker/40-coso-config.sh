#!/bin/sh
# Run by the nginx image's entrypoint before nginx starts: writes the runtime configuration that
# the app fetches from /config.json.
set -eu

json_string() {
  # Escape backslashes and double quotes; URLs and names need nothing more.
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

: "${COSO_API_URL:?COSO_API_URL must be set}"
: "${COSO_KEYCLOAK_URL:?COSO_KEYCLOAK_URL must be set}"

cat >/usr/share/nginx/html/config.json <<JSON
{
  "apiUrl": $(json_string "$COSO_API_URL"),
  "keycloakUrl": $(json_string "$COSO_KEYCLOAK_URL"),
  "realm": $(json_string "${COSO_REALM:-coso}"),
  "clientId": $(json_string "${COSO_CLIENT_ID:-coso-frontend}")
}
JSON
# The browser rules (docker/csp.txt, docker/security-headers.conf.template): the CSP lets the app talk
# only to its own origin, the API and Keycloak, each given as scheme://host[:port].
origin() {
  printf '%s' "$1" | sed -E 's#^([a-zA-Z][a-zA-Z0-9+.-]*://[^/]+).*#\1#'
}
csp=$(sed -e "s#COSO_API_ORIGIN#$(origin "$COSO_API_URL")#g" \
  -e "s#COSO_KEYCLOAK_ORIGIN#$(origin "$COSO_KEYCLOAK_URL")#g" /etc/nginx/coso-csp.txt | tr -d '\n')
sed -e "s#COSO_CSP#$csp#" /etc/nginx/coso-security-headers.conf.template >/etc/nginx/coso-security-headers.conf

echo "coso: wrote config.json for API $COSO_API_URL, Keycloak $COSO_KEYCLOAK_URL"
