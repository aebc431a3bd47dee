"""The event list: a thin table model over a list of core Events, and the
table view that shows it sorted by date."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline_app.core import Event, Factuality
from timeline_app.ui import style
from timeline_app.ui.format import span_label, span_sort_key

COLUMNS = ("Date", "Title", "Type", "Actors", "Location")
DATE, TITLE, TYPE, ACTORS, LOCATION = range(len(COLUMNS))
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """Rows are events (sorted by date unless told otherwise); ``EVENT_ID_ROLE`` gives the id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._rows: dict[str, int] = {}
        self._sort_column = DATE
        self._descending = False

    def set_events(self, events: Sequence[Event]) -> None:
        self.beginResetModel()
        self._events = sorted(events, key=self._key(self._sort_column), reverse=self._descending)
        self._rows = {event.id: row for row, event in enumerate(self._events)}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting in Python with one key per row: a proxy comparing through
        ``data()`` makes n log n calls into Python (seconds for 20,000 rows)."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old_rows = {event.id: row for row, event in enumerate(self._events)}
        self._events.sort(key=self._key(column), reverse=self._descending)
        self._rows = {event.id: row for row, event in enumerate(self._events)}
        self._move_persistent_indexes(old_rows)
        self.layoutChanged.emit()

    def _move_persistent_indexes(self, old_rows: dict[str, int]) -> None:
        by_old_row = {row: event_id for event_id, row in old_rows.items()}
        old = self.persistentIndexList()
        new = [self.index(self._rows[by_old_row[index.row()]], index.column()) for index in old]
        self.changePersistentIndexList(old, new)

    @staticmethod
    def _key(column: int) -> Callable[[Event], Any]:
        if column == DATE:
            return lambda event: span_sort_key(event.when)
        return lambda event: _display(event, column).casefold()

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of(self, event_id: str) -> int:
        """Row of an event, or -1."""
        return self._rows.get(event_id, -1)

    # QAbstractTableModel ----------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _display(event, column)
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.DecorationRole and column == TYPE:
            return QColor(style.event_colour(event.type, event.factuality))
        if role == Qt.ItemDataRole.ForegroundRole and event.factuality == Factuality.NEGATED:
            return QBrush(style.MUTED_TEXT)
        return None


def _display(event: Event, column: int) -> str:
    if column == DATE:
        return span_label(event.when)
    if column == TITLE:
        suffix = "" if event.factuality == Factuality.ASSERTED else f" ({event.factuality})"
        return event.title + suffix
    if column == TYPE:
        return event.type
    if column == ACTORS:
        return ", ".join(event.actors)
    return event.location or ""


class EventFilterProxy(QSortFilterProxyModel):
    """Filters rows by text; sorting is passed on to the source model."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class EventTableView(QTableView):
    """The list under the timeline, sorted by date, one row selected at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in ((DATE, 110), (TYPE, 124), (ACTORS, 170), (LOCATION, 100)):
            self.setColumnWidth(column, width)

    def set_events(self, events: Sequence[Event]) -> None:
        self.source_model.set_events(events)

    def selected_event_id(self) -> str:
        rows = self.selectionModel().selectedRows()
        return str(rows[0].data(EVENT_ID_ROLE)) if rows else ""

    def select_event(self, event_id: str | None) -> None:
        """Select the row of an event (clear for None) and scroll to it."""
        row = self.source_model.row_of(event_id or "")
        if row < 0:
            self.clearSelection()
            return
        index = self.proxy.mapFromSource(self.source_model.index(row, 0))
        if not index.isValid():  # filtered out
            self.clearSelection()
            return
        self.selectRow(index.row())
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
