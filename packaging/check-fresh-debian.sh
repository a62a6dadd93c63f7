#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a built package on a fresh Debian 12 the way a school's IT department would
# (`apt-get install ./verzuimdesk_*.deb`) and checks that it works there: both programs start, an
# import of a generated school succeeds, the window draws the demo school on an X server (Xvfb),
# and the menu entry carries its Dutch texts and finds its icon and program. The screenshot is
# kept for a person to look at: that the window speaks Dutch is judged there.
#
#   packaging/check-fresh-debian.sh build/verzuimdesk_0.1.0_amd64.deb [WORKDIR]
#
# Needs root, debootstrap and the network (deb.debian.org); the fresh system is made once in
# WORKDIR/root (minbase, ~3 minutes) and reused when WORKDIR is given again. Not part of .ci/run,
# which has no time for it; docs/packaging.md says when to run it.
set -euo pipefail
deb=$(realpath "$1")
work=${2:-$(mktemp -d /tmp/verzuimdesk-fresh.XXXXXX)}
root=$work/root

if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
mount -t proc proc "$root/proc"
trap 'umount "$root/proc"' EXIT
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

cp "$deb" "$root/tmp/"
in_root apt-get update
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall "/tmp/$(basename "$deb")"

echo "== the programs"
in_root verzuimdesk-cli --version
in_root verzuimdesk-cli genereer --leerlingen 40 --sector vo --seed 7 --uit /tmp/school
in_root verzuimdesk-cli --db /tmp/school.sqlite import --school /tmp/school/school.json \
    --leerlingen /tmp/school/leerlingen.csv --contacten /tmp/school/contacten.csv \
    --absenties /tmp/school/absenties.csv
in_root verzuimdesk-cli --db /tmp/school.sqlite leerlingen | tail -n 1 | grep -qx '40 leerlingen.'
# An X server only to look at the window; the package itself does not need one.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb xauth
rm -f "$root/tmp/demo.sqlite" "$root/tmp/window.png"
in_root xvfb-run --auto-servernum -s "-screen 0 1280x800x24" \
    verzuimdesk --db /tmp/demo.sqlite --demo --screenshot /tmp/window.png
cp "$root/tmp/window.png" "$work/window.png"

echo "== the menu entry"
desktop=$root$(in_root dpkg -L verzuimdesk | grep '^/usr/share/applications/.*\.desktop$')
expect() { grep -qx "$1" "$desktop" || { echo "missing in $desktop: $1" >&2; exit 1; }; }
expect 'Name=Verzuimdesk'
expect 'GenericName\[nl\]=Verzuimsignalering en verzuimmelding'
expect 'Comment\[nl\]=Verzuimsignalen en verzuimmeldingen aan DUO voor scholen'
icon=$(sed -n 's/^Icon=//p' "$desktop")
test -f "$root/usr/share/icons/hicolor/48x48/apps/$icon.png"
test -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"
in_root sh -c "command -v $(sed -n 's/^Exec=//p' "$desktop")" > /dev/null

echo "fresh Debian 12: installed and working; the window as drawn there: $work/window.png"
