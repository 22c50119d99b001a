"""How the window's actions are made: text, slot, and optionally a key, an icon and a tip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget


def make_action(
    window: QWidget,
    text: str,
    slot: Callable,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon: QStyle.StandardPixmap | None = None,
    tip: str = "",
) -> QAction:
    """An action of the window (so its key works wherever the window has focus)."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def separator(window: QWidget) -> QAction:
    """A line between groups of actions in a widget's context menu."""
    action = QAction(window)
    action.setSeparator(True)
    return action
