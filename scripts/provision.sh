#!/usr/bin/env bash
# Provisioning: installs and fetches what Coso's run and test commands need on this machine, and
# does nothing for what is already there (it is safe to run any number of times). scripts/run.sh
# and scripts/test.sh call it first, so the README's two commands still work on a fresh machine.
#
#   ./scripts/provision.sh         # what ./scripts/run.sh needs
#   ./scripts/provision.sh test    # and what ./scripts/test.sh needs besides
#
# - base tools: curl and unzip (apt), checks for Java, Maven and Node;
# - for the tests: Debian's chromium (browser tests), clamav-daemon (the attachment tests' virus
#   scanner) and docker-compose (validates the compose files), with apt, as root or through sudo;
# - the Keycloak distribution, fetched with Maven into ${COSO_CACHE:-~/.cache/coso}, once;
# - the frontend's node_modules: npm ci when package-lock.json changed since the last one;
# - the backend's Maven dependencies and plugins: once per pom.xml (mvn dependency:go-offline).
# The downloads run side by side. Logs: $COSO_LOGS (default .run/logs/provision).
set -euo pipefail

export COSO_LOGS="${COSO_LOGS:-$(cd "$(dirname "$0")/.." && pwd)/.run/logs/provision}"
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
# shellcheck source=lib/keycloak.sh
source "$COSO_ROOT/scripts/lib/keycloak.sh"

PURPOSE=${1:-run}
[[ $PURPOSE == run || $PURPOSE == test ]] || die "usage: scripts/provision.sh [run|test]"
FRONTEND_DIR="$COSO_ROOT/frontend"
BACKEND_DIR="$COSO_ROOT/backend"
mkdir -p "$COSO_LOGS" "$COSO_CACHE"

# Base tools a fresh machine of this kind might lack.
provision_base_tools() {
  local missing=() tool
  for tool in java mvn node npm; do
    command -v "$tool" >/dev/null || die "$tool is required (Java 17+, Maven, Node 20)"
  done
  for tool in curl unzip; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  if ((${#missing[@]})); then
    info "installing ${missing[*]}"
    apt_install "${missing[@]}" >"$COSO_LOGS/apt-base.log" 2>&1 ||
      { show_log_tail "$COSO_LOGS/apt-base.log"; die "could not install ${missing[*]}"; }
  fi
}

# The Debian packages the tests need (not the run).
provision_test_packages() {
  local packages=()
  [[ -x /usr/bin/chromium ]] || packages+=(chromium)
  # The attachment tests scan uploads with a real clamd (backend/…/ClamdTestDaemon); no signature download.
  [[ -x /usr/sbin/clamd ]] || packages+=(clamav-daemon)
  command -v docker-compose >/dev/null 2>&1 || packages+=(docker-compose)
  ((${#packages[@]})) || return 0
  if ((EUID != 0)) && ! command -v sudo >/dev/null; then
    warn "not root and no sudo: cannot install ${packages[*]}"
    return 0
  fi
  local log="$COSO_LOGS/apt.log"
  info "installing ${packages[*]} with apt (log: $log)"
  # A failure is reported by the steps that need the package; the others still run.
  (
    set -e
    COSO_APT_UPDATED=""
    for p in "${packages[@]}"; do
      # docker-compose only validates the files here: it does not need the Docker engine it recommends.
      if [[ $p == docker-compose ]]; then
        apt_install --no-install-recommends docker-compose
      else
        apt_install "$p"
      fi
    done
  ) >"$log" 2>&1 </dev/null || { show_log_tail "$log"; warn "apt-get failed: ${packages[*]} may be missing"; }
}

# npm_ci_if_changed DIR NAME: npm ci in DIR when node_modules is missing or package-lock.json changed
# since the last one.
npm_ci_if_changed() {
  local dir=$1 name=$2 stamp="$1/node_modules/.coso-package-lock.sha256" sum
  sum=$(sha256_of "$dir/package-lock.json")
  if [[ -f $stamp && $(cat "$stamp") == "$sum" ]]; then
    info "$name dependencies are up to date"
    return 0
  fi
  info "installing $name dependencies (npm ci; log: $COSO_LOGS/$name-npm-ci.log)"
  (cd "$dir" && npm ci --no-audit --no-fund) >"$COSO_LOGS/$name-npm-ci.log" 2>&1 ||
    { show_log_tail "$COSO_LOGS/$name-npm-ci.log"; return 1; }
  echo "$sum" >"$stamp"
}

provision_frontend() { npm_ci_if_changed "$FRONTEND_DIR" frontend; }

# The contract's linters (Spectral, Redocly), a package of their own.
provision_contract_lint() { npm_ci_if_changed "$COSO_ROOT/tools/openapi-lint" contract-lint; }

# The backend's dependencies and build plugins into the local Maven repository, once per pom.xml.
provision_maven() {
  local stamp
  stamp="$COSO_CACHE/maven-backend-$(sha256_of "$BACKEND_DIR/pom.xml").done"
  if [[ -f $stamp ]]; then
    info "backend dependencies are in the Maven repository"
    return 0
  fi
  info "fetching the backend's Maven dependencies (the first time: a few minutes; log: $COSO_LOGS/maven-deps.log)"
  "${COSO_MVN[@]}" -q -f "$BACKEND_DIR/pom.xml" dependency:go-offline >"$COSO_LOGS/maven-deps.log" 2>&1 ||
    { show_log_tail "$COSO_LOGS/maven-deps.log"; return 1; }
  touch "$stamp"
}

# run_side_by_side NAME FUNCTION...: each function in the background; fails if one failed.
run_side_by_side() {
  local pids=() names=() fn i status=0
  for fn in "$@"; do
    "$fn" &
    pids+=($!)
    names+=("$fn")
  done
  for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then
      warn "${names[$i]} failed"
      status=1
    fi
  done
  return $status
}

started=$(now)
provision_base_tools
steps=(keycloak_fetch provision_frontend provision_maven)
[[ $PURPOSE == test ]] && steps=(provision_test_packages provision_contract_lint "${steps[@]}")
run_side_by_side "${steps[@]}" || die "provisioning failed (logs: $COSO_LOGS)"
info "provisioned for $PURPOSE in $(($(now) - started)) s"
