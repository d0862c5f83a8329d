# Shared helpers for scripts/run.sh and scripts/test.sh. Source it; do not run it.
# shellcheck shell=bash

COSO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# CI may run with a bare environment: find the home folder even without $HOME.
: "${HOME:=$(getent passwd "$(id -u)" | cut -d: -f6)}"
export HOME
COSO_CACHE="${COSO_CACHE:-$HOME/.cache/coso}"
COSO_LOGS="${COSO_LOGS:-$COSO_ROOT/.run/logs}"
export COSO_ROOT COSO_CACHE COSO_LOGS
mkdir -p "$COSO_CACHE" "$COSO_LOGS"

# Quiet, non-interactive Maven everywhere: no download progress in logs.
# shellcheck disable=SC2034 # used by the scripts that source this file
COSO_MVN=(mvn -B --no-transfer-progress)

if [[ -t 1 ]]; then
  _c_bold=$'\e[1m' _c_red=$'\e[31m' _c_green=$'\e[32m' _c_yellow=$'\e[33m' _c_off=$'\e[0m'
else
  _c_bold='' _c_red='' _c_green='' _c_yellow='' _c_off=''
fi

info() { printf '%s==>%s %s\n' "$_c_bold" "$_c_off" "$*"; }
warn() { printf '%s==> warning:%s %s\n' "$_c_yellow" "$_c_off" "$*" >&2; }
fail() { printf '%s==> error:%s %s\n' "$_c_red" "$_c_off" "$*" >&2; }
die() { fail "$*"; exit 1; }

# now: seconds since the epoch, for timings.
now() { date +%s; }

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# http_ok URL: true when the URL answers 2xx.
http_ok() {
  curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null
}

# show_log_tail FILE [LINES]: print the end of a log to stderr, to explain a failure.
show_log_tail() {
  local file=$1 lines=${2:-40}
  if [[ -f $file ]]; then
    printf -- '--- last %s lines of %s ---\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" >&2
    printf -- '--- end of %s ---\n' "$file" >&2
  fi
}

# Processes started in the background, as "pid|name|logfile", newest last. Each runs in its own
# session (setsid), so its pid is also its process group id and stopping it stops its children
# (npm -> node, mvn -> java, java -> mariadbd).
COSO_STARTED=()

# start_bg NAME LOGFILE CMD...: start CMD in the background with its output in LOGFILE and
# register it for stop_all. Sets COSO_LAST_PID.
start_bg() {
  local name=$1 log=$2
  shift 2
  mkdir -p "$(dirname "$log")"
  setsid "$@" >"$log" 2>&1 </dev/null &
  COSO_LAST_PID=$!
  COSO_STARTED+=("$COSO_LAST_PID|$name|$log")
}

# alive PID: true while the process exists.
alive() { kill -0 "$1" 2>/dev/null; }

# stop_pid PID NAME: TERM the process group, wait up to 20 s, then KILL it.
stop_pid() {
  local pid=$1 name=$2 i
  alive "$pid" || return 0
  info "stopping $name (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do
    alive "$pid" || return 0
    sleep 0.5
  done
  warn "$name did not stop in 20 s; killing it"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

# stop_all: stop everything start_bg started, newest first.
stop_all() {
  local i entry pid rest name
  for ((i = ${#COSO_STARTED[@]} - 1; i >= 0; i--)); do
    entry=${COSO_STARTED[i]}
    pid=${entry%%|*}
    rest=${entry#*|}
    name=${rest%%|*}
    stop_pid "$pid" "$name"
  done
  COSO_STARTED=()
}

# wait_until SECONDS NAME PID LOGFILE CHECK...: poll CHECK every 2 s until it succeeds. Fails
# early when PID (if not empty) has died, and after SECONDS; both print the log's tail.
wait_until() {
  local timeout=$1 name=$2 pid=$3 log=$4
  shift 4
  local start
  start=$(now)
  while ! "$@"; do
    if [[ -n $pid ]] && ! alive "$pid"; then
      fail "$name exited before it was ready (log: $log)"
      show_log_tail "$log"
      return 1
    fi
    if (($(now) - start >= timeout)); then
      fail "$name was not ready after ${timeout} s (log: $log)"
      show_log_tail "$log"
      return 1
    fi
    sleep 2
  done
  info "$name is ready ($(($(now) - start)) s)"
}

# require_free_port PORT NAME: fail clearly when a port we must bind is taken.
require_free_port() {
  if port_open 127.0.0.1 "$1"; then
    die "port $1 (for $2) is already in use; stop whatever listens there (ss -ltnp 'sport = :$1') and retry"
  fi
}

# sha256_of FILE: the file's SHA-256, hex.
sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# apt_install [APT-OPTION...] PKG...: install Debian packages non-interactively (as root; runs
# apt-get update first, once per script).
COSO_APT_UPDATED=${COSO_APT_UPDATED:-}
apt_install() {
  local sudo=()
  ((EUID == 0)) || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  if [[ -z $COSO_APT_UPDATED ]]; then
    "${sudo[@]}" apt-get update -q
    COSO_APT_UPDATED=1
  fi
  "${sudo[@]}" apt-get install -y -q "$@"
}
