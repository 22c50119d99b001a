"""Flat scroll bars for the window's food list, week grid, day panel and shopping list.

Fusion paints its scroll bar in about 1.6 ms, and the food list's is painted again at every
keystroke (the number of matches changes its range); these thin bars in the palette's colours
take a hundredth of that, and look alike wherever they are.
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
