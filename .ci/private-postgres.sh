# Sourced by .ci/run and benchmarks/run.sh: a private PostgreSQL cluster on 127.0.0.1 and a random
# port, in a temp directory, never the system cluster. `start_private_postgres LOGDIR` starts it and
# sets PG_CONNECTION (Host/Port/Username for Npgsql); `stop_private_postgres` stops it and removes it.
# Runs the server as the postgres user when called as root (initdb refuses root).
_pg_as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_private_postgres() {
  local logdir=$1
  _pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  _pg_dir=$(mktemp -d /tmp/gongkai-pg.XXXXXX)
  local port=$(( 54000 + RANDOM % 1000 ))
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$_pg_dir"
  _pg_as_postgres "$_pg_bin/initdb" -D "$_pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -N >"$logdir/initdb.log" 2>&1 \
    || { cat "$logdir/initdb.log"; return 1; }
  _pg_as_postgres "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -l "$_pg_dir/server.log" -w \
    -o "-p $port -k $_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$_pg_dir/server.log"; return 1; }
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres"
  PG_VERSION=$("$_pg_bin/postgres" --version | awk '{print $3}')
  PG_PORT=$port
}

stop_private_postgres() {
  [ -n "${_pg_dir:-}" ] || return 0
  _pg_as_postgres "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$_pg_dir"
  _pg_dir=""
}
