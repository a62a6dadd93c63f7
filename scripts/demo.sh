#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Verzuimdesk and starts it on the demo school
# (an embedded SQLite file under the user's data directory).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-debian-packages.sh
cmake -G Ninja -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DVERZUIMDESK_BUILD_TESTS=OFF
cmake --build build/release
exec build/release/app/verzuimdesk --demo "$@"
