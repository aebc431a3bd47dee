"""The timeline scene: event items laid out in lanes at a zoom given in days
per pixel, with grid lines behind them. Used by the window and the exporter.

Scene x is ``(day - origin) / days_per_pixel`` (origin: the first event's day),
so coordinates stay small whatever the era, BCE included.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable

from PySide6.QtCore import QLineF, QObject, QRect, QRectF, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from timeline_app.core import Event
from timeline_app.ui import style
from timeline_app.ui.timeline.items import EventGeometry, EventItem, geometry_of, make_item, mark_extent
from timeline_app.ui.timeline.layout import HIDDEN, Extent, assign_lanes, lane_count
from timeline_app.ui.timeline.ticks import choose_level, context_level, ticks

MIN_DAYS_PER_PIXEL = 1 / 400
MAX_DAYS_PER_PIXEL = 200_000.0
MAX_LANES = 400
MAX_SCENE_WIDTH = 1.0e9


class TimelineScene(QGraphicsScene):
    """Events as items; ``eventSelected`` carries the selected event id ("" for none)."""

    eventSelected = Signal(str)
    layoutChanged = Signal()

    def __init__(self, parent: QObject | None = None, max_lanes: int = MAX_LANES) -> None:
        super().__init__(parent)
        self.max_lanes = max_lanes
        self._entries: list[EventGeometry] = []
        self._by_id: dict[str, EventGeometry] = {}
        self._starts: list[int] = []
        self._day_range: tuple[int, int] | None = None
        self._origin = 0
        self._days_per_pixel = 1.0
        self._lanes = 0
        self._content_x = (0.0, 1.0)
        self.hidden_count = 0
        self.top = float(style.AXIS_HEIGHT + style.TOP_PADDING)
        self.selectionChanged.connect(self._on_selection_changed)

    # data -----------------------------------------------------------------
    def set_events(self, events: Iterable[Event], layout: bool = True) -> None:
        """Replace all items (keeps the zoom; ``layout=False`` when a :meth:`fit` follows)."""
        self.clearSelection()
        self.clear()
        self._entries = [geometry_of(event) for event in events]
        self._by_id = {entry.event.id: entry for entry in self._entries}
        self._starts = sorted(entry.first_day for entry in self._entries)
        self._day_range = (self._starts[0], max(e.day_after for e in self._entries)) if self._entries else None
        self._origin = self._starts[0] if self._starts else 0
        if layout or not self._entries:
            self.relayout()

    @property
    def events(self) -> list[Event]:
        return [entry.event for entry in self._entries]

    def event_items(self) -> list[EventItem]:
        """The items created so far (only events that had a lane have one)."""
        return [entry.item for entry in self._entries if entry.item is not None]

    def item_for(self, event_id: str) -> EventItem | None:
        """The event's item (created on demand; hidden while it has no lane)."""
        entry = self._by_id.get(event_id)
        return self._item_of(entry) if entry is not None else None

    def _item_of(self, entry: EventGeometry) -> EventItem:
        if entry.item is None:
            entry.item = make_item(entry)
            entry.item.setVisible(entry.placed)
            self.addItem(entry.item)
        return entry.item

    def day_range(self) -> tuple[int, int] | None:
        """First day and the day after the last one, over all events."""
        return self._day_range

    # coordinates ------------------------------------------------------------
    @property
    def days_per_pixel(self) -> float:
        return self._days_per_pixel

    def set_days_per_pixel(self, days_per_pixel: float) -> None:
        clamped = min(max(days_per_pixel, self.min_days_per_pixel()), MAX_DAYS_PER_PIXEL)
        if clamped != self._days_per_pixel:
            self._days_per_pixel = clamped
            self.relayout()

    def min_days_per_pixel(self) -> float:
        """The deepest zoom: a day is at most 400 pixels wide, and the whole
        range must stay within the view's integer scroll range (2**31 pixels)."""
        days = self.day_range()
        span = days[1] - days[0] if days else 0
        return max(MIN_DAYS_PER_PIXEL, span / MAX_SCENE_WIDTH)

    def x_of(self, day: float) -> float:
        return (day - self._origin) / self._days_per_pixel

    def day_at(self, x: float) -> float:
        return self._origin + x * self._days_per_pixel

    def density(self, first_day: float, days_per_bin: float, bins: int) -> list[int]:
        """Events starting in each of ``bins`` equal bins from ``first_day``: where
        the data are, even when zoomed out too far to show every label."""
        edges = [bisect.bisect_left(self._starts, first_day + i * days_per_bin) for i in range(bins + 1)]
        return [b - a for a, b in itertools.pairwise(edges)]

    @property
    def lane_total(self) -> int:
        return self._lanes

    def content_height(self) -> float:
        return self.top + self._lanes * style.LANE_HEIGHT + style.TOP_PADDING

    # layout -----------------------------------------------------------------
    def relayout(self) -> None:
        """Place every item at the current zoom and pack labels into lanes.

        The BSP index is switched off meanwhile: rebuilding it once is much
        cheaper than updating it for every bar whose width changed."""
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        try:
            self._place_items()
        finally:
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setSceneRect(self.content_rect())
        self.layoutChanged.emit()

    def _place_items(self) -> None:
        """Lanes for all events, but graphics items only for those that get one:
        zoomed out over thousands of events, most stay hidden and cost nothing."""
        origin, scale = self._origin, 1.0 / self._days_per_pixel
        extents, spans, lefts = [], [], []
        for entry in self._entries:
            x0, x1 = (entry.first_day - origin) * scale, (entry.day_after - origin) * scale
            if entry.is_point:
                x0 = x1 = (x0 + x1) / 2
            left, right, _ = mark_extent(entry.is_point, x1 - x0, entry.label_width)
            extents.append(Extent(x0 + left, x0 + right))
            spans.append(x1 - x0)
            lefts.append(left)
        lanes = assign_lanes(extents, gap=style.LANE_GAP, max_lanes=self.max_lanes)
        for entry, extent, span, left, lane in zip(self._entries, extents, spans, lefts, lanes, strict=True):
            entry.placed = lane != HIDDEN
            if entry.placed:
                item = self._item_of(entry)
                item.set_span_width(span)
                item.setPos(extent.left - left, self.top + lane * style.LANE_HEIGHT)
                if not item.isVisible():
                    item.setVisible(True)
            elif entry.item is not None and entry.item.isVisible():
                entry.item.setVisible(False)
        shown = [extent for extent, lane in zip(extents, lanes, strict=True) if lane != HIDDEN]
        self._content_x = (min((e.left for e in shown), default=0.0), max((e.right for e in shown), default=1.0))
        self._lanes = lane_count(lanes)
        self.hidden_count = lanes.count(HIDDEN)

    def fit(self, width: float, margin_left: float = 48.0, margin_right: float = 220.0,
            min_days: float = 14.0) -> float:
        """Zoom so every event, labels included, fits ``width`` pixels; returns
        the scene x to show at the left edge. Labels stick out to the right by
        an amount that depends on the zoom, so it settles in two passes."""
        days = self.day_range()
        if days is None:
            return 0.0
        first, last = days
        span = max(last - first, min_days)
        usable = width
        for _ in range(2):
            usable = max(width - margin_left - margin_right, 100.0)
            self._days_per_pixel = min(max(span / usable, self.min_days_per_pixel()), MAX_DAYS_PER_PIXEL)
            self.relayout()
            overhang = max(self.content_rect().right() - self.x_of(last), 0.0)
            margin_right = min(overhang + 16.0, width / 2)
        centre = (first + last) / 2 if last - first < min_days else first + span / 2
        return self.x_of(centre) - margin_left - usable / 2

    def content_rect(self) -> QRectF:
        """Where items are, from the axis' top to below the last lane."""
        left, right = self._content_x
        return QRectF(left, 0.0, max(right - left, 1.0), self.content_height())

    # selection --------------------------------------------------------------
    def select_event(self, event_id: str | None) -> EventItem | None:
        """Select one event's item (None or an unknown id clears the selection)."""
        item = self.item_for(event_id or "")
        if item is not None and item.isSelected() and len(self.selectedItems()) == 1:
            return item
        self.blockSignals(True)
        self.clearSelection()
        self.blockSignals(False)
        if item is not None:
            item.setSelected(True)
        else:
            self.eventSelected.emit("")
        return item

    def selected_event_id(self) -> str:
        selected = [i for i in self.selectedItems() if isinstance(i, EventItem)]
        return selected[0].event.id if selected else ""

    def _on_selection_changed(self) -> None:
        self.eventSelected.emit(self.selected_event_id())

    # background -------------------------------------------------------------
    def drawBackground(self, painter: QPainter, exposed: QRectF | QRect) -> None:
        """Plain background with a vertical grid line at every axis tick."""
        rect = QRectF(exposed)
        painter.fillRect(rect, style.BACKGROUND)
        if not self._entries:
            return
        level = choose_level(self._days_per_pixel)
        first, last = self.day_at(rect.left()), self.day_at(rect.right())
        painter.setPen(QPen(style.GRID_MINOR, 1.0))
        for tick in ticks(level, first, last):
            x = round(self.x_of(tick.day)) + 0.5
            painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
        context = context_level(level)
        if context is not None:
            painter.setPen(QPen(style.GRID_MAJOR, 1.0))
            for tick in ticks(context, first, last, context=True):
                x = round(self.x_of(tick.day)) + 0.5
                painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
