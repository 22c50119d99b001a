"""The main window's first layout for a size, and its layout kept between sessions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QStyle

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def lay_out(window: MainWindow, width: int, height: int) -> None:
    """Docks about a quarter of the width but never so wide that the week's seven days do not
    fit, the week as tall as its rows need (at least 60 % of the height), the chart below."""
    window.resize(width, height)
    view = window.week_view
    separator = window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
    room = width - view.needed_width() - separator
    dock = max(280, min(520, round(width * 0.27), room))
    window.resizeDocks([window.browser_dock], [dock], Qt.Orientation.Horizontal)
    docks = central = height - 100
    window.resizeDocks(
        [window.browser_dock, window.day_dock],
        [round(docks * 0.5), round(docks * 0.5)],
        Qt.Orientation.Vertical,
    )
    rows = view.verticalHeader().defaultSectionSize() * view.model().rowCount()
    week = max(rows + view.horizontalHeader().sizeHint().height() + 8, round(central * 0.6))
    week = min(week, central - window.chart.minimumHeight())
    window.splitter.setSizes([week, central - week])


def _states(window: MainWindow) -> tuple[tuple[str, Callable, Callable], ...]:
    """(settings name, save, restore) of each part of the layout kept between sessions."""
    return (
        ("geometry", window.saveGeometry, window.restoreGeometry),
        ("docks", window.saveState, window.restoreState),
        ("week_splitter", window.splitter.saveState, window.splitter.restoreState),
    )


def save_state(window: MainWindow) -> None:
    for name, save, _ in _states(window):
        window.settings.set_state(name, save())


def restore_state(window: MainWindow) -> None:
    for name, _, restore in _states(window):
        state = window.settings.state(name)
        if isinstance(state, QByteArray) and not state.isEmpty():
            restore(state)
