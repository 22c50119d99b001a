"""The week chart: magnesium, calcium and vitamin D per day as % of target, with the target line.

All drawing is `paint_week`, so the screen and the printed week show the same chart.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from planner.targets import TARGET_NUTRIENTS
from planner.totals import Assessment, Status
from ui import icons, labels

KEYS = tuple(TARGET_NUTRIENTS)  # magnesium, calcium, vitamin_d
COLOURS = {
    "magnesium": QColor("#00796b"),
    "calcium": QColor("#1565c0"),
    "vitamin_d": QColor("#e65100"),
}
# A pattern on top of each colour, so the bars are told apart in grey print too.
PATTERNS = {
    "magnesium": Qt.BrushStyle.SolidPattern,
    "calcium": Qt.BrushStyle.BDiagPattern,
    "vitamin_d": Qt.BrushStyle.Dense5Pattern,
}


translate = QCoreApplication.translate


def plot_area(rect: QRectF, font: QFont) -> QRectF:
    """Where the bars go inside rect: room left for the axis, above for the legend, below
    for the day names and flags."""
    metrics = QFontMetricsF(font)
    line = metrics.lineSpacing()
    return rect.adjusted(metrics.horizontalAdvance("300 %") + 10, line * 1.6, -6, -line * 2.2)


def day_slots(rect: QRectF, font: QFont, days: int = 7) -> list[QRectF]:
    """Each day's column in the plot, for drawing and for finding the day under the mouse."""
    plot = plot_area(rect, font)
    width = plot.width() / days
    return [QRectF(plot.left() + i * width, rect.top(), width, rect.height()) for i in range(days)]


def paint_week(
    painter: QPainter,
    rect: QRectF,
    assessment: Assessment,
    selected: int | None = None,
    palette: QPalette | None = None,
    font: QFont | None = None,
) -> None:
    """Draw the chart into rect (a widget, a printed page or an image)."""
    palette = palette or QPalette(QColor("white"))
    font = QFont(font or painter.font())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.lineSpacing()
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    faint = palette.color(QPalette.ColorRole.Mid)
    plot = plot_area(rect, font)
    days = assessment.days

    def share(key: str, day, with_supplements: bool) -> float:
        return (day.with_supplements if with_supplements else day.food)[key].percent

    highest = max([share(k, d, True) for d in days for k in KEYS] + [100])
    top = min(300, max(150, math.ceil(highest / 50) * 50))

    def y_of(percent: float) -> float:
        return plot.bottom() - plot.height() * min(percent, top) / top

    # Scale and grid.
    painter.setPen(QPen(faint, 0.5))
    for percent in range(0, top + 1, 50):
        y = y_of(percent)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(rect.left(), y - line / 2, plot.left() - rect.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{percent} %",
        )
        painter.setPen(QPen(faint, 0.5))

    slots = day_slots(rect, font, len(days))
    if selected is not None and 0 <= selected < len(slots):
        painter.fillRect(
            QRectF(slots[selected].left(), plot.top(), slots[selected].width(), plot.height()),
            palette.color(QPalette.ColorRole.AlternateBase),
        )

    any_missing = False
    for slot, day in zip(slots, days):
        bar_width = slot.width() * 0.8 / len(KEYS)
        left = slot.left() + slot.width() * 0.1
        for k, key in enumerate(KEYS):
            bar_left = left + k * bar_width
            food, total = share(key, day, False), share(key, day, True)
            x = QRectF(bar_left + 1, 0, bar_width - 2, 0)
            food_rect = QRectF(x.left(), y_of(food), x.width(), y_of(0) - y_of(food))
            _fill_bar(painter, food_rect, key, light=False)
            if total > food:  # the supplement, stacked lighter on top of the food
                _fill_bar(
                    painter,
                    QRectF(x.left(), y_of(total), x.width(), y_of(food) - y_of(total)),
                    key,
                    light=True,
                )
            if day.food[key].missing:
                any_missing = True
                painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(x.left(), y_of(total) - 6, x.width(), 6))
            if total > top:  # cut off at the top: say how far it goes
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(x.left() - 10, plot.top() - line, x.width() + 20, line),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{total:.0f}",
                )
        # The day's name, and its magnesium flag when it is not on target.
        status = day.food["magnesium"].status
        painter.setPen(text_colour)
        label = labels.day_name(day.date)
        label_rect = QRectF(slot.left(), plot.bottom() + 2, slot.width(), line)
        bold = QFont(font)
        bold.setBold(selected is not None and days.index(day) == selected)
        painter.setFont(bold)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(font)
        if status is not Status.OK:
            size = line - 2
            icons.paint_status(
                painter,
                QRectF(slot.center().x() - size / 2, label_rect.bottom() + 1, size, size),
                status,
            )

    # The target line.
    y = y_of(100)
    painter.setPen(QPen(text_colour, 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    _paint_legend(
        painter,
        QRectF(plot.left(), rect.top(), plot.width(), line * 1.4),
        font,
        text_colour,
        any_missing,
        bool(assessment.supplements),
    )
    painter.restore()


def _fill_bar(painter: QPainter, rect: QRectF, key: str, light: bool) -> None:
    colour = QColor(COLOURS[key])
    if light:
        colour = colour.lighter(170)
    # Bars are upright rectangles: filled without antialiasing, which costs the most here
    # (the chart is drawn again at every edit) and changes nothing a reader can see.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, colour)
    if PATTERNS[key] is not Qt.BrushStyle.SolidPattern:
        painter.fillRect(rect, QBrush(colour.darker(160), PATTERNS[key]))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour.darker(130), 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _paint_legend(
    painter: QPainter, rect: QRectF, font: QFont, colour: QColor, missing: bool, supplements: bool
) -> None:
    metrics = QFontMetricsF(font)
    box = metrics.height() * 0.8
    x = rect.left()
    items = [(key, labels.nutrient(key)) for key in KEYS]
    notes = [translate("WeekChart", "- - target")]
    if supplements:
        notes.append(translate("WeekChart", "lighter: supplements"))
    if missing:
        notes.append(translate("WeekChart", "dashed cap: at least"))
    painter.setPen(colour)
    for key, text in items:
        _fill_bar(painter, QRectF(x, rect.center().y() - box / 2, box, box), key, light=False)
        x += box + 4
        painter.setPen(colour)
        painter.drawText(
            QRectF(x, rect.top(), metrics.horizontalAdvance(text) + 2, rect.height()),
            Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        x += metrics.horizontalAdvance(text) + 14
    note = "   ".join(notes)
    painter.drawText(
        QRectF(x, rect.top(), max(0.0, rect.right() - x), rect.height()),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
        metrics.elidedText(note, Qt.TextElideMode.ElideRight, max(0.0, rect.right() - x)),
    )


def describe_week(assessment: Assessment) -> str:
    """The chart in words, for screen readers and tooltips."""
    parts = []
    for day in assessment.days:
        shares = ", ".join(f"{labels.short(k)} {day.food[k].percent:.0f} %" for k in KEYS)
        parts.append(f"{labels.weekday(day.date)}: {shares}")
    return "; ".join(parts)


class WeekChart(QWidget):
    day_clicked = Signal(int)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selected = 0
        self.setAccessibleName(
            self.tr("Week chart: magnesium, calcium and vitamin D as % of target")
        )
        self.setMinimumSize(320, 150)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # paintEvent fills every pixel: Qt need not paint the window behind it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        document.day_changed.connect(self.refresh)
        document.profile_changed.connect(self.refresh)
        document.plan_replaced.connect(self.refresh)

    def sizeHint(self) -> QSize:
        return QSize(560, 220)

    def set_selected_day(self, day: int) -> None:
        self.selected = day
        self.update()

    def refresh(self) -> None:
        self.setAccessibleDescription(describe_week(self.document.assessment()))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        paint_week(
            painter,
            QRectF(self.rect()).adjusted(4, 4, -4, -4),
            self.document.assessment(),
            self.selected,
            self.palette(),
            self.font(),
        )
        painter.end()

    def _day_at(self, x: float) -> int | None:
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        for i, slot in enumerate(day_slots(rect, self.font())):
            if slot.left() <= x < slot.right():
                return i
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position().x())
        if day is not None:
            self.day_clicked.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self._day_at(event.pos().x())
            if day is None:
                QToolTip.hideText()
            else:
                status = self.document.assessment().days[day]
                lines = [labels.weekday(status.date, True)]
                for key in KEYS:
                    value = status.with_supplements[key]
                    lines.append(
                        f"{labels.nutrient(key)}: {labels.at_least(value, key)} "
                        f"{labels.unit(key)} ({value.percent:.0f} %)"
                    )
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            return True
        return super().event(event)
