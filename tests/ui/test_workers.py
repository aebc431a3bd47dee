"""The background helper: work runs off the GUI thread, callbacks run on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Slot

from timeline_app.ui.workers import Cancelled, Progress, run_in_background


class Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.threads: list[threading.Thread] = []
        self.results: list[object] = []
        self.progress: list[tuple[int, int, str]] = []
        self.errors: list[str] = []

    @Slot(object)
    def done(self, result: object) -> None:
        self.threads.append(threading.current_thread())
        self.results.append(result)

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, name: str) -> None:
        self.threads.append(threading.current_thread())
        self.progress.append((done, total, name))

    @Slot(str)
    def failed(self, message: str) -> None:
        self.errors.append(message)


def test_work_runs_on_a_worker_and_reports_on_the_gui_thread(qtbot: object) -> None:
    recorder = Recorder()
    work_threads: list[threading.Thread] = []

    def work(progress: Progress, cancelled: Cancelled) -> str:
        work_threads.append(threading.current_thread())
        progress(1, 2, "a.txt")
        return "result"

    run_in_background(work, on_done=recorder.done, on_progress=recorder.on_progress)
    qtbot.waitUntil(lambda: recorder.results == ["result"], timeout=5000)  # type: ignore[attr-defined]
    assert work_threads[0] is not threading.main_thread()
    assert recorder.progress == [(1, 2, "a.txt")]
    assert set(recorder.threads) == {threading.main_thread()}


def test_a_failing_task_reports_its_error(qtbot: object) -> None:
    recorder = Recorder()

    def work(progress: Progress, cancelled: Cancelled) -> None:
        raise ValueError("broken input")

    run_in_background(work, on_done=recorder.done, on_failed=recorder.failed)
    qtbot.waitUntil(lambda: bool(recorder.errors), timeout=5000)  # type: ignore[attr-defined]
    assert recorder.errors == ["ValueError: broken input"] and recorder.results == []


def test_the_cyclic_collector_is_paused_while_work_runs_and_resumed_after(qtbot: object) -> None:
    """Collecting Qt objects on the GUI thread while a worker runs Python crashed
    the interpreter now and then; see the workers module."""
    import gc

    recorder = Recorder()
    seen: list[bool] = []

    def work(progress: Progress, cancelled: Cancelled) -> None:
        seen.append(gc.isenabled())

    assert gc.isenabled()
    run_in_background(work, on_done=recorder.done)
    qtbot.waitUntil(lambda: bool(recorder.results), timeout=5000)  # type: ignore[attr-defined]
    qtbot.waitUntil(gc.isenabled, timeout=5000)  # type: ignore[attr-defined]
    assert seen == [False]
