"""The icon set: every size each OS needs, and .ico/.icns containers that Qt itself can read back."""

from __future__ import annotations

import struct
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"

ICONS = RESOURCES / "icons"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_png_size_exists_at_its_size(icons: ModuleType) -> None:
    """16 to 512 px: menus, title bars, launchers, HiDPI docks."""
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= set(icons.PNG_SIZES)
    for size in icons.PNG_SIZES:
        assert _png_size((ICONS / icons.png_name(size)).read_bytes()) == (size, size)


def test_the_svg_masters_are_valid(qapp: Any) -> None:
    """Both drawings render (the large one is also the window icon and the scalable desktop icon)."""
    from PySide6.QtSvg import QSvgRenderer

    for name in ("klarna-console.svg", "klarna-console-small.svg"):
        assert QSvgRenderer(str(ICONS / name)).isValid(), name


def test_ico_directory_matches_its_images(icons: ModuleType) -> None:
    """The .ico lists each Windows size once, and each entry points at a PNG of that size."""
    data = (ICONS / "klarna-console.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    seen = []
    for index in range(count):
        width, height, _colours, _r, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        size = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        assert _png_size(data[offset:offset + length]) == (size, size)
        seen.append(size)
    assert sorted(seen) == sorted(icons.ICO_SIZES) and 256 in seen


def test_icns_elements_match_their_types(icons: ModuleType) -> None:
    """The .icns length adds up and each element holds a PNG of the size its type code means."""
    data = (ICONS / "klarna-console.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = dict(icons.ICNS_TYPES)
    offset, found = 8, {}
    while offset < len(data):
        code, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        found[code] = _png_size(data[offset + 8:offset + length])
        offset += length
    assert offset == len(data)
    assert found == {code: (size, size) for code, size in expected.items()}
    assert found[b"ic10"] == (1024, 1024)  # the 512@2x image the Finder and Dock use on Retina screens


@pytest.mark.parametrize("name", ["klarna-console.ico", "klarna-console.icns"])
def test_qt_reads_the_containers(qapp: Any, name: str) -> None:
    """An independent reader (Qt's image plugins) decodes the largest image of each container."""
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(ICONS / name))
    if bytes(reader.format().data()) == b"" and not reader.canRead():
        pytest.skip(f"this Qt build has no reader for {name}")
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
    assert max(sizes) >= 256


def test_containers_round_trip_synthetic_images(icons: ModuleType) -> None:
    """The writers lay out offsets and lengths correctly for any payload."""
    fake = {size: b"\x89PNG\r\n\x1a\n" + bytes(8) + struct.pack(">II", size, size) + bytes(size % 7)
            for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    ico = icons.ico(fake)
    _r, _k, count = struct.unpack("<HHH", ico[:6])
    last = struct.unpack("<BBBBHHII", ico[6 + 16 * (count - 1):22 + 16 * (count - 1)])
    assert last[-1] + last[-2] == len(ico)
    icns = icons.icns(fake)
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
