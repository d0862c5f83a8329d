#!/usr/bin/env python3
"""Prints a Keycloak credential (pbkdf2-sha512) for a demo user of coso-realm.json.

The realm has a password policy (at least 10 characters, not the username), and Keycloak checks it
when it imports a plain-text password: "admin"/"admin" would stop the import. A hashed credential
is imported as it is, so the demo users keep their short documented passwords while every new or
changed password must meet the policy.

    keycloak/realm/hash-password.py officer
"""
import base64
import hashlib
import json
import os
import sys

ITERATIONS = 210000


def credential(password: str) -> dict:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, ITERATIONS, dklen=64)
    return {
        "type": "password",
        "secretData": json.dumps({"value": base64.b64encode(digest).decode(),
                                  "salt": base64.b64encode(salt).decode(), "additionalParameters": {}}),
        "credentialData": json.dumps({"hashIterations": ITERATIONS, "algorithm": "pbkdf2-sha512",
                                      "additionalParameters": {}}),
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: hash-password.py PASSWORD")
    print(json.dumps(credential(sys.argv[1]), indent=2))
