#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway PostgreSQL 15 server for the test suite, without systemd: a fresh cluster in
# DIR (a new private folder from mktemp when none is named), owned by the `postgres` system user
# when run as root. Its superuser is reachable only through the Unix socket in DIR, which only
# the cluster's owner may enter; over TCP it listens on 127.0.0.1:PORT only (never `localhost`,
# which also resolves to ::1) and asks every login for its SCRAM password. Prints the URL, with
# the tests' login and its password made up for this run, that the tests take in
# VERZUIMDESK_TEST_POSTGRES; the CA of its TLS certificate is DIR/tls/ca.pem
# (VERZUIMDESK_TEST_POSTGRES_CA). Stop it with: postgres-for-tests.sh stop DIR
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
action=${1:-start}
dir=${2:-}
port=${3:-54329}
as_postgres=()
if [ "$(id -u)" = 0 ]; then as_postgres=(runuser -u postgres --); fi

if [ "$action" = stop ]; then
    [ -n "$dir" ] || { echo "Name the server's folder: postgres-for-tests.sh stop DIR" >&2; exit 2; }
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    exit 0
fi

if [ -z "$dir" ]; then
    dir=$(mktemp -d /tmp/verzuimdesk-pg.XXXXXX)
    echo "PostgreSQL for the tests in $dir (its CA: $dir/tls/ca.pem); stop it with: $0 stop $dir" >&2
elif [ -d "$dir/data" ]; then
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
fi
mkdir -p "$dir"
chmod 700 "$dir"
if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
# TLS with a certificate made out to another name by a CA of its own ($dir/tls/ca.pem), so that
# the tests can see a client refuse it (VERZUIMDESK_TEST_POSTGRES_CA).
tls="$dir/tls"
mkdir -p "$tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Verzuimdesk test CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=attacker.invalid" \
    -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial \
    -days 2 -out "$tls/server.pem" 2>/dev/null
chmod 600 "$tls/server.key"
if [ "$(id -u)" = 0 ]; then chown -R postgres: "$tls"; fi
"${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c ssl=on \
        -c ssl_cert_file=$tls/server.pem -c ssl_key_file=$tls/server.key" start >/dev/null
psql=("${as_postgres[@]}" psql -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -q)
# The tests' own login may create the other logins (the team's users) they need.
"${psql[@]}" -c "CREATE ROLE verzuimdesk LOGIN CREATEROLE PASSWORD '$password'" \
    -c "CREATE DATABASE verzuimdesk_test OWNER verzuimdesk"
echo "postgresql://verzuimdesk:$password@127.0.0.1:$port/verzuimdesk_test"
