#!/usr/bin/env python3
"""Writes keycloak/production/coso-realm.json, the production realm, from the development one.

    keycloak/realm/make-production-realm.py          # rewrite it after changing coso-realm.json
    keycloak/realm/make-production-realm.py --check  # exit 1 if the committed file is not up to date

Same roles, clients (but coso-cli), mappers, password policy and brute-force settings as the
development realm, and:
- sslRequired "external" (HTTPS for every address but private ones);
- no coso-cli (password grant) and no demo users: only the two service accounts, and one first
  admin whose password is temporary (changed at the first sign-in);
- no secret in the file: Keycloak replaces ${VAR} placeholders with environment variables when it
  imports the realm, and docker-compose.prod.yml requires each of them (generate them, e.g.
  `openssl rand -base64 32`);
- coso-frontend's redirect URIs and web origins are the public URL of the app (COSO_PUBLIC_URL);
- login and admin events recorded, kept 90 days.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEV = ROOT / "realm" / "coso-realm.json"
PROD = ROOT / "production" / "coso-realm.json"

SECRETS = {
    "coso-integration": "${COSO_INTEGRATION_CLIENT_SECRET}",
    "coso-staff-admin": "${COSO_STAFF_ADMIN_CLIENT_SECRET}",
}
EVENTS_KEPT_SECONDS = 90 * 24 * 3600


def production(realm: dict) -> dict:
    realm = json.loads(json.dumps(realm))
    realm["sslRequired"] = "external"
    realm["eventsEnabled"] = True
    realm["eventsExpiration"] = EVENTS_KEPT_SECONDS
    realm["eventsListeners"] = ["jboss-logging"]
    realm["adminEventsEnabled"] = True
    realm["adminEventsDetailsEnabled"] = True
    realm.setdefault("attributes", {})["adminEventsExpiration"] = str(EVENTS_KEPT_SECONDS)

    clients = []
    for client in realm["clients"]:
        if client["clientId"] == "coso-cli":
            continue
        if client["clientId"] in SECRETS:
            client["secret"] = SECRETS[client["clientId"]]
            client["description"] = client["description"].replace(
                "The secret below is a DEV credential: change it in production.",
                "Its secret comes from the environment at import.")
        if client["clientId"] == "coso-frontend":
            client["rootUrl"] = "${COSO_PUBLIC_URL}"
            client["redirectUris"] = ["${COSO_PUBLIC_URL}/*", "${COSO_API_PUBLIC_URL}/q/swagger-ui/*"]
            client["webOrigins"] = ["${COSO_PUBLIC_URL}", "${COSO_API_PUBLIC_URL}"]
        clients.append(client)
    realm["clients"] = clients

    users = [u for u in realm["users"] if u.get("serviceAccountClientId")]
    for user in users:
        if "unit_code" in user.get("attributes", {}):
            user["attributes"]["unit_code"] = ["${COSO_PROVINCE_CODE}"]
    users.insert(0, {
        "username": "quantri",
        "enabled": True,
        "emailVerified": True,
        "firstName": "Quản trị",
        "lastName": "Coso",
        "email": "${COSO_FIRST_ADMIN_EMAIL}",
        "attributes": {"unit_code": ["${COSO_PROVINCE_CODE}"]},
        "credentials": [{"type": "password", "value": "${COSO_FIRST_ADMIN_PASSWORD}", "temporary": True}],
        "requiredActions": ["UPDATE_PASSWORD"],
        "realmRoles": ["default-roles-coso", "admin"],
    })
    realm["users"] = users
    return realm


def render(realm: dict) -> str:
    return json.dumps(realm, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    expected = render(production(json.loads(DEV.read_text(encoding="utf-8"))))
    if "--check" in sys.argv[1:]:
        if not PROD.exists() or PROD.read_text(encoding="utf-8") != expected:
            print(f"{PROD} is out of date: run {pathlib.Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    PROD.parent.mkdir(parents=True, exist_ok=True)
    PROD.write_text(expected, encoding="utf-8")
    print(f"wrote {PROD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
