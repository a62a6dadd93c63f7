#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway PostgreSQL 15 server for the test suite, without systemd: a fresh cluster in
# DIR (removed first), owned by the `postgres` system user, listening on 127.0.0.1:PORT only
# (never `localhost`, which also resolves to ::1). Prints the URL the tests take in
# VERZUIMDESK_TEST_POSTGRES. Stop it with: postgres-for-tests.sh stop DIR
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
action=${1:-start}
dir=${2:-/tmp/verzuimdesk-pg}
port=${3:-54329}
as_postgres=()
if [ "$(id -u)" = 0 ]; then as_postgres=(runuser -u postgres --); fi

if [ "$action" = stop ]; then
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    exit 0
fi

if [ -d "$dir/data" ]; then "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; fi
rm -rf "$dir"
mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
# trust on 127.0.0.1: a private test server; the team's real server uses scram-sha-256.
"${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
psql=("${as_postgres[@]}" psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
# The tests' own login may create the other logins (the team's users) they need.
"${psql[@]}" -c "CREATE ROLE verzuimdesk LOGIN CREATEROLE" -c "CREATE DATABASE verzuimdesk_test OWNER verzuimdesk"
echo "postgresql://verzuimdesk@127.0.0.1:$port/verzuimdesk_test"
