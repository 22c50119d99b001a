"""An error nobody expected, in the window: the open plan is autosaved first, the error goes to
a log file in the user's data folder, and a dialog says what happened, where the log is, and
copies the details for a bug report. Magplan carries on.

ErrorReporter becomes sys.excepthook while the window runs (ui.app.run_window): PySide6 hands
it every exception that escapes a slot or an event handler.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import platform
import sys
import traceback
from enum import Enum
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.main_window import MainWindow

LOG_NAME = "magplan.log"
# Past this size the log starts afresh, keeping the one before as magplan.log.1.
LOG_LIMIT = 1_000_000


class Saved(Enum):
    """What became of the open plan's unsaved changes before the dialog showed."""

    AUTOSAVED = "autosaved"
    NOTHING_UNSAVED = "nothing unsaved"
    FAILED = "failed"


class ErrorDialog(QDialog):
    """The error in one line, what became of the plan, where the log is; Copy Details."""

    def __init__(
        self,
        error: str,
        saved: Saved,
        log: Path,
        log_problem: str | None,
        details: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("error_report")
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.details = details
        plan = {
            Saved.AUTOSAVED: self.tr(
                "Your unsaved changes were autosaved first: if "
                "Magplan has to close, they are offered back at the "
                "next start."
            ),
            Saved.NOTHING_UNSAVED: self.tr("Your plan had no unsaved changes."),
            Saved.FAILED: self.tr(
                "Your unsaved changes could not be autosaved; save the plan now if you can."
            ),
        }[saved]
        where = (
            self.tr("The details are in %s.") % log
            if log_problem is None
            else self.tr("The details could not be written to %s (%s).") % (log, log_problem)
        )
        headline = self.tr(
            "Magplan ran into an error it did not expect. What you just did may not have been done."
        )
        paragraphs = [
            f"<b>{html.escape(headline)}</b>",
            html.escape(error),
            html.escape(plan),
            html.escape(where),
        ]
        text = QLabel("".join(f"<p>{p}</p>" for p in paragraphs))
        text.setObjectName("error_text")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setMinimumWidth(420)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class ErrorReporter(QObject):
    """sys.excepthook for the window; one dialog at a time (later errors go to the log)."""

    # Crosses to the window's thread when an error is raised on another.
    _raised = Signal(str, str)

    def __init__(self, window: MainWindow, log: Path) -> None:
        super().__init__(window)
        self.window, self.log = window, log
        self.dialog: ErrorDialog | None = None
        self._previous_hook = sys.__excepthook__
        self._raised.connect(self._on_raised)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if not issubclass(kind, Exception):  # Ctrl+C, SystemExit: as Python would
            self._previous_hook(kind, error, trace)
            return
        lines = traceback.format_exception(kind, error, trace)
        self._raised.emit(lines[-1].strip(), "".join(lines))

    def _on_raised(self, error: str, trace: str) -> None:
        saved = self._autosave()
        details = f"{dt.datetime.now().isoformat(timespec='seconds')}  {about()}\n{trace}"
        log_problem = self._write_log(details)
        print(f"magplan: unexpected error: {error} (details in {self.log})", file=sys.stderr)
        if self.dialog is None:
            self.dialog = ErrorDialog(error, saved, self.log, log_problem, details, self.window)
            self.dialog.finished.connect(self._on_dialog_finished)
            self.dialog.open()

    def _autosave(self) -> Saved:
        """Autosave the window and those it opened (plans restored after a crash)."""
        modified = [w for w in (self.window, *self.window.windows) if w.document.is_modified()]
        if not modified:
            return Saved.NOTHING_UNSAVED
        try:
            saved = [w.autosave.save_if_modified() for w in modified]
        except Exception:  # noqa: BLE001 - an error while reporting one: say it was not saved
            return Saved.FAILED
        return Saved.AUTOSAVED if all(saved) else Saved.FAILED

    def _write_log(self, details: str) -> str | None:
        """Appends the details to the log; the reason when it cannot."""
        try:
            self.log.parent.mkdir(parents=True, exist_ok=True)
            if self.log.is_file() and self.log.stat().st_size > LOG_LIMIT:
                os.replace(self.log, self.log.with_name(LOG_NAME + ".1"))
            with open(self.log, "a", encoding="utf-8") as out:
                out.write(details + "\n")
        except OSError as err:
            return err.strerror or str(err)
        return None

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def about() -> str:
    """Magplan's version and what it runs on, for a bug report."""
    try:
        magplan = version("magplan")
    except PackageNotFoundError:
        magplan = "(not installed)"
    return (
        f"Magplan {magplan}, Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, {platform.platform()}"
    )
