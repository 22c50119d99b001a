"""Helpers for driving Qt dialogs from tests."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(act) -> None:
    """Act on the next modal dialog once it is up (exec() blocks until it closes)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
        else:
            act(dialog)

    QTimer.singleShot(0, attempt)
