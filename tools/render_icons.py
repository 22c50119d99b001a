"""Render the application icon, ui/desktop/magplan.svg, to the PNG sizes the desktop entry
installs (ui/desktop/magplan-<size>.png). Run it after changing the SVG:

    .venv/bin/python tools/render_icons.py

tests/test_desktop_entry.py checks the PNGs are the SVG's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from ui.desktop_entry import APP_ID, FOLDER, ICON_SIZES


def render(size: int) -> QImage:
    """The SVG drawn on a transparent square of size pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(FOLDER / f"{APP_ID}.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])  # noqa: F841
    for size in ICON_SIZES:
        out = FOLDER / f"{APP_ID}-{size}.png"
        if not render(size).save(str(out), "PNG"):
            raise SystemExit(f"render_icons: cannot write {out}")
        print(out)


if __name__ == "__main__":
    main()
