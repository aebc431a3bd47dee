"""File ▸ Export from the window: every format writes a file the user can open;
data formats are written off the GUI thread; failures are told, not raised."""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from timeline_app.core import Article, Event
from timeline_app.ui.exporting import export_to
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def window(open_window: Callable[[], MainWindow], store: object, article: Article,
           events: list[Event]) -> MainWindow:
    store.import_article(article, events)  # type: ignore[attr-defined]
    return open_window()


def _export(qtbot: object, window: MainWindow, kind: str, path: Path) -> bool:
    with qtbot.waitSignal(window.exportFinished, timeout=20_000) as blocker:  # type: ignore[attr-defined]
        export_to(window, kind, path)
    assert blocker.args[0] == str(path)
    return bool(blocker.args[1])


def test_every_format_writes_its_file(qtbot: object, window: MainWindow, tmp_path: Path) -> None:
    for kind, name in (("png", "t.png"), ("svg", "t.svg"), ("json", "t.json"), ("csv", "t.csv"),
                       ("timelinejs", "t-tljs.json")):
        assert _export(qtbot, window, kind, tmp_path / name), kind
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    document = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert {e["title"] for e in document["events"]} >= {"Leaders meet in Rome"}
    with (tmp_path / "t.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["id"] for row in rows] == ["zurich", "rome", "april"]  # by date
    slides = json.loads((tmp_path / "t-tljs.json").read_text(encoding="utf-8"))["events"]
    assert {slide["text"]["headline"] for slide in slides} == {e.title for e in window.events()}
    assert "Talks in Rome" in slides[0]["text"]["text"]  # the article title, read on the worker
    assert str(tmp_path) in window.statusBar().currentMessage()


def test_data_exports_are_written_off_the_gui_thread(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline_app import export

    threads: list[threading.Thread] = []
    monkeypatch.setattr(export, "write_csv", lambda path, events: threads.append(threading.current_thread()))
    assert _export(qtbot, window, "csv", tmp_path / "x.csv")
    assert threads and threads[0] is not threading.main_thread()


def test_an_export_that_cannot_be_written_is_reported(qtbot: object, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "t.csv"
    assert not _export(qtbot, window, "csv", target)
    boxes = [box for box in window.findChildren(QMessageBox) if box.windowTitle() == "Export failed"]
    assert boxes and str(target) in boxes[0].text()
    assert window.statusBar().currentMessage() == "Export failed"
