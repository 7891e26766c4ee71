"""Draw the app icon's PNG, .ico and .icns files from its SVGs (run after changing them).

    .venv/bin/python -m pip install pillow   # once; the app itself never needs it
    .venv/bin/python packaging/icons/make_icons.py

Qt renders the SVGs (the sizes up to 32 px from ``threshold-small.svg``, whose
thicker lines stay crisp there); Pillow packs the Windows .ico and the macOS .icns.
The results are committed, so building a bundle needs neither step.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PNG_DIR = HERE / "png"
# Linux (hicolor) and Windows sizes; macOS's .icns takes 16-1024 from the same drawings.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
SMALL_UP_TO = 32


def svg_for(size: int) -> Path:
    """The drawing for this size: the simpler one for small sizes."""
    return HERE / ("threshold-small.svg" if size <= SMALL_UP_TO else "threshold.svg")


def render_png(size: int, target: Path) -> None:
    """Render the icon at ``size`` pixels square into ``target``."""
    # A developer tool: Qt is imported only when it runs.
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg_for(size))).render(painter)
    painter.end()
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")


def pack_icons(rendered: dict[int, Path]) -> None:
    """Write threshold.ico and threshold.icns from the rendered PNGs."""
    from PIL import Image  # noqa: PLC0415 - installed by hand, see above

    images = {size: Image.open(path).convert("RGBA") for size, path in rendered.items()}
    largest = images[max(images)]
    largest.save(
        HERE / "threshold.ico",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES],
    )
    largest.save(HERE / "threshold.icns", append_images=[images[s] for s in ICNS_SIZES])


def main() -> int:
    """Render every size, then pack the platform icon files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    app = QGuiApplication(sys.argv[:1])  # QImage text and SVG rendering want one
    PNG_DIR.mkdir(exist_ok=True)
    rendered: dict[int, Path] = {}
    for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES}):
        target = PNG_DIR / f"threshold-{size}.png"
        render_png(size, target)
        rendered[size] = target
    pack_icons(rendered)
    (PNG_DIR / "threshold-1024.png").unlink()  # only the .icns needs it
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
