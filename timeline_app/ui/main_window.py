"""The main window: timeline on top, event list and source panel below;
files dropped or opened are imported in the background. The View toggles and
the filter decide which events are shown; editing is in :mod:`editing`."""

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
from timeline_app.ui.editing import EventEditing
from timeline_app.ui.event_menu import connect_context_menus
from timeline_app.ui.event_table import EVENT_ID_ROLE, EventTableView
from timeline_app.ui.format import plural
from timeline_app.ui.import_report import ImportReportDialog, needs_attention
from timeline_app.ui.import_runner import ImportFunction, import_with_pipeline
from timeline_app.ui.settings import AppSettings
from timeline_app.ui.source_panel import SourcePanel
from timeline_app.ui.timeline.view import TimelineView, dropped_paths
from timeline_app.ui.visibility import Visibility
from timeline_app.ui.workers import BackgroundTask, run_in_background, wait_for_all

if TYPE_CHECKING:
    from timeline_app.importing import ImportReport
    from timeline_app.storage import Store

log = logging.getLogger("timeline_app.ui")
CLOSE_WAIT_SECONDS = 60.0
FILTER_DELAY_MS = 250


class MainWindow(QMainWindow):
    """``importFinished`` carries the ImportReport once the timeline is refreshed;
    ``exportFinished`` the path written and whether it worked."""

    importFinished = Signal(object)
    eventsRefreshed = Signal(int)
    exportFinished = Signal(str, bool)

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
        self._visible_count = 0
        self.visibility = Visibility(self.settings.show_uncertain, self.settings.show_inferred)
        self.report_dialog: ImportReportDialog | None = None
        self.setWindowTitle("Timeline App")
        self.setAcceptDrops(True)
        self._build_widgets()
        self.editing = EventEditing(self)
        self.actions_ = menus.build(self)
        self._update_event_actions()
        self._connect_signals()
        self._restore_settings()

    # construction -------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.timeline = TimelineView()
        self.table = EventTableView()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter events (title, type, actors, place)…")
        self.filter_edit.setClearButtonEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
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
        connect_context_menus(self)
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
        """Every event in the store, hidden ones included."""
        return list(self._events.values())

    def event_by_id(self, event_id: str) -> Event | None:
        return self._events.get(event_id)

    def shown_events(self) -> list[Event]:
        """The events the View toggles and the filter let through."""
        visible = self.visibility.visible(self._events.values())
        if not self.filter_edit.text().strip():
            return visible
        proxy = self.table.proxy
        ids = {proxy.index(row, 0).data(EVENT_ID_ROLE) for row in range(proxy.rowCount())}
        return [event for event in visible if event.id in ids]

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
        self._update_placeholder()
        if selected and self.timeline.timeline.item_for(selected) is not None:
            self.select_event(selected)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.table.proxy.setFilterFixedString(text.strip())
        self._filter_timer.start()

    def refresh(self, fit: bool = True) -> None:
        """Reload the events from the store into the timeline and the list."""
        try:
            events = self.store.list_events()
        except StorageError as error:
            self.show_error("Cannot read the database", str(error))
            return
        self._events = {event.id: event for event in events}
        self._articles.clear()
        self._show_events(fit)
        self.eventsRefreshed.emit(len(events))

    def replace_event(self, event: Event) -> None:
        """Show an event's new values everywhere, keeping the zoom and the selection."""
        self._events[event.id] = event
        self._show_events(fit=False)

    def _show_events(self, fit: bool) -> None:
        """Put the events the toggles let through in the list and (filtered) on the timeline."""
        selected = self.selected_event_id()
        visible = self.visibility.visible(self._events.values())
        self._visible_count = len(visible)
        self._syncing = True
        try:
            self.table.set_events(visible)
            self.timeline.set_events(self.shown_events(), fit=fit)
        finally:
            self._syncing = False
        self._update_placeholder()
        self.select_event(selected or None)
        self._update_count()

    def _update_count(self) -> None:
        total = len(self._events)
        hidden = total - self._visible_count
        articles = len({s.article_id for e in self._events.values() for s in e.sources})
        events = plural(total, "event") + (f" ({hidden} hidden)" if hidden else "")
        self.count_label.setText(f"{events} · {plural(articles, 'article')}")

    def _update_placeholder(self) -> None:
        """What the timeline says when events exist but none is shown."""
        if not self._events or self.timeline.timeline.events:
            self.timeline.set_placeholder("", "")
        elif not self._visible_count:
            self.timeline.set_placeholder(
                "The only event is hidden" if len(self._events) == 1 else f"All {len(self._events)} events are hidden",
                self.visibility.how_to_show_all())
        else:
            self.timeline.set_placeholder("No events match the filter", "Clear the filter box to see them all")

    # view toggles -------------------------------------------------------------
    def set_show_uncertain(self, shown: bool) -> None:
        """View ▸ Show Uncertain Events (remembered between sessions)."""
        self.settings.show_uncertain = shown
        self._set_visibility(Visibility(shown, self.visibility.show_inferred))

    def set_show_inferred(self, shown: bool) -> None:
        """View ▸ Show Inferred Dates (remembered between sessions)."""
        self.settings.show_inferred = shown
        self._set_visibility(Visibility(self.visibility.show_uncertain, shown))

    def _set_visibility(self, visibility: Visibility) -> None:
        for action, checked in ((self.actions_.show_uncertain, visibility.show_uncertain),
                                (self.actions_.show_inferred, visibility.show_inferred)):
            if action.isChecked() != checked:
                action.setChecked(checked)
        if visibility != self.visibility:
            self.visibility = visibility
            self._show_events(fit=False)

    # editing ------------------------------------------------------------------
    def selected_event_id(self) -> str:
        return self.timeline.timeline.selected_event_id() or self.table.selected_event_id()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _update_event_actions(self) -> None:
        event = self._events.get(self.selected_event_id() or "")
        self.actions_.edit_event.setEnabled(event is not None)
        self.actions_.revert_event.setEnabled(event is not None and event.corrected)

    # selection ----------------------------------------------------------------
    def select_event(self, event_id: str | None) -> None:
        """Select an event everywhere: timeline, list and source panel (a hidden one: nowhere)."""
        if self._syncing:
            return
        event = self._events.get(event_id or "")
        if event is None or not self.visibility.shows(event):
            event_id, event = None, None
        self._syncing = True
        try:
            self.timeline.select_event(event_id)
            self.table.select_event(event_id)
            self.source_panel.show_event(event)
        finally:
            self._syncing = False
        self._update_event_actions()

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
        # The store closes when the window does: let an import finish its file, and
        # an edit, removal or export its transaction, first.
        wait_for_all(CLOSE_WAIT_SECONDS)
        super().closeEvent(event)
