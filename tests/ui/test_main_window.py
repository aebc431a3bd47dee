"""The main window end to end: drop files, background import, refresh,
selection synced between timeline, list and source panel."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QMessageBox

from timeline_app.core import Article, Event
from timeline_app.importing import IMPORTED, ImportItem, ImportReport
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.workers import Cancelled, Progress


def _drop(window: MainWindow, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.timeline.dropEvent(event)


def _window(qtbot: object, store: object, settings: object, **kwargs: object) -> MainWindow:
    window = MainWindow(store, settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1200, 800)
    window.show()
    window.refresh()
    return window


def _fake_import(article: Article, events: list[Event]):  # type: ignore[no-untyped-def]
    """Stores hand-made events as if extraction had found them (no spaCy)."""

    def run(paths: list[Path], store: object, progress: Progress, cancelled: Cancelled) -> tuple[ImportReport, None]:
        progress(0, 1, paths[0].name)
        store.import_article(article, events)  # type: ignore[attr-defined]
        return ImportReport([ImportItem(paths[0], IMPORTED, "3 events", article.id, len(events))]), None

    return run


def _pixels_of(image: QImage, colour: QColor) -> int:
    rgb = colour.rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == rgb)


def test_empty_window_says_what_to_do_until_there_are_events(
    qtbot: object, store: object, settings: object, article: Article, events: list[Event]
) -> None:
    from timeline_app.ui import style

    window = _window(qtbot, store, settings)
    assert _pixels_of(window.timeline.grab().toImage(), style.EMPTY_TEXT) > 50  # the "Drop ..." text
    store.import_article(article, events)  # type: ignore[attr-defined]
    window.refresh()
    assert _pixels_of(window.timeline.grab().toImage(), style.EMPTY_TEXT) == 0


def test_drop_imports_in_the_background_and_syncs_selection(
    qtbot: object, store: object, settings: object, tmp_path: Path, article: Article, events: list[Event]
) -> None:
    window = _window(qtbot, store, settings, import_function=_fake_import(article, events))
    dropped = tmp_path / "rome.txt"
    dropped.write_text(article.text)
    with qtbot.waitSignal(window.importFinished, timeout=10_000):  # type: ignore[attr-defined]
        _drop(window, dropped)
    assert {e.id for e in window.timeline.timeline.events} == {e.id for e in events}
    assert window.table.model().rowCount() == len(events)
    assert "1 imported (3 events)" in window.statusBar().currentMessage()

    item = window.timeline.timeline.item_for("april")
    assert item is not None
    item.setSelected(True)
    assert window.table.selected_event_id() == "april"
    assert window.source_panel.highlighted_text() == "Officials said talks would resume in April."

    row = window.table.source_model.row_of("zurich")
    window.table.selectRow(window.table.proxy.mapFromSource(window.table.source_model.index(row, 0)).row())
    assert window.timeline.timeline.selected_event_id() == "zurich"
    assert window.source_panel.highlighted_text().startswith("The two sides first met in Zurich")


def test_bad_files_are_reported_per_file(qtbot: object, store: object, settings: object, tmp_path: Path) -> None:
    window = _window(qtbot, store, settings)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    with qtbot.waitSignal(window.importFinished, timeout=20_000) as blocker:  # type: ignore[attr-defined]
        _drop(window, empty, binary)
    report = blocker.args[0]
    assert [item.status for item in report.items] == ["error", "error"]
    assert window.report_dialog is not None and window.report_dialog.isVisible()
    rows = window.report_dialog.rows()
    assert rows[0][:2] == ("empty.txt", "Failed") and "empty file" in rows[0][2]
    assert rows[1][:2] == ("photo.txt", "Failed") and "not a text" in rows[1][2]
    assert "2 failed" in window.statusBar().currentMessage()


def test_import_can_be_cancelled_and_the_window_stays_responsive(
    qtbot: object, store: object, settings: object, tmp_path: Path
) -> None:
    started = threading.Event()

    def slow(paths: list[Path], store: object, progress: Progress, cancelled: Cancelled) -> tuple[ImportReport, None]:
        started.set()
        items = []
        for index, path in enumerate(paths):
            progress(index, len(paths), path.name)
            for _ in range(500):
                if cancelled():
                    items.append(ImportItem(path, "cancelled", "cancelled"))
                    return ImportReport(items), None
                threading.Event().wait(0.01)
        return ImportReport(items), None

    window = _window(qtbot, store, settings, import_function=slow)
    window.import_files([tmp_path / "a.txt", tmp_path / "b.txt"])
    qtbot.waitUntil(started.is_set, timeout=5000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.progress.maximum() == 2, timeout=5000)  # type: ignore[attr-defined]
    assert window.cancel_button.isVisible() and window.is_importing()
    with qtbot.waitSignal(window.importFinished, timeout=5000) as blocker:  # type: ignore[attr-defined]
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [item.status for item in blocker.args[0].items] == ["cancelled"]
    qtbot.waitUntil(lambda: not window.is_importing(), timeout=5000)  # type: ignore[attr-defined]
    assert not window.cancel_button.isVisible()


def test_run_gui_reports_an_unusable_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.app import run_gui

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args[2])))
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert run_gui([], f"sqlite:///{bad}") == 1
    assert shown and "database" in shown[0].lower()
    assert "timeline-app:" in capsys.readouterr().err


def test_dw_article_dropped_on_the_window(qtbot: object, store: object, settings: object,
                                          dw_article_path: Path) -> None:
    pytest.importorskip("timeline_app.extraction.pipeline")
    window = _window(qtbot, store, settings)
    with qtbot.waitSignal(window.importFinished, timeout=60_000) as blocker:  # type: ignore[attr-defined]
        _drop(window, dw_article_path)
    assert blocker.args[0].items[0].status == IMPORTED
    shown = window.timeline.timeline.events
    assert shown and window.table.model().rowCount() == len(shown)
    days = {e.when.start.iso() for e in shown if e.when.days == 1}
    assert "2022-03-14" in days
    for event in shown:
        window.select_event(event.id)
        assert window.source_panel.highlighted_text() == event.sources[0].sentence


def test_closing_during_an_import_lets_the_worker_finish_first(
    qtbot: object, store: object, settings: object, tmp_path: Path
) -> None:
    started, finished = threading.Event(), threading.Event()

    def slow(paths: list[Path], store: object, progress: Progress, cancelled: Cancelled) -> tuple[ImportReport, None]:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        threading.Event().wait(0.2)  # finishing the current file
        finished.set()
        return ImportReport([ImportItem(paths[0], "cancelled", "cancelled")]), None

    window = _window(qtbot, store, settings, import_function=slow)
    window.import_files([tmp_path / "a.txt"])
    qtbot.waitUntil(started.is_set, timeout=5000)  # type: ignore[attr-defined]
    window.close()
    assert finished.is_set()  # the store can be closed safely now


def test_a_database_error_on_refresh_is_shown_not_raised(qtbot: object, settings: object) -> None:
    from timeline_app.storage import StorageError

    class BrokenStore:
        def list_events(self) -> list[Event]:
            raise StorageError("database is locked")

    window = MainWindow(BrokenStore(), settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.refresh()
    boxes = window.findChildren(QMessageBox)
    assert boxes and "database is locked" in boxes[0].text()


def test_opening_the_window_loads_no_language_model(tmp_path: Path) -> None:
    """spaCy loads on the worker at the first import, never at start-up on the GUI thread."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from timeline_app.storage import open_store\n"
        "from timeline_app.ui.main_window import MainWindow\n"
        "from timeline_app.ui.settings import AppSettings\n"
        "app = QApplication([])\n"
        f"store = open_store('sqlite:///{tmp_path / 'x.db'}')\n"
        f"window = MainWindow(store, AppSettings(QSettings('{tmp_path / 's.ini'}', QSettings.Format.IniFormat)))\n"
        "window.show(); window.refresh(); app.processEvents()\n"
        "print(sorted(m for m in ('spacy', 'dateparser') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_filter_narrows_the_list_the_timeline_and_the_export(
    qtbot: object, store: object, settings: object, tmp_path: Path, article: Article, events: list[Event]
) -> None:
    import json

    from timeline_app.ui.exporting import export_to

    store.import_article(article, events)  # type: ignore[attr-defined]
    window = _window(qtbot, store, settings)
    window.filter_edit.setText("zurich")
    window.apply_filter()
    assert window.table.model().rowCount() == 1
    assert [e.id for e in window.timeline.timeline.events] == ["zurich"]
    with qtbot.waitSignal(window.exportFinished, timeout=10_000):  # type: ignore[attr-defined]
        assert export_to(window, "json", tmp_path / "f.json")
    assert [e["id"] for e in json.loads((tmp_path / "f.json").read_text())["events"]] == ["zurich"]
    window.filter_edit.clear()
    qtbot.waitUntil(lambda: len(window.timeline.timeline.events) == 3, timeout=3000)  # type: ignore[attr-defined]
    assert window.table.model().rowCount() == 3


def test_rule_only_extraction_is_shown_in_the_status_bar(
    qtbot: object, store: object, settings: object, tmp_path: Path
) -> None:
    def without_model(paths: list[Path], store: object, progress: Progress,
                      cancelled: Cancelled) -> tuple[ImportReport, str]:
        return ImportReport([ImportItem(paths[0], "no_events", "no events found")]), "No English spaCy model"

    window = _window(qtbot, store, settings, import_function=without_model)
    assert not window.model_label.isVisible()
    with qtbot.waitSignal(window.importFinished, timeout=5000):  # type: ignore[attr-defined]
        window.import_files([tmp_path / "a.txt"])
    assert window.model_label.isVisible() and "No English spaCy model" in window.model_label.toolTip()
