#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes packaging/windows/verzuimdesk.ico from resources/icons/verzuimdesk.svg.

Windows wants an .ico for the programs and the installer; it is checked in because a Windows
build machine has no SVG renderer. An .ico may hold PNG images (since Windows Vista), so this
renders the sizes with rsvg-convert (Debian: librsvg2-bin) and packs them. Run it again after
changing the SVG:  python3 scripts/make-windows-icon.py
"""
import pathlib
import struct
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
SVG = ROOT / "resources/icons/verzuimdesk.svg"
ICO = ROOT / "packaging/windows/verzuimdesk.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size), str(SVG)],
                          check=True, capture_output=True).stdout


def main() -> None:
    images = [(size, render(size)) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory, data = b"", b""
    for size, png in images:
        side = 0 if size == 256 else size  # 0 means 256 in an icon directory entry
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    ICO.write_bytes(header + directory + data)


if __name__ == "__main__":
    main()
