#!/usr/bin/env bash
# Checks the production setup without a Docker engine:
# - docker-compose.prod.yml is valid when every required variable is set, and refuses (naming the
#   variable) when any single one is missing: no secret has a default;
# - it never runs Keycloak with start-dev, and the backend runs in the prod profile;
# - keycloak/production/coso-realm.json is what keycloak/realm/make-production-realm.py makes of
#   the development realm;
# - the image's JVM options are scripts/run.sh's, and java accepts them.
# Needs Debian's docker-compose (1.29), python3 and java (the JDK the project builds with). Used by scripts/test.sh (step "compose").
set -euo pipefail
cd "$(dirname "$0")/.."
file=docker-compose.prod.yml

mapfile -t vars < <(grep -o '\${[A-Z0-9_]*:?' "$file" | sed 's/^\${//; s/:?$//' | sort -u)
((${#vars[@]} >= 10)) || { echo "expected the production secrets as \${VAR:?...} in $file" >&2; exit 1; }
if grep -qE '\$\{[A-Z0-9_]+:-' "$file"; then
  echo "$file gives a variable a default (\${VAR:-...}): production values have none" >&2
  exit 1
fi

env_all=()
for v in "${vars[@]}"; do env_all+=("$v=https://placeholder.example.vn"); done
env -i PATH="$PATH" "${env_all[@]}" docker-compose -f "$file" config -q

for v in "${vars[@]}"; do
  env_missing=()
  for w in "${vars[@]}"; do [[ $w == "$v" ]] || env_missing+=("$w=x"); done
  if out=$(env -i PATH="$PATH" "${env_missing[@]}" docker-compose -f "$file" config -q 2>&1); then
    echo "$file is accepted without $v" >&2
    exit 1
  fi
  grep -q "$v" <<<"$out" || { echo "missing $v: the refusal does not name it: $out" >&2; exit 1; }
done

config=$(env -i PATH="$PATH" "${env_all[@]}" docker-compose -f "$file" config)
if grep -q 'start-dev' <<<"$config"; then echo "$file runs Keycloak with start-dev" >&2; exit 1; fi
grep -q 'QUARKUS_PROFILE: prod' <<<"$config" || { echo "$file: the backend must run in the prod profile" >&2; exit 1; }

# The image runs the backend with the options scripts/run.sh uses, and java accepts them (a misspelt
# option stops the JVM before Quarkus starts, and no test here starts the image).
image_opts=$(sed -n 's/^ENV JAVA_OPTS="\(.*\) -Djava.security.egd=[^"]*"$/\1/p' backend/Dockerfile)
run_opts=$(unset COSO_JAVA_OPTS; source scripts/lib/jvm.sh; echo "$COSO_JAVA_OPTS")
[[ -n $image_opts && $image_opts == "$run_opts" ]] || {
  echo "backend/Dockerfile's JAVA_OPTS ($image_opts) differ from scripts/lib/jvm.sh's ($run_opts)" >&2; exit 1; }
command -v java > /dev/null || { echo "no java on PATH: cannot check the image's JAVA_OPTS" >&2; exit 1; }
# shellcheck disable=SC2086
java $image_opts -version > /dev/null 2>&1 || { echo "java refuses the image's JAVA_OPTS: $(java $image_opts -version 2>&1 | head -2)" >&2; exit 1; }

python3 keycloak/realm/make-production-realm.py --check
echo "production compose file and realm: OK (${#vars[@]} required variables, each refused when missing)"
