"""Long work off the window's thread: under a window-modal progress dialog with Cancel
(importing a food table, balancing the week), or quietly while the window is used as usual
(rebuilding a food table an older Magplan stored). Either way the window never freezes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
# Told (done, total) as the work goes; raises Cancelled once the user has pressed Cancel.
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised from the progress callback to stop the work part-way."""


class _Job(QObject):
    """Work done on a Python thread. Each progress report crosses to the window's thread and
    waits there, so a Cancel seen at one report stops the work at that very report."""

    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.work = work
        self.cancelled = False
        self.result: object = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self._progress)
        except Exception as err:  # noqa: BLE001 - raised again in the window's thread
            self.error = err
        self.done.emit()

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
        if self.cancelled:
            raise Cancelled


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], T],
    on_progress: Callable[[int, int], None] | None = None,
    finishing: str | None = None,
    name: str = "progress",
) -> T:
    """Run work(progress) off the window's thread and return its result (or raise its error,
    Cancelled on Cancel). The dialog, named `name`, shows after 300 ms; once the work reports
    it is done it shows `finishing` (if given) as busy, for what is left has no count."""
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Progress", "Cancel"), 0, 1000, parent
    )
    dialog.setObjectName(name)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)
    job = _Job(work)

    def progressed(done: int, total: int) -> None:
        if done >= total and finishing:
            dialog.setLabelText(finishing)
            dialog.setRange(0, 0)
        else:
            dialog.setValue(done * 1000 // max(total, 1))
        if on_progress is not None:
            on_progress(done, total)
        job.cancelled = dialog.wasCanceled()

    loop = QEventLoop()
    job.progressed.connect(progressed, Qt.ConnectionType.BlockingQueuedConnection)
    job.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread = threading.Thread(target=job.run, name=f"magplan-{name}", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    dialog.reset()
    dialog.deleteLater()
    if job.error is not None:
        raise job.error
    return job.result  # type: ignore[return-value]


class BackgroundJob(QObject):
    """Work on a Python thread with no dialog; `finished` is emitted in the window's thread,
    with `result` or `error` set."""

    finished = Signal()

    def __init__(
        self, work: Callable[[], object], name: str = "background", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.result: object = None
        self.error: Exception | None = None
        self._job = _Job(lambda progress: work())
        # Emitted on the worker's thread, received here on the window's: a queued call.
        self._job.done.connect(self._on_job_done)
        self._thread = threading.Thread(target=self._job.run, name=f"magplan-{name}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _on_job_done(self) -> None:
        self._thread.join()
        self.result, self.error = self._job.result, self._job.error
        self.finished.emit()
