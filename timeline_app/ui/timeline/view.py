"""The timeline view: wheel zoom about the cursor, drag to pan, fit all, an
axis pinned above the lanes, and a drop target that says what to do when empty."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from timeline_app.core import Event
from timeline_app.ui import style
from timeline_app.ui.timeline import overlays
from timeline_app.ui.timeline.axis import paint_axis
from timeline_app.ui.timeline.items import EventItem
from timeline_app.ui.timeline.scene import TimelineScene

ZOOM_STEP = 1.25
COALESCE_ABOVE = 3000  # events; below this a re-layout takes a few milliseconds
FIT_MARGIN_LEFT = 48.0
FIT_MARGIN_RIGHT = 220.0
MIN_FIT_DAYS = 14.0


def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """Local files carried by a drag."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class TimelineView(QGraphicsView):
    """Shows a :class:`TimelineScene`; ``filesDropped`` carries dropped files;
    ``contextMenuRequested`` the event under the mouse ("" for the background)
    and the global position for the menu."""

    filesDropped = Signal(list)
    zoomChanged = Signal(float)
    contextMenuRequested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.timeline = TimelineScene()
        super().__init__(self.timeline, parent)
        self._fit_pending = False
        self._fitted = False  # showing everything: keep doing so when resized
        self._press_scroll = 0
        self._pending_zoom = (1.0, 0.0)
        self._zoom_timer = QTimer(self)
        self._zoom_timer.setSingleShot(True)
        self._zoom_timer.setInterval(0)
        self._zoom_timer.timeout.connect(self._on_zoom_timer_timeout)
        self._drag_active = False
        self._placeholder = ("", "")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAcceptDrops(True)
        self.setMinimumHeight(180)
        self.timeline.layoutChanged.connect(self._update_scene_rect)

    # data -----------------------------------------------------------------
    def set_events(self, events: Iterable[Event], fit: bool = True) -> None:
        """Show these events; ``fit`` zooms to show them all (now or once sized)."""
        left_day = self.day_at(0.0)
        self.timeline.set_events(events, layout=not fit)
        if fit:
            self.fit_all()
        else:
            self._scroll_left_to(self.timeline.x_of(left_day))

    @property
    def placeholder(self) -> tuple[str, str]:
        return self._placeholder

    def set_placeholder(self, title: str, hint: str) -> None:
        """What an empty timeline says instead of the drop invitation (events
        exist but none is shown); empty strings bring the invitation back."""
        if (title, hint) != self._placeholder:
            self._placeholder = (title, hint)
            self.viewport().update()

    def select_event(self, event_id: str | None) -> None:
        """Select an event and scroll it into view."""
        item = self.timeline.select_event(event_id)
        if item is None or not item.isVisible():
            return
        mark = QRectF(item.pos().x() - 8.0, item.pos().y(), 16.0, float(style.LANE_HEIGHT))
        visible = self.mapToScene(self.viewport().rect()).boundingRect().adjusted(0, style.AXIS_HEIGHT, 0, 0)
        if not visible.contains(mark):  # scroll only when its mark is out of sight
            inside_x = visible.left() <= mark.left() and mark.right() <= visible.right()
            inside_y = visible.top() <= mark.top() and mark.bottom() <= visible.bottom()
            self.centerOn(visible.center().x() if inside_x else mark.center().x(),
                          visible.center().y() - style.AXIS_HEIGHT / 2 if inside_y else mark.center().y())
            self._fitted = False

    def select_neighbour(self, step: int) -> None:
        """Select the next (step 1) or previous (-1) shown event in time order."""
        shown = sorted((item for item in self.timeline.event_items() if item.isVisible()),
                       key=lambda item: (item.first_day, item.day_after, item.pos().y()))
        if not shown:
            return
        current = self.timeline.selected_event_id()
        ids = [item.event.id for item in shown]
        index = ids.index(current) + step if current in ids else (0 if step > 0 else len(ids) - 1)
        self.select_event(ids[min(max(index, 0), len(ids) - 1)])

    # coordinates ------------------------------------------------------------
    @property
    def days_per_pixel(self) -> float:
        return self.timeline.days_per_pixel

    def day_at(self, viewport_x: float) -> float:
        """The day number (fractional) under a viewport x coordinate."""
        return self.timeline.day_at(self.mapToScene(0, 0).x() + viewport_x)

    def viewport_x_of(self, day: float) -> float:
        return self.timeline.x_of(day) - self.mapToScene(0, 0).x()

    def visible_days(self) -> tuple[float, float]:
        return self.day_at(0.0), self.day_at(float(self.viewport().width()))

    # zoom and pan -----------------------------------------------------------
    def zoom(self, factor: float, viewport_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the day under ``viewport_x`` in place."""
        anchor_x = self.viewport().width() / 2 if viewport_x is None else viewport_x
        day = self.day_at(anchor_x)
        self.timeline.set_days_per_pixel(self.days_per_pixel / factor)
        self._scroll_left_to(self.timeline.x_of(day) - anchor_x)
        self._fitted = False
        self.zoomChanged.emit(self.days_per_pixel)

    def pan(self, pixels: float) -> None:
        """Move the view right by ``pixels`` (left if negative)."""
        self._scroll_left_to(self.mapToScene(0, 0).x() + pixels)
        self._fitted = False

    def fit_all(self) -> None:
        """Zoom and scroll so that every event (with its label) is in view."""
        if self.timeline.day_range() is None:
            return
        if not self.isVisible():  # sizes are not final yet: fit again when shown
            self._fit_pending = True
        left = self.timeline.fit(float(self.viewport().width()), FIT_MARGIN_LEFT, FIT_MARGIN_RIGHT, MIN_FIT_DAYS)
        self._scroll_left_to(left)
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._fitted = True
        self.zoomChanged.emit(self.days_per_pixel)

    def _scroll_left_to(self, scene_x: float) -> None:
        self._update_scene_rect()
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + round(scene_x - self.mapToScene(0, 0).x()))
        self.viewport().update()

    def _update_scene_rect(self) -> None:
        """Content plus a viewport's width either side, so any day can be scrolled
        to any place on screen (zoom about the cursor needs that near the ends)."""
        content = self.timeline.content_rect()
        pad = float(self.viewport().width())
        height = max(content.height(), float(self.viewport().height()))
        self.setSceneRect(QRectF(content.left() - pad, 0.0, content.width() + 2 * pad, height))

    # events -----------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if delta.x() and not delta.y():
            self.pan(-delta.x() / 2)
        elif delta.y():
            self._zoom_soon(ZOOM_STEP ** (delta.y() / 120), event.position().x())
        event.accept()

    def _zoom_soon(self, factor: float, viewport_x: float) -> None:
        """Zoom now for small timelines; for big ones gather the wheel steps that
        arrive while a re-layout runs and apply them as one."""
        if len(self.timeline.events) < COALESCE_ABOVE:
            self.zoom(factor, viewport_x)
            return
        self._pending_zoom = (self._pending_zoom[0] * factor, viewport_x)
        if not self._zoom_timer.isActive():
            self._zoom_timer.start()

    def _on_zoom_timer_timeout(self) -> None:
        factor, viewport_x = self._pending_zoom
        self._pending_zoom = (1.0, 0.0)
        if factor != 1.0:
            self.zoom(factor, viewport_x)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click an event to zoom to it; the background to zoom in there."""
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, EventItem):
            self.zoom_to_event(item.event.id)
        else:
            self.zoom(2.0, event.position().x())
        event.accept()

    def zoom_to_event(self, event_id: str) -> None:
        """Zoom so the event's span takes about a third of the width, centred."""
        item = self.timeline.item_for(event_id)
        if item is None:
            return
        width = float(self.viewport().width())
        days = max(item.day_after - item.first_day, MIN_FIT_DAYS / 2)
        self.timeline.set_days_per_pixel(3 * days / width)
        centre = (item.first_day + item.day_after) / 2
        self._scroll_left_to(self.timeline.x_of(centre) - width / 2)
        self._fitted = False
        self.select_event(event_id)
        self.zoomChanged.emit(self.days_per_pixel)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        event_id = item.event.id if isinstance(item, EventItem) else ""
        self.contextMenuRequested.emit(event_id, event.globalPos())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_scroll = self.horizontalScrollBar().value()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.horizontalScrollBar().value() != self._press_scroll:
            self._fitted = False  # the user panned: keep their view on resize

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = self.viewport().width() / 4
        with_control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and with_control:
            self.select_neighbour(1 if key == Qt.Key.Key_Right else -1)
        elif key == Qt.Key.Key_Left:
            self.pan(-step)
        elif key == Qt.Key.Key_Right:
            self.pan(step)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        left_day = self.day_at(0.0)
        super().resizeEvent(event)
        if self._fit_pending or self._fitted:
            self._fit_pending = False
            self.fit_all()
        else:
            self._scroll_left_to(self.timeline.x_of(left_day))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            self.fit_all()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport().update()  # the pinned axis must be repainted, not shifted

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            self._drag_active = True
            event.acceptProposedAction()
            self.viewport().update()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drag_active = False
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drag_active = False
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)
        self.viewport().update()

    # painting ---------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Axis and overlays in viewport pixels, pinned while the lanes scroll."""
        painter.save()
        painter.resetTransform()
        width, height = float(self.viewport().width()), float(self.viewport().height())
        if not self.timeline.events and self._placeholder[0] and not self._drag_active:
            overlays.paint_message(painter, width, height, *self._placeholder)
        elif not self.timeline.events:
            overlays.paint_empty(painter, width, height, self._drag_active)
        else:
            paint_axis(painter, width, self.day_at(0.0), self.days_per_pixel)
            if self.timeline.hidden_count:
                bins = max(int(width // overlays.DENSITY_BIN), 1)
                overlays.paint_density(painter, self.timeline.density(
                    self.day_at(0.0), overlays.DENSITY_BIN * self.days_per_pixel, bins))
                overlays.paint_hidden_note(painter, width, height, self.timeline.hidden_count)
            if self._drag_active:
                overlays.paint_drop_frame(painter, width, height, dragging=True)
                overlays.paint_drop_hint(painter, width, height)
        painter.restore()
