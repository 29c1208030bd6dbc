#!/usr/bin/env bash
# Start a throw-away PostgreSQL for the store's tests and print its URL (the only line on standard output):
#   export STORYLENS_TEST_PG_URL="$(bash .ci/setup-postgres.sh)"      ...      bash .ci/setup-postgres.sh stop
# Installs Debian's postgresql when it is missing, initialises a cluster in a temporary folder (as the postgres
# user when run as root, since initdb refuses root), and listens on a Unix socket in that folder only: no TCP port.
# Idempotent: a cluster already running for this checkout is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "setup-postgres: $*" >&2; }

KEY="$(pwd | sha256sum | cut -c1-8)"
DIR="${STORYLENS_PG_DIR:-${TMPDIR:-/tmp}/storylens-pg-$KEY}"
PORT="${STORYLENS_PG_PORT:-5432}"
DB="${STORYLENS_PG_DB:-storylens_test}"

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pgbin)" ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  say "installing Debian's postgresql"
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
fi
BIN="$(pgbin)"

if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  USER_NAME="postgres"
  as_db() { runuser -u postgres -- "$@"; }
else
  USER_NAME="$(id -un)"
  as_db() { "$@"; }
fi

if [ "${1:-start}" = "stop" ]; then
  if [ -f "$DIR/data/postmaster.pid" ]; then as_db "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2; fi
  exit 0
fi

mkdir -p "$DIR"
if [ "$(id -u)" = "0" ]; then chown postgres "$DIR"; fi
chmod 700 "$DIR"
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  say "initialising a cluster in $DIR/data"
  as_db "$BIN/initdb" -D "$DIR/data" -U "$USER_NAME" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_db "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  say "starting PostgreSQL ($("$BIN/postgres" --version)) on socket $DIR/.s.PGSQL.$PORT"
  as_db "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-k $DIR -p $PORT -c listen_addresses='' -c fsync=on -c max_connections=100" start >&2
fi
if ! as_db "$BIN/psql" -h "$DIR" -p "$PORT" -U "$USER_NAME" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  as_db "$BIN/createdb" -h "$DIR" -p "$PORT" -U "$USER_NAME" "$DB"
fi
echo "postgresql://$USER_NAME@/$DB?host=$DIR&port=$PORT"
