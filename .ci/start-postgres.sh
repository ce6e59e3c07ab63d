#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the workspace tests and print its superuser URL on
# stdout (everything else goes to stderr). Installs Debian's postgresql when it is missing.
# Safe to run twice: a running cluster is reused, a stopped one restarted.
# Usage: export WORKSPACE_TEST_DATABASE_URL="$(.ci/start-postgres.sh)"
set -euo pipefail

CLUSTER_DIR="${CI_POSTGRES_DIR:-/tmp/customs-preflight-ci-postgres}"
PORT="${CI_POSTGRES_PORT:-54329}"
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL (Debian package postgresql)…" >&2
  $SUDO apt-get update -qq >&2
  # The package would create and start its own cluster on 5432; this script runs its own instead.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

# initdb and postgres refuse to run as root: run them as the postgres user the package created.
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if [ ! -s "$CLUSTER_DIR/data/PG_VERSION" ]; then
  $SUDO mkdir -p "$CLUSTER_DIR"
  $SUDO chown postgres:postgres "$CLUSTER_DIR"
  as_postgres sh -c "umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > '$CLUSTER_DIR/password'"
  as_postgres "$BIN/initdb" -D "$CLUSTER_DIR/data" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
    --pwfile="$CLUSTER_DIR/password" >&2
fi

if ! as_postgres "$BIN/pg_ctl" -D "$CLUSTER_DIR/data" status >/dev/null 2>&1; then
  as_postgres "$BIN/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$CLUSTER_DIR" start >&2
fi

PASSWORD="$(as_postgres cat "$CLUSTER_DIR/password")"
echo "postgresql://postgres:${PASSWORD}@127.0.0.1:${PORT}/postgres"
