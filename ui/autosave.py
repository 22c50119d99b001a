"""Autosave: a plan with unsaved changes is written to the user's data folder every 30 s, so it
can be offered back after a crash. A clean close or a save removes it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from planner import storage
from planner.plan import Plan
from ui.plan_document import PlanDocument
from ui.settings import Settings

INTERVAL_MS = 30_000
FILE_NAME = "autosave.json"


class Autosave(QObject):
    failed = Signal(str)     # the autosave could not be written; the plan itself is fine

    def __init__(self, document: PlanDocument, folder: Path, settings: Settings,
                 interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.path = folder / FILE_NAME
        self.settings = settings
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_if_modified)
        document.modified_changed.connect(self._on_modified_changed)

    def start(self) -> None:
        self.timer.start()

    def save_if_modified(self) -> bool:
        if not self.document.is_modified():
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            storage.save(self.document.plan, self.path)
        except OSError as err:
            self.failed.emit(str(err))
            return False
        self.settings.autosave_origin = self.document.path
        return True

    def pending(self) -> bool:
        return self.path.is_file()

    def saved_at(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.path.stat().st_mtime)

    def load(self) -> tuple[Plan, Path | None]:
        """The autosaved plan and the file it belongs to; PlanFileError if it is damaged."""
        return storage.load(self.path), self.settings.autosave_origin

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        self.settings.autosave_origin = None

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:    # saved, or back to the saved state: the autosave is stale
            self.discard()
