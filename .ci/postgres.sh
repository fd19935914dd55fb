# Start and stop a throwaway PostgreSQL cluster on a local socket and loopback port.
# Sourced by .ci/run; also usable by hand: `source .ci/postgres.sh && start_postgres`.
start_postgres() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    echo "PostgreSQL is not installed: the server-store tests will fail. apt-get install postgresql" >&2
    return 1
  fi
  export EQIA_PG_DIR
  EQIA_PG_DIR=$(mktemp -d /tmp/eqia-pg.XXXXXX)
  chown postgres "$EQIA_PG_DIR" 2>/dev/null || true
  local as=""
  [ "$(id -u)" = 0 ] && as="runuser -u postgres --"
  $as "$bindir/initdb" -D "$EQIA_PG_DIR/data" -U eqia --auth=trust >/dev/null
  $as "$bindir/pg_ctl" -D "$EQIA_PG_DIR/data" -o "-k $EQIA_PG_DIR -p 54329 -c listen_addresses=127.0.0.1" -l "$EQIA_PG_DIR/log" -w start >/dev/null
  export EQIA_TEST_PG_URL="postgres://eqia@127.0.0.1:54329/postgres"
  export EQIA_PG_BINDIR="$bindir"
  echo "PostgreSQL running at $EQIA_TEST_PG_URL"
}

stop_postgres() {
  [ -n "${EQIA_PG_DIR:-}" ] || return 0
  local as=""
  [ "$(id -u)" = 0 ] && as="runuser -u postgres --"
  $as "$EQIA_PG_BINDIR/pg_ctl" -D "$EQIA_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$EQIA_PG_DIR"
}
