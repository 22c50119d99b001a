"""Magplan's own icon, and the status icons drawn here, so a flag looks the same in every
style, on screen and on paper.

Each icon has its own shape and sign (triangle "!", circle "?", circle with a tick, octagon
"!"), so the status never depends on colour alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from planner.totals import Status
from ui.desktop_entry import APP_ID, FOLDER, ICON_SIZES

COLOURS = {
    Status.OK: QColor("#2e7d32"),
    Status.LOW: QColor("#c62828"),
    Status.POSSIBLY_LOW: QColor("#b26a00"),
    Status.ABOVE_LIMIT: QColor("#6a1b9a"),
}
# Light tints behind a flag; the icon and the words carry the meaning.
TINTS = {
    Status.OK: QColor("#e8f5e9"),
    Status.LOW: QColor("#ffebee"),
    Status.POSSIBLY_LOW: QColor("#fff3e0"),
    Status.ABOVE_LIMIT: QColor("#f3e5f5"),
}


def paint_status(painter: QPainter, rect: QRectF, status: Status) -> None:
    """Draw the flag for a status in a square rect."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = COLOURS[status]
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    shape = QPainterPath()
    if status is Status.LOW:
        shape.addPolygon(
            QPolygonF([QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()])
        )
        shape.closeSubpath()
        sign = "!"
    elif status is Status.ABOVE_LIMIT:
        inset = side * 0.29
        shape.addPolygon(
            QPolygonF(
                [
                    QPointF(box.left() + inset, box.top()),
                    QPointF(box.right() - inset, box.top()),
                    QPointF(box.right(), box.top() + inset),
                    QPointF(box.right(), box.bottom() - inset),
                    QPointF(box.right() - inset, box.bottom()),
                    QPointF(box.left() + inset, box.bottom()),
                    QPointF(box.left(), box.bottom() - inset),
                    QPointF(box.left(), box.top() + inset),
                ]
            )
        )
        shape.closeSubpath()
        sign = "!"
    else:
        shape.addEllipse(box)
        sign = "?" if status is Status.POSSIBLY_LOW else ""
    painter.fillPath(shape, colour)
    painter.setPen(QPen(QColor("white"), max(1.5, side / 9)))
    if status is Status.OK:
        tick = QPolygonF(
            [
                QPointF(box.left() + side * 0.27, box.top() + side * 0.52),
                QPointF(box.left() + side * 0.44, box.top() + side * 0.70),
                QPointF(box.left() + side * 0.74, box.top() + side * 0.33),
            ]
        )
        painter.drawPolyline(tick)
    else:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(6, int(side * 0.7)))
        painter.setFont(font)
        text_box = box.adjusted(0, side * 0.12, 0, 0) if status is Status.LOW else box
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, sign)
    painter.restore()


@cache
def status_icon(status: Status, size: int = 16) -> QIcon:
    """The flag as an icon (drawn once per status and size: every edit shows it again)."""
    return _drawn_icon(lambda painter, rect: paint_status(painter, rect, status), size)


def _drawn_icon(paint: Callable[[QPainter, QRectF], None], size: int) -> QIcon:
    """An icon size pixels square that paint draws, at 1x and 2x."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint(painter, QRectF(0.5, 0.5, size * scale - 1, size * scale - 1))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


def app_icon() -> QIcon:
    """Magplan's icon, at each size the desktop entry installs (rendered from its SVG)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(FOLDER / f"{APP_ID}-{size}.png"), QSize(size, size))
    return icon


# A saved meal's colour: a bowl, in the browser and the week, apart from any status's.
MEAL_COLOUR = QColor("#1565c0")


def paint_meal(painter: QPainter, rect: QRectF) -> None:
    """A saved meal's mark in a square rect: a bowl with steam over it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    bowl = QPainterPath()
    bowl.moveTo(box.left(), box.top() + side * 0.48)
    bowl.lineTo(box.right(), box.top() + side * 0.48)
    bowl.arcTo(QRectF(box.left(), box.top() + side * 0.02, side, side * 0.92), 0, -180)
    bowl.closeSubpath()
    painter.fillPath(bowl, MEAL_COLOUR)
    painter.setPen(
        QPen(MEAL_COLOUR, max(1.0, side / 12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    )
    for x in (0.35, 0.65):
        painter.drawLine(
            QPointF(box.left() + side * x, box.top() + side * 0.08),
            QPointF(box.left() + side * x, box.top() + side * 0.34),
        )
    painter.restore()


@cache
def meal_icon(size: int = 16) -> QIcon:
    """A saved meal's mark as an icon (drawn once per size)."""
    return _drawn_icon(paint_meal, size)


# Balancing's preferences, apart from every status's colour: amber for a favourite, grey for
# a food never suggested.
PREFERENCE_COLOURS = {"favourites": QColor("#f9a825"), "disliked": QColor("#757575")}


def paint_preference(painter: QPainter, rect: QRectF, preference: str) -> None:
    """A favourite's star, or a disliked food's circle with a bar through it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    centre, colour = rect.center(), PREFERENCE_COLOURS[preference]
    if preference == "favourites":
        star = QPainterPath()
        for point in range(10):
            radius = side * (0.5 if point % 2 == 0 else 0.2)
            angle = math.radians(-90 + 36 * point)
            corner = QPointF(
                centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)
            )
            if point:
                star.lineTo(corner)
            else:
                star.moveTo(corner)
        star.closeSubpath()
        painter.fillPath(star, colour)
    else:
        pen = QPen(colour, max(1.0, side / 8))
        painter.setPen(pen)
        radius = side * 0.4
        painter.drawEllipse(centre, radius, radius)
        offset = radius * math.sqrt(0.5)
        painter.drawLine(
            QPointF(centre.x() - offset, centre.y() - offset),
            QPointF(centre.x() + offset, centre.y() + offset),
        )
    painter.restore()


@cache
def preference_icon(preference: str, size: int = 16) -> QIcon:
    """The preference's mark as an icon (drawn once per preference and size)."""
    return _drawn_icon(lambda painter, rect: paint_preference(painter, rect, preference), size)
