"""Autosave: each window writes its plan, while it has unsaved changes, to a file of its own in
the user's data folder every 30 s, and holds a lock on that file while it runs. A clean close
or a save removes both.

A window that did not close (the program crashed or was killed) leaves its file behind with a
lock nobody holds: at the next start each of these is offered back, however many windows were
open. A running window's file is never offered to another, as its lock is held.
"""

from __future__ import annotations

import datetime as dt
import errno
import secrets
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from planner import storage
from planner.plan import Plan
from ui.plan_document import PlanDocument
from ui.settings import Settings

INTERVAL_MS = 30_000
FOLDER = "autosave"  # in the user's data folder


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path.with_suffix(".lock")))
    # Held for as long as the window is open; only a dead process's lock is stale.
    lock.setStaleLockTime(0)
    return lock


def _remove(path: Path, lock: QLockFile, settings: Settings) -> None:
    """An autosave gone: its file, the plan file it belonged to, then its lock."""
    path.unlink(missing_ok=True)
    settings.set_autosave_origin(path.stem, None)
    if lock.isLocked():
        lock.unlock()


class Orphan:
    """An autosave whose window is gone; locked by this process while it is offered."""

    def __init__(self, path: Path, lock: QLockFile, settings: Settings) -> None:
        self.path, self._lock, self._settings = path, lock, settings
        self.origin: Path | None = settings.autosave_origin(path.stem)
        self.saved_at = dt.datetime.fromtimestamp(path.stat().st_mtime)

    def load(self) -> Plan:
        """The autosaved plan; PlanFileError if it is damaged."""
        return storage.load(self.path)

    def discard(self) -> None:
        _remove(self.path, self._lock, self._settings)


class Autosave(QObject):
    failed = Signal(object)  # the OSError that kept the autosave from being written

    def __init__(
        self,
        document: PlanDocument,
        data_folder: Path,
        settings: Settings,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.folder = data_folder / FOLDER
        self.path = self.folder / f"{secrets.token_hex(8)}.json"
        self._lock = _lock(self.path)
        self.settings = settings
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_if_modified)
        document.modified_changed.connect(self._on_modified_changed)

    def start(self) -> None:
        self.timer.start()

    def close(self) -> None:
        """The window closed cleanly: no more saves, and nothing left to offer back."""
        self.timer.stop()
        self.discard()

    def save_if_modified(self) -> bool:
        if not self.document.is_modified():
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self._lock.isLocked() and not self._lock.tryLock(0):
                raise OSError(errno.EAGAIN, "cannot be locked", self._lock.fileName())
            storage.save(self.document.plan, self.path)
        except OSError as err:
            self.failed.emit(err)
            return False
        if self.settings.autosave_origin(self.path.stem) != self.document.path:
            self.settings.set_autosave_origin(self.path.stem, self.document.path)
            self.settings.sync()  # a crash must not lose which file the plan belongs to
        return True

    def orphans(self) -> list[Orphan]:
        """The autosaves of windows that did not close, oldest first, each locked now so no
        other starting window offers it too."""
        found = []
        for path in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            lock = _lock(path)
            if path != self.path and lock.tryLock(0):
                try:
                    found.append(Orphan(path, lock, self.settings))
                except OSError:  # removed meanwhile
                    lock.unlock()
        return sorted(found, key=lambda orphan: orphan.saved_at)

    def discard(self) -> None:
        _remove(self.path, self._lock, self.settings)

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:  # saved, or back to the saved state: the autosave is stale
            self.discard()
