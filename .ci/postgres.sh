#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests and benchmark.
#
#   eval "$(bash .ci/postgres.sh start)"   # installs Debian's postgresql if missing, starts a
#                                           # cluster in a temp dir, prints `export TIMELINE_APP_TEST_PG_URL=...`
#   bash .ci/postgres.sh stop               # stops it and removes its files
#
# The server runs as a non-root user (postgres when started by root), listens on
# 127.0.0.1 on a free port, trusts local connections and skips fsync: it holds
# test data only. Everything but the export line goes to stderr.
set -euo pipefail

# One server per checkout: runs from other clones (or other sessions' CI) never
# stop each other's server.
CHECKOUT=$(cd "$(dirname "$0")/.." && pwd)
STATE=${TIMELINE_APP_PG_STATE:-/tmp/timeline-app-postgres-$(printf '%s' "$CHECKOUT" | md5sum | cut -c1-12).state}
DB_USER=timeline
DB_NAME=timeline_test

log() { echo "postgres.sh: $*" >&2; }

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_installed() {
  if [ -n "$(bin_dir)" ]; then return; fi
  if [ "$(id -u)" -ne 0 ]; then
    log "postgresql is not installed and only root can install it"; exit 1
  fi
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
}

# run a command as the server's (non-root) user
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  if [ -f "$STATE" ]; then stop; fi
  ensure_installed
  local bin dir port
  bin=$(bin_dir)
  dir=$(mktemp -d /tmp/timeline-app-pg.XXXXXX)
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U "$DB_USER" -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  printf '%s\n%s\n%s\n' "$dir" "$port" "$bin" >"$STATE"
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$DB_USER" "$DB_NAME"
  log "PostgreSQL running on 127.0.0.1:$port (data in $dir)"
  echo "export TIMELINE_APP_TEST_PG_URL='postgresql+psycopg://$DB_USER@127.0.0.1:$port/$DB_NAME'"
}

stop() {
  if [ ! -f "$STATE" ]; then log "no server to stop"; return 0; fi
  local dir bin
  dir=$(sed -n 1p "$STATE")
  bin=$(sed -n 3p "$STATE")
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir" "$STATE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
