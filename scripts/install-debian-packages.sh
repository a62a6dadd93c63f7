#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Verzuimdesk builds, tests and runs with (as root, or via sudo).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
as_root=()
if [ "$(id -u)" != 0 ]; then as_root=(sudo); fi
mapfile -t packages < <(grep -v '^#' "$here/debian-packages.txt" | grep -v '^$')
"${as_root[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
