"""Running long work off the GUI thread (Anki's operations, in small).

``run_in_background(work, on_done=..., on_failed=..., on_progress=...)`` runs
``work(progress, cancelled)`` on the thread pool; the callbacks run on the GUI
thread through queued signals, so work never touches a widget.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("timeline_app.ui.workers")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


class TaskSignals(QObject):
    """Signals of one background task; they live on the GUI thread."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    finished = Signal()


class BackgroundTask(QRunnable):
    """One piece of work for the thread pool; cancel() asks it to stop early."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until ``finished``
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as error:  # reported to the user, never raised into Qt
            log.error("background task failed\n%s", traceback.format_exc())
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.done.emit(result)
        finally:
            self.signals.finished.emit()


_running: set[BackgroundTask] = set()


def run_in_background(
    work: Work,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Progress | None = None,
    on_finished: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> BackgroundTask:
    """Start ``work`` on the pool; returns the task (for cancel). Callbacks are
    connected before it starts, so a quick task cannot finish unheard;
    ``on_finished`` runs last, after success or failure."""
    task = BackgroundTask(work)
    if on_done is not None:
        task.signals.done.connect(on_done)
    if on_failed is not None:
        task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    if on_finished is not None:
        task.signals.finished.connect(on_finished)
    _running.add(task)
    task.signals.finished.connect(lambda: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(task)
    return task
