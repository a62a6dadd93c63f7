#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a real Secret Service: a private session bus with an unlocked
# gnome-keyring, a throwaway HOME, and no display (a locked keyring would prompt on one and the
# keychain job would never finish; see shared/reference/build-notes.md).
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
export VERZUIMDESK_KEYRING_SESSION=1
dbus-run-session -- sh -c \
    'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
