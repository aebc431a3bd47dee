"""The main window: timeline on top, event list and source panel below;
files dropped or opened are imported in the background."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Article, Event
from timeline_app.storage import StorageError
from timeline_app.ui import menus
from timeline_app.ui.event_table import EVENT_ID_ROLE, EventTableView
from timeline_app.ui.import_report import ImportReportDialog, needs_attention
from timeline_app.ui.import_runner import ImportFunction, import_with_pipeline
from timeline_app.ui.settings import AppSettings
from timeline_app.ui.source_panel import SourcePanel
from timeline_app.ui.timeline.view import TimelineView, dropped_paths
from timeline_app.ui.workers import BackgroundTask, run_in_background, wait_for_all

if TYPE_CHECKING:
    from timeline_app.importing import ImportReport
    from timeline_app.storage import Store

log = logging.getLogger("timeline_app.ui")
CLOSE_WAIT_SECONDS = 60.0
FILTER_DELAY_MS = 250


class MainWindow(QMainWindow):
    """``importFinished`` carries the ImportReport once the timeline is refreshed."""

    importFinished = Signal(object)
    eventsRefreshed = Signal(int)

    def __init__(self, store: Store, settings: AppSettings | None = None,
                 import_function: ImportFunction = import_with_pipeline) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or AppSettings()
        self._import_function = import_function
        self._task: BackgroundTask | None = None
        self._pending: list[Path] = []
        self._articles: dict[str, Article | None] = {}
        self._events: dict[str, Event] = {}
        self._syncing = False
        self.report_dialog: ImportReportDialog | None = None
        self.setWindowTitle("Timeline App")
        self.setAcceptDrops(True)
        self._build_widgets()
        self.actions_ = menus.build(self)
        self._connect_signals()
        self._restore_settings()

    # construction -------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.timeline = TimelineView()
        self.table = EventTableView()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter events (title, type, actors, place)…")
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self.source_panel = SourcePanel(self.article)
        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(8, 6, 0, 6)
        list_layout.addWidget(self.filter_edit)
        list_layout.addWidget(self.table, 1)
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.addWidget(list_panel)
        self.bottom_splitter.addWidget(self.source_panel)
        self.bottom_splitter.setSizes([640, 520])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.addWidget(self.timeline)
        self.main_splitter.addWidget(self.bottom_splitter)
        self.main_splitter.setSizes([430, 300])
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        self._build_status_bar()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.count_label = QLabel()
        self.model_label = QLabel()  # stays while extraction runs without a language model
        self.model_label.setObjectName("modelWarning")
        self.model_label.setStyleSheet("color: #b45309;")
        for widget in (self.model_label, self.progress, self.cancel_button):
            widget.setVisible(False)
            bar.addPermanentWidget(widget)
        bar.addPermanentWidget(self.count_label)

    def _connect_signals(self) -> None:
        self.timeline.filesDropped.connect(self._on_timeline_files_dropped)
        self.timeline.timeline.eventSelected.connect(self._on_timeline_event_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.cancel_button.clicked.connect(self.cancel_import)

    # data ---------------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        """Articles by id, read once from the store."""
        if article_id not in self._articles:
            try:
                self._articles[article_id] = self.store.get_article(article_id)
            except StorageError as error:
                self.statusBar().showMessage(f"Cannot read the article: {error}")
                return None
        return self._articles[article_id]

    def events(self) -> list[Event]:
        return list(self._events.values())

    def shown_events(self) -> list[Event]:
        """The events passing the filter (all of them when it is empty)."""
        text = self.filter_edit.text().strip()
        if not text:
            return self.events()
        proxy = self.table.proxy
        ids = {proxy.index(row, 0).data(EVENT_ID_ROLE) for row in range(proxy.rowCount())}
        return [event for event in self._events.values() if event.id in ids]

    def apply_filter(self) -> None:
        """Show only the events matching the filter on the timeline, zoomed to them."""
        self._filter_timer.stop()
        self.table.proxy.setFilterFixedString(self.filter_edit.text().strip())
        selected = self.timeline.timeline.selected_event_id()
        self._syncing = True
        try:
            self.timeline.set_events(self.shown_events(), fit=True)
        finally:
            self._syncing = False
        if selected and self.timeline.timeline.item_for(selected) is not None:
            self.select_event(selected)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.table.proxy.setFilterFixedString(text.strip())
        self._filter_timer.start()

    def refresh(self, fit: bool = True) -> None:
        """Reload the events from the store into the timeline and the list."""
        selected = self.timeline.timeline.selected_event_id()
        try:
            events = self.store.list_events()
        except StorageError as error:
            self.show_error("Cannot read the database", str(error))
            return
        self._events = {event.id: event for event in events}
        self._articles.clear()
        self._syncing = True
        try:
            self.table.set_events(events)
            self.timeline.set_events(self.shown_events(), fit=fit)
        finally:
            self._syncing = False
        self.select_event(selected or None)
        articles = len({s.article_id for e in events for s in e.sources})
        self.count_label.setText(f"{_plural(len(events), 'event')} · {_plural(articles, 'article')}")
        self.eventsRefreshed.emit(len(events))

    # selection ----------------------------------------------------------------
    def select_event(self, event_id: str | None) -> None:
        """Select an event everywhere: timeline, list and source panel."""
        if self._syncing:
            return
        self._syncing = True
        try:
            self.timeline.select_event(event_id)
            self.table.select_event(event_id)
            self.source_panel.show_event(self._events.get(event_id or ""))
        finally:
            self._syncing = False

    def _on_timeline_event_selected(self, event_id: str) -> None:
        self.select_event(event_id or None)

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        event_id = self.table.selected_event_id()
        if event_id:
            self.select_event(event_id)

    # import -------------------------------------------------------------------
    def import_files(self, paths: list[Path]) -> None:
        """Import files on a worker thread (queued behind a running import)."""
        if not paths:
            return
        if self._task is not None:
            self._pending.extend(paths)
            return
        self.settings.last_directory = paths[0]
        function, store = self._import_function, self.store
        self._task = run_in_background(
            lambda progress, cancelled: function(paths, store, progress, cancelled),
            on_done=self._on_import_done, on_failed=self._on_import_failed,
            on_progress=self._on_import_progress, on_finished=self._on_import_finished,
        )
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.statusBar().showMessage(f"Importing {len(paths)} item(s)…")

    def is_importing(self) -> bool:
        return self._task is not None

    def cancel_import(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._pending.clear()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage("Cancelling after the current file…")

    def _on_timeline_files_dropped(self, paths: list[Path]) -> None:
        self.import_files(paths)

    def _on_import_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.statusBar().showMessage(f"Importing {name} ({done + 1} of {total})…")

    def _on_import_done(self, result: tuple[ImportReport, str | None]) -> None:
        report, model_warning = result
        was_empty = not self._events
        self.refresh(fit=True if was_empty else bool(report.count("imported")))
        self.statusBar().showMessage(report.summary())
        if model_warning:
            self.model_label.setText("⚠ Rule-only extraction")
            self.model_label.setToolTip(model_warning)
            self.model_label.setVisible(True)
        if needs_attention(report):
            self.show_import_report(report)
        self.importFinished.emit(report)

    def _on_import_failed(self, message: str) -> None:
        self.statusBar().showMessage("Import failed")
        self.show_error("Import failed", message)

    def _on_import_finished(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        if self._pending:
            pending, self._pending = self._pending, []
            self.import_files(pending)

    def show_import_report(self, report: ImportReport) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
        self.report_dialog = ImportReportDialog(report, self)
        self.report_dialog.show()

    def show_error(self, title: str, message: str) -> None:
        """A non-blocking error box (the window keeps working behind it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # window -------------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        for name, splitter in (("main", self.main_splitter), ("bottom", self.bottom_splitter)):
            saved = self.settings.splitter_state(name)
            if saved is not None:
                splitter.restoreState(saved)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.set_splitter_state("main", self.main_splitter.saveState())
        self.settings.set_splitter_state("bottom", self.bottom_splitter.saveState())
        self.settings.sync()
        if self._task is not None:
            self.cancel_import()
            # The store closes when the window does: let the worker finish its file first.
            wait_for_all(CLOSE_WAIT_SECONDS)
        super().closeEvent(event)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
