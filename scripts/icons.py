"""Render the app icon (assets/provider-wizard.svg) to the PNG sizes the app loads at start.

The window icon is set before the first paint. Loading it from SVG would pull in Qt's SVG
image plugin (about 2 MB and a few milliseconds) on every start; PNGs are read by QtGui
itself. Run ``scripts/icons`` after changing the SVG and commit the PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from provider_wizard.ui.app import ICON_SIZES, RESOURCES

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "assets" / "provider-wizard.svg"


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    RESOURCES.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = RESOURCES / f"provider-wizard-{size}.png"
        if not image.save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
