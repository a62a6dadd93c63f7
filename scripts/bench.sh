#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark of docs/performance.md: generates a school (default the large ROC: 30,000 mbo
# leerlingen), imports it into a fresh SQLite file and runs `verzuimdesk-cli bench` on it.
#
#   scripts/bench.sh BIN_DIR [LEERLINGEN] [SECTOR] [bench options, e.g. --json]
#
# BIN_DIR holds verzuimdesk-cli and verzuimdesk (a Release build: `ninja -C build/release bench`).
# The generated files and database stay in $BENCH_DIR (default BIN_DIR/../bench) for reuse.
set -euo pipefail
bin="$(cd "$1" && pwd)"
shift
leerlingen=30000
sector=mbo
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then leerlingen="$1"; shift; fi
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then sector="$1"; shift; fi
# A fixed "today", so that every run measures the same year of attendance.
export VERZUIMDESK_VANDAAG="${VERZUIMDESK_VANDAAG:-2026-11-20}"
work="${BENCH_DIR:-$bin/../bench}"
school="$work/$sector-$leerlingen-$VERZUIMDESK_VANDAAG"
db="$school.sqlite"

mkdir -p "$work"
if [ ! -f "$school/absenties.csv" ]; then
    "$bin/verzuimdesk-cli" genereer --leerlingen "$leerlingen" --sector "$sector" --seed 2026 \
        --uit "$school" >&2
fi
rm -rf "$db" "$db-wal" "$db-shm" "$db.backups"
"$bin/verzuimdesk-cli" --db "$db" import --school "$school/school.json" \
    --leerlingen "$school/leerlingen.csv" --contacten "$school/contacten.csv" \
    --absenties "$school/absenties.csv" >&2
# The import's 300 MB go to disk now, not while the benchmark copies and re-imports them.
sync
exec "$bin/verzuimdesk-cli" --db "$db" bench "$@"
