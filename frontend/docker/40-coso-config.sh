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
echo "coso: wrote config.json for API $COSO_API_URL, Keycloak $COSO_KEYCLOAK_URL"
