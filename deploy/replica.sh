#!/usr/bin/env bash
# A PostgreSQL streaming replica of the local primary, on this machine, for the read router
# (DATABASE_REPLICA_URL) and its test.
# Usage: deploy/replica.sh [start|stop|status|drop]
#   start  takes a base backup from the primary through a physical replication slot (the first
#          time) and starts the replica at 127.0.0.1:5433 (REPLICA_PORT); prints the URL to use.
#   stop   stops it; the slot keeps the WAL it has not received yet.
#   drop   stops it, deletes its files and drops the slot (the primary keeps no WAL for it).
# On the primary it needs, and adds when missing (idempotently): wal_level replica or logical
# (ALTER SYSTEM; that one change needs a restart of the primary, which it asks for and does not
# do), a free WAL sender and a pg_hba.conf line letting 127.0.0.1 connect for replication with
# the primary's own authentication method for 127.0.0.1 (trust on a developer's machine).
# Its files are under .run/replica/.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN="$(pwd)/.run/replica"
DATA="$RUN/data"
PRIMARY_HOST="${PG_HOST:-127.0.0.1}"
PRIMARY_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
PORT="${REPLICA_PORT:-5433}"
SLOT="${REPLICA_SLOT:-opentori_replica}"
DB_NAME="${REPLICA_DB_NAME:-opentori_production}"

version="$(psql -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$PG_USER" -Atc 'SHOW server_version_num')"
BIN="/usr/lib/postgresql/$((version / 10000))/bin"

primary() { psql -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -Atc "$1"; }
# The server runs as the postgres user: as root, run its tools as that user.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
running() { [ -f "$DATA/postmaster.pid" ] && as_postgres "$BIN/pg_ctl" -D "$DATA" status >/dev/null; }

prepare_primary() {
  local level hba method
  level="$(primary 'SHOW wal_level')"
  if [ "$level" = minimal ]; then
    primary "ALTER SYSTEM SET wal_level = 'replica'"
    echo "The primary had wal_level = minimal; it is now set to replica (ALTER SYSTEM)." >&2
    echo "Restart the primary (e.g. pg_ctlcluster 15 main restart) and run this again." >&2
    exit 1
  fi
  if [ "$(primary 'SHOW max_wal_senders')" = 0 ]; then
    primary "ALTER SYSTEM SET max_wal_senders = 10"
    echo "max_wal_senders was 0; set to 10: restart the primary and run this again." >&2
    exit 1
  fi
  hba="$(primary 'SHOW hba_file')"
  if ! primary "SELECT 1 FROM pg_hba_file_rules WHERE 'replication' = ANY(database)
                AND (address = '127.0.0.1' OR address IS NULL AND type = 'host')" | grep -q 1; then
    method="$(primary "SELECT auth_method FROM pg_hba_file_rules WHERE type = 'host'
                       AND address = '127.0.0.1' AND 'all' = ANY(database) LIMIT 1")"
    echo "host replication all 127.0.0.1/32 ${method:-scram-sha-256}" | as_root tee -a "$hba" >/dev/null
    primary 'SELECT pg_reload_conf()' >/dev/null
    echo "Added to $hba: host replication all 127.0.0.1/32 ${method:-scram-sha-256}"
  fi
  primary "SELECT pg_create_physical_replication_slot('$SLOT')
           WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = '$SLOT')" \
    >/dev/null
}

start() {
  prepare_primary
  mkdir -p "$RUN"
  [ "$(id -u)" = 0 ] && chown postgres "$RUN"
  if [ ! -f "$DATA/PG_VERSION" ]; then
    echo "Base backup from $PRIMARY_HOST:$PRIMARY_PORT into .run/replica/data"
    as_postgres "$BIN/pg_basebackup" -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$PG_USER" \
      -D "$DATA" -R -S "$SLOT" -X stream -c fast
    # Debian keeps the configuration outside the data directory: the replica gets its own.
    as_postgres tee "$DATA/postgresql.conf" >/dev/null <<CONF
port = $PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$RUN'
hot_standby = on
hot_standby_feedback = on
max_connections = 100
shared_buffers = 64MB
CONF
    as_postgres tee "$DATA/pg_hba.conf" >/dev/null <<HBA
local all all trust
host all all 127.0.0.1/32 trust
HBA
  fi
  if ! running; then
    as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$RUN/postgresql.log" -w start >/dev/null
  fi
  status
  echo "DATABASE_REPLICA_URL=postgres://$PG_USER@127.0.0.1:$PORT/$DB_NAME"
}

status() {
  if ! running; then echo "replica: not running"; return 1; fi
  local lag
  lag="$(psql -h 127.0.0.1 -p "$PORT" -U "$PG_USER" -Atc \
    "SELECT coalesce(round(extract(epoch FROM now() - pg_last_xact_replay_timestamp())::numeric, 3), 0)")"
  echo "replica: running at 127.0.0.1:$PORT, pid $(head -1 "$DATA/postmaster.pid"), in recovery:" \
    "$(psql -h 127.0.0.1 -p "$PORT" -U "$PG_USER" -Atc 'SELECT pg_is_in_recovery()'), seconds" \
    "since the last replayed transaction: $lag; log .run/replica/postgresql.log"
  primary "SELECT 'primary sees it: ' || state || ', replay lag ' || coalesce(replay_lag::text, '0')
           FROM pg_stat_replication WHERE application_name <> ''" || true
}

stop() {
  if running; then
    as_postgres "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    echo "replica stopped"
  fi
}

drop() {
  stop
  rm -rf "$DATA"
  primary "SELECT pg_drop_replication_slot('$SLOT')
           WHERE EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = '$SLOT')" >/dev/null
  echo "replica files and slot $SLOT dropped"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  drop) drop ;;
  *) echo "usage: $0 [start|stop|status|drop]" >&2; exit 2 ;;
esac
