"""Render the SVG icon master to the PNG sizes, the Windows .ico and the macOS .icns in resources/icons/.

Run `python packaging/make_icons.py` after editing resources/icons/klarna-console.svg and commit the output;
the build uses the committed files, so it needs no image library. Both containers are written by hand:
they are a small header in front of PNG images.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
MASTER = "klarna-console.svg"
# Below 32 px the master's text lines blur into grey: a simplified drawing stays legible.
SMALL_MASTER = "klarna-console-small.svg"
SMALL_BELOW = 32
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows picks the nearest size for title bars, the taskbar, Explorer views and the Start menu.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS element types holding PNG data, by pixel size (retina types repeat a size at twice the density).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)


def png_name(size: int) -> str:
    """File name of one rendered size."""
    return f"klarna-console-{size}.png"


def render(svg: Path, sizes: set[int], small: Path | None = None) -> dict[int, bytes]:
    """PNG bytes of the SVG drawn at each size (the `small` drawing below 32 px), on a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderers = {path: QSvgRenderer(str(path)) for path in {svg, small or svg}}
    for path, candidate in renderers.items():
        if not candidate.isValid():
            raise SystemExit(f"{path} is not a valid SVG")
    images: dict[int, bytes] = {}
    for size in sorted(sizes):
        renderer = renderers[small if small is not None and size < SMALL_BELOW else svg]
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"could not encode the {size} px icon")
        images[size] = bytes(data.data())
    del app
    return images


def ico(images: dict[int, bytes], sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico whose entries are PNG images (understood since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = images[size]
        # Width and height are one byte each; 0 stands for 256.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns(images: dict[int, bytes], types: tuple[tuple[bytes, int], ...] = ICNS_TYPES) -> bytes:
    """A macOS .icns: big-endian length-prefixed elements, each a type code and a PNG."""
    body = b"".join(code + struct.pack(">I", 8 + len(images[size])) + images[size] for code, size in types)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    """Write every icon file next to the master."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS, help="where to write (default: resources/icons)")
    args = parser.parse_args(argv)
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _code, size in ICNS_TYPES}
    images = render(ICONS / MASTER, wanted, ICONS / SMALL_MASTER)
    args.out.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (args.out / png_name(size)).write_bytes(images[size])
    (args.out / "klarna-console.ico").write_bytes(ico(images))
    (args.out / "klarna-console.icns").write_bytes(icns(images))
    print(f"wrote {len(PNG_SIZES)} PNGs, klarna-console.ico and klarna-console.icns to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
