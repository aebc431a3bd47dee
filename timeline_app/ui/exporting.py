"""File ▸ Export: images (PNG, SVG) and data (JSON, CSV, TimelineJS) of the
events shown, i.e. those the View toggles and the filter let through.

Data exports read and write on a worker thread (big stores take seconds). Images
are drawn by a QGraphicsScene, which belongs to the GUI thread, so they render
there under a busy cursor; the window emits ``exportFinished`` either way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from timeline_app.core import Article, Event
from timeline_app.storage import StorageError
from timeline_app.ui.format import plural
from timeline_app.ui.workers import run_in_background

if TYPE_CHECKING:
    from timeline_app.storage import Store
    from timeline_app.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class ExportFormat:
    title: str
    file_filter: str
    default_name: str


FORMATS = {
    "png": ExportFormat("PNG", "PNG image (*.png)", "timeline.png"),
    "svg": ExportFormat("SVG", "SVG image (*.svg)", "timeline.svg"),
    "json": ExportFormat("JSON", "Timeline JSON (*.json)", "timeline.json"),
    "csv": ExportFormat("CSV", "CSV spreadsheet (*.csv)", "events.csv"),
    "timelinejs": ExportFormat("TimelineJS", "TimelineJS JSON (*.json)", "timelinejs.json"),
}
IMAGE_KINDS = ("png", "svg")


def export_with_dialog(window: MainWindow, kind: str) -> None:
    """Ask where to save, then export."""
    if not window.shown_events():
        window.statusBar().showMessage("Nothing to export: import some articles, or show the hidden events.")
        return
    export_format = FORMATS[kind]
    suggested = window.settings.last_directory / export_format.default_name
    name, _ = QFileDialog.getSaveFileName(window, f"Export as {export_format.title}", str(suggested),
                                          export_format.file_filter)
    if name:
        path = Path(name)
        export_to(window, kind, path if path.suffix else path.with_suffix(Path(export_format.default_name).suffix))


def export_to(window: MainWindow, kind: str, path: Path) -> bool:
    """Write the shown events as ``kind`` to ``path``; False when it failed at once
    (a data export started on a worker reports its outcome later)."""
    events = window.shown_events()
    if kind in IMAGE_KINDS:
        return _export_image(window, kind, path, events)
    cited = None if len(events) == len(window.events()) else {s.article_id for e in events for s in e.sources}
    work = _data_writer(kind, window.store, path, events, cited)
    window.statusBar().showMessage(f"Exporting {len(events)} events to {path.name}…")
    run_in_background(
        lambda _progress, _cancelled: _guarded(work),
        on_done=lambda error: _report(window, path, len(events), error),
        on_failed=lambda message: _report(window, path, len(events), message),
    )
    return True


def _export_image(window: MainWindow, kind: str, path: Path, events: list[Event]) -> bool:
    from timeline_app.ui.export_image import render_timeline_png, render_timeline_svg

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        (render_timeline_png if kind == "png" else render_timeline_svg)(events, path)
        error = ""
    except (OSError, ValueError) as failure:
        error = str(failure)
    finally:
        QGuiApplication.restoreOverrideCursor()
    _report(window, path, len(events), error)
    return not error


def _data_writer(kind: str, store: Store, path: Path, events: list[Event],
                 cited: set[str] | None) -> Callable[[], None]:
    """The export as one call for the worker (which also reads the articles)."""
    from timeline_app import export

    def articles() -> list[Article]:
        stored = store.list_articles()
        return stored if cited is None else [article for article in stored if article.id in cited]

    if kind == "csv":
        return lambda: export.write_csv(path, events)
    if kind == "timelinejs":
        return lambda: export.write_timelinejs(path, articles(), events)
    if kind == "json":
        return lambda: export.write_json(path, articles(), events)
    raise ValueError(f"unknown export format {kind!r}")


def _guarded(work: Callable[[], None]) -> str:
    """Run on the worker; what went wrong as one line for the user ("" when fine)."""
    try:
        work()
    except (OSError, ValueError, StorageError) as error:
        return str(error)
    return ""


def _report(window: MainWindow, path: Path, count: int, error: str) -> None:
    if error:
        window.statusBar().showMessage("Export failed")
        window.show_error("Export failed", f"Could not write {path}:\n{error}")
    else:
        window.settings.last_directory = path.parent
        window.statusBar().showMessage(f"Exported {plural(count, 'event')} to {path}")
    window.exportFinished.emit(str(path), not error)

