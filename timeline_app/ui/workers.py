"""Running long work off the GUI thread (Anki's operations, in small).

``run_in_background(work, on_done=..., on_failed=..., on_progress=...)`` runs
``work(progress, cancelled)`` on a worker thread. The worker only emits
signals of a QObject that lives on the GUI thread; that object's own slots
(queued, so on the GUI thread) call the callbacks. Work never touches a widget.

A plain Python thread is used rather than a QRunnable: the pool would still
touch a QRunnable after ``run`` returns, racing with Python freeing it.

The cyclic garbage collector is paused while any task runs. Shiboken releases
the GIL while it destroys a Qt object; when the collector frees Qt objects on
the GUI thread, the worker then runs Python in the middle of the collection,
and the interpreter crashed now and then (seen as a segfault "Garbage-collecting"
while spaCy loaded). Reference counting still frees everything else; one
collection runs on the GUI thread when the last task ends.
"""

from __future__ import annotations

import gc
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("timeline_app.ui.workers")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

_running: set[BackgroundTask] = set()
_gc_was_enabled = False


def _pause_collector() -> None:
    global _gc_was_enabled
    if not _running:
        _gc_was_enabled = gc.isenabled()
        gc.disable()


def _resume_collector() -> None:
    if not _running and _gc_was_enabled:
        gc.enable()
        gc.collect()


class BackgroundTask(QObject):
    """One piece of work on its own thread; lives (as a QObject) on the GUI thread."""

    progress = Signal(int, int, str)
    done = Signal()  # the result stays in the task: see _run
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._result: Any = None
        self._thread = threading.Thread(target=self._run, name="timeline-app-worker", daemon=True)
        self._callbacks: dict[str, list[Callable[..., None]]] = {"done": [], "failed": [], "progress": [],
                                                                  "finished": []}
        self.progress.connect(self._on_progress)
        self.done.connect(self._on_done)
        self.failed.connect(self._on_failed)
        self.finished.connect(self._on_finished)

    def start(self) -> None:
        _pause_collector()
        _running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has returned (True) or ``timeout`` seconds pass."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def add_callback(self, kind: str, callback: Callable[..., None]) -> None:
        self._callbacks[kind].append(callback)

    # worker thread ------------------------------------------------------------
    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._cancel.is_set)
        except Exception as error:  # reported to the user, never raised into Qt
            log.error("background task failed\n%s", traceback.format_exc())
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            # Only plain C++ types cross threads in signals: a Python object queued
            # in a signal is released on the GUI thread by PySide, which crashed
            # the interpreter now and then (garbage collection meanwhile).
            self._result = result
            self.done.emit()
        finally:
            self.finished.emit()

    # GUI thread (queued slots) ------------------------------------------------
    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, name: str) -> None:
        for callback in self._callbacks["progress"]:
            callback(done, total, name)

    @Slot()
    def _on_done(self) -> None:
        result, self._result = self._result, None
        for callback in self._callbacks["done"]:
            callback(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        for callback in self._callbacks["failed"]:
            callback(message)

    @Slot()
    def _on_finished(self) -> None:
        self._thread.join()  # ``finished`` is its last act: returns at once
        try:
            for callback in self._callbacks["finished"]:
                callback()
        finally:
            _running.discard(self)  # the last reference goes on the GUI thread
            _resume_collector()


def run_in_background(
    work: Work,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Progress | None = None,
    on_finished: Callable[[], None] | None = None,
) -> BackgroundTask:
    """Start ``work`` on a worker thread; callbacks run on the GUI thread, and
    ``on_finished`` last, after success or failure. Returns the task (to cancel)."""
    task = BackgroundTask(work)
    for kind, callback in (("done", on_done), ("failed", on_failed), ("progress", on_progress),
                           ("finished", on_finished)):
        if callback is not None:
            task.add_callback(kind, callback)
    task.start()
    return task


def wait_for_all(timeout: float) -> bool:
    """Wait for every running task (when closing); True if all returned."""
    return all(task.wait(timeout) for task in list(_running))
