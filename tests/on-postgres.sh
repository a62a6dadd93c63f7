#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test binary against the PostgreSQL server in VERZUIMDESK_TEST_POSTGRES; without one the
# test is reported as skipped (ctest's SKIP_REGULAR_EXPRESSION), never as passed.
if [ -z "${VERZUIMDESK_TEST_POSTGRES:-}" ]; then
    echo "SKIP   : no PostgreSQL server; start one with scripts/postgres-for-tests.sh and set VERZUIMDESK_TEST_POSTGRES"
    exit 0
fi
exec "$@"
