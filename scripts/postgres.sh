#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: its own data folder and port on 127.0.0.1.
# Usage: source scripts/postgres.sh; pg_start; ...; pg_stop
# pg_start exports ALLIANCE_TEST_POSTGRES (a connection string with rights to create databases).

PG_PORT="${PG_PORT:-55432}"
PG_DIR="${PG_DIR:-${TMPDIR:-/tmp}/alliance-pg-$PG_PORT}"

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] && echo "$bin"
}

# Runs a command as the server's owner: root may not run PostgreSQL, so use the postgres account.
pg_as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_install() {
  if pg_bin >/dev/null; then return 0; fi
  echo "Installing PostgreSQL from Debian's packages..."
  if [ "$(id -u)" != "0" ]; then echo "PostgreSQL is missing; run as root or: sudo apt-get install -y postgresql" >&2; return 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

pg_start() {
  pg_install || return 1
  local bin; bin=$(pg_bin)
  pg_stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
  [ "$(id -u)" = "0" ] && chown postgres "$PG_DIR"
  pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U alliance -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  # fsync off: a test server loses nothing worth keeping, and tests run much faster.
  pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  export ALLIANCE_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=alliance;Database=postgres;Pooling=true"
  export PATH="$bin:$PATH"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

pg_stop() {
  local bin; bin=$(pg_bin) || return 0
  [ -d "$PG_DIR/data" ] && pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
