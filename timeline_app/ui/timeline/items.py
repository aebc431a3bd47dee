"""Graphics items for events: one class per visual kind (a point for a day, a
bar for a longer span), sharing label, selection and factuality styling.

Geometry is set by the scene's layout in pixels (``place``); the items only
draw, so zooming is a re-layout and never a re-creation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from timeline_app.core import Event, Factuality
from timeline_app.ui import style
from timeline_app.ui.format import span_label

LABEL_PADDING = 6.0
MIN_BAR_WIDTH = 4.0


@lru_cache(maxsize=4)
def _metrics(bold: bool) -> QFontMetricsF:
    return QFontMetricsF(style.label_font(selected=bold))


def elide(text: str, max_width: float = style.MAX_LABEL_WIDTH) -> str:
    """The title shortened with an ellipsis to fit ``max_width`` pixels (bold)."""
    return _metrics(True).elidedText(text, Qt.TextElideMode.ElideRight, max_width)


def tooltip_html(event: Event) -> str:
    """What hovering an event shows: title, date, type, actors, place."""
    rows = [f"<b>{escape(event.title)}</b>", escape(span_label(event.when)), f"Type: {escape(event.type)}"]
    if event.actors:
        rows.append("Actors: " + escape(", ".join(event.actors)))
    if event.location:
        rows.append("Location: " + escape(event.location))
    if event.factuality != Factuality.ASSERTED:
        rows.append(f"<i>{escape(str(event.factuality))}</i>")
    return "<br>".join(rows)


@dataclass(slots=True)
class EventGeometry:
    """What the layout needs to know of an event, without a graphics item: the
    scene creates items only for events that get a lane (see TimelineScene)."""

    event: Event
    first_day: int
    day_after: int
    is_point: bool
    label: str
    label_width: float
    placed: bool = False
    item: EventItem | None = None


def geometry_of(event: Event) -> EventGeometry:
    """Day range and measured (elided when too long) label of an event."""
    title = event.title or "(untitled event)"
    width = _metrics(True).horizontalAdvance(title)
    if width > style.MAX_LABEL_WIDTH:
        title = elide(title)
        width = _metrics(True).horizontalAdvance(title)
    first_day, day_after = event.when.start.number, event.when.end.number + 1
    return EventGeometry(event, first_day, day_after, day_after - first_day <= 1, title, width)


def mark_extent(is_point: bool, span_width: float, label_width: float) -> tuple[float, float, float]:
    """Left and right edge of an item (mark and label) relative to its
    position, and where its label starts: a bar's label goes inside when it fits."""
    if is_point:
        label_x = style.MARKER_RADIUS + style.LABEL_GAP
        return -style.MARKER_RADIUS - 2.0, label_x + label_width + LABEL_PADDING, label_x
    width = max(span_width, MIN_BAR_WIDTH)
    inside = width >= label_width + 2 * LABEL_PADDING + 4.0
    label_x = LABEL_PADDING + 2.0 if inside else width + style.LABEL_GAP
    return -1.0, max(label_x + label_width + LABEL_PADDING, width + 1.0), label_x


class EventItem(QGraphicsItem):
    """Common part: label, colours, hover and selection. Subclasses draw the mark."""

    def __init__(self, geometry: EventGeometry) -> None:
        super().__init__()
        self.geometry = geometry
        self.event = geometry.event
        self.label = geometry.label
        self.label_width = geometry.label_width
        self.colour: QColor = style.event_colour(self.event.type, self.event.factuality)
        self._span_width = 0.0
        self._hovered = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if not geometry.is_point:  # paint() needs the exposed part of a bar (exposedRect)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    @property
    def first_day(self) -> int:
        return self.geometry.first_day

    @property
    def day_after(self) -> int:
        return self.geometry.day_after

    # layout ---------------------------------------------------------------
    def set_span_width(self, width: float) -> None:
        """How many pixels the event's span covers at the current zoom."""
        width = max(width, 0.0)
        if width != self._span_width:
            self.prepareGeometryChange()
            self._span_width = width

    def extent(self) -> tuple[float, float]:
        """Room needed left and right of the item's position, label included."""
        left, right, _ = mark_extent(self.geometry.is_point, self._span_width, self.label_width)
        return left, right

    def _label_x(self) -> float:
        return mark_extent(self.geometry.is_point, self._span_width, self.label_width)[2]

    # QGraphicsItem ----------------------------------------------------------
    def boundingRect(self) -> QRectF:
        left, right = self.extent()
        return QRectF(left - 2.0, 0.0, right - left + 4.0, float(style.LANE_HEIGHT))

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect().adjusted(2.0, 2.0, -2.0, -2.0))
        return path

    def hoverEnterEvent(self, event: object) -> None:
        if not self.toolTip():  # built on first hover: thousands of items need not pay for it
            self.setToolTip(tooltip_html(self.event))
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:
        self._hovered = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = self.isSelected()
        if selected or self._hovered:
            self._paint_highlight(painter, selected)
        self._paint_mark(painter, selected)
        self._paint_label(painter, selected, self._visible_label_x(option))

    def _paint_highlight(self, painter: QPainter, selected: bool) -> None:
        rect = self.boundingRect().adjusted(1.0, 1.5, -1.0, -1.5)
        fill = QColor(style.SELECTION)
        fill.setAlpha(34 if selected else 16)
        painter.setPen(QPen(style.SELECTION, 1.5) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5.0, 5.0)

    def _paint_mark(self, painter: QPainter, selected: bool) -> None:
        raise NotImplementedError

    def _visible_label_x(self, option: QStyleOptionGraphicsItem) -> float:
        """Where the label starts; a label inside a long bar slides along so it
        stays readable while the bar's start is scrolled out of view."""
        label_x = self._label_x()
        if self.geometry.is_point or label_x > LABEL_PADDING + 2.0:
            return label_x
        visible_left = option.exposedRect.left() + LABEL_PADDING
        return max(label_x, min(visible_left, self._span_width - self.label_width - LABEL_PADDING))

    def _paint_label(self, painter: QPainter, selected: bool, label_x: float) -> None:
        factuality = self.event.factuality
        painter.setFont(style.label_font(
            selected=selected,
            italic=factuality in (Factuality.PLANNED, Factuality.POSSIBLE),
            strike=factuality == Factuality.NEGATED,
        ))
        painter.setPen(style.MUTED_TEXT if factuality == Factuality.NEGATED else style.LABEL_TEXT)
        rect = QRectF(label_x, 0.0, self.label_width + 2.0, float(style.LANE_HEIGHT))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.label)

    def _outline_pen(self, width: float) -> QPen:
        """Solid for asserted events, dashed for planned, dotted for possible."""
        pen = QPen(self.colour, width)
        factuality = self.event.factuality
        if factuality == Factuality.PLANNED:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif factuality in (Factuality.POSSIBLE, Factuality.NEGATED):
            pen.setStyle(Qt.PenStyle.DotLine)
        return pen

    @property
    def hollow(self) -> bool:
        return self.event.factuality != Factuality.ASSERTED


class PointEventItem(EventItem):
    """An event on one day: a dot at the middle of the day."""

    def _paint_mark(self, painter: QPainter, selected: bool) -> None:
        radius = style.MARKER_RADIUS + (1.0 if selected else 0.0)
        centre = QPointF(0.0, style.LANE_HEIGHT / 2)
        if self.hollow:
            painter.setPen(self._outline_pen(2.0))
            painter.setBrush(QBrush(style.BACKGROUND))
        else:
            painter.setPen(QPen(self.colour.darker(125), 1.0))
            painter.setBrush(QBrush(self.colour))
        painter.drawEllipse(centre, radius, radius)
        if self.event.factuality == Factuality.NEGATED:
            painter.setPen(QPen(self.colour, 1.6))
            d = radius * 0.6
            painter.drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d))


class SpanEventItem(EventItem):
    """An event known to a week, month, year ...: a bar across the span, its
    label inside when it fits, else just after the bar."""

    def _width(self) -> float:
        return max(self._span_width, MIN_BAR_WIDTH)

    def _paint_mark(self, painter: QPainter, selected: bool) -> None:
        top = (style.LANE_HEIGHT - style.BAR_HEIGHT) / 2
        rect = QRectF(0.0, top, self._width(), float(style.BAR_HEIGHT))
        fill = QColor(self.colour)
        fill.setAlpha(22 if self.hollow else 52)
        painter.setBrush(fill)
        painter.setPen(self._outline_pen(1.6 if selected else 1.2))
        painter.drawRoundedRect(rect, 3.0, 3.0)
        if not self.hollow:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRectF(0.0, top, min(3.0, rect.width()), rect.height()), 1.5, 1.5)


def make_item(geometry: EventGeometry) -> EventItem:
    """The item kind for an event: a point for one day, a bar otherwise."""
    return PointEventItem(geometry) if geometry.is_point else SpanEventItem(geometry)
