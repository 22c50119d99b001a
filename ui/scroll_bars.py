"""Flat scroll bars for the window's food list, week grid, day panel and shopping list.

Fusion's scroll bar is slow to paint, and the food list's is painted again at every keystroke
(the number of matches changes its range); these thin bars in the palette's colours paint in a
fraction of its time and look alike wherever they are. With them the keystroke's p95 at 400,000
foods went from 9.8-10.7 ms to 7.3-7.5 ms (bench.ui_figures.search_keystroke_ms, commit b508373).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea

SHEET = """
QScrollBar:vertical { width: 12px; background: palette(base); margin: 0; }
QScrollBar:horizontal { height: 12px; background: palette(base); margin: 0; }
QScrollBar::handle { background: palette(mid); border-radius: 4px; margin: 2px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: palette(dark); }
QScrollBar::handle:vertical { min-height: 24px; }
QScrollBar::handle:horizontal { min-width: 24px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


def flatten(area: QAbstractScrollArea) -> None:
    """Give a list, table or scroll area the flat scroll bars."""
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        bar.setStyleSheet(SHEET)
