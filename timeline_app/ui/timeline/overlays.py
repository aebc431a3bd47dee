"""What the view paints over the lanes, in viewport pixels: the empty-state
drop target, why nothing is shown when filters hide every event, the drop hint
while dragging, and the density strip with a note when some events are hidden."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from timeline_app.ui import style

DENSITY_BIN = 3.0
DENSITY_HEIGHT = 8.0
EMPTY_TITLE = "Drop news articles here"
EMPTY_HINT = "Text, Markdown or HTML files, or a folder of them  ·  or File ▸ Open Articles… (Ctrl+O)"
DROP_HINT = "Drop to import"


def paint_empty(painter: QPainter, width: float, height: float, dragging: bool) -> None:
    """The empty timeline says what to do."""
    paint_drop_frame(painter, width, height, dragging)
    painter.setPen(style.SELECTION if dragging else style.EMPTY_TEXT)
    painter.setFont(style.ui_font(22, bold=True))
    centre = QPointF(width / 2, height / 2)
    painter.drawText(QRectF(0.0, centre.y() - 34.0, width, 36.0), Qt.AlignmentFlag.AlignCenter, EMPTY_TITLE)
    painter.setFont(style.ui_font(13))
    painter.setPen(style.EMPTY_TEXT)
    painter.drawText(QRectF(20.0, centre.y() + 8.0, width - 40.0, 24.0), Qt.AlignmentFlag.AlignCenter, EMPTY_HINT)


def paint_message(painter: QPainter, width: float, height: float, title: str, hint: str) -> None:
    """A timeline with events of which none is shown says why."""
    centre = height / 2
    painter.setPen(style.EMPTY_TEXT)
    painter.setFont(style.ui_font(20, bold=True))
    painter.drawText(QRectF(0.0, centre - 34.0, width, 34.0), Qt.AlignmentFlag.AlignCenter, title)
    painter.setFont(style.ui_font(13))
    painter.drawText(QRectF(20.0, centre + 6.0, width - 40.0, 24.0), Qt.AlignmentFlag.AlignCenter, hint)


def paint_drop_frame(painter: QPainter, width: float, height: float, dragging: bool) -> None:
    painter.setPen(QPen(style.SELECTION if dragging else style.DROP_ZONE, 2.0, Qt.PenStyle.DashLine))
    painter.setBrush(style.HOVER_FILL if dragging else Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.drawRoundedRect(QRectF(24.0, 24.0, width - 48.0, height - 48.0), 14.0, 14.0)


def paint_drop_hint(painter: QPainter, width: float, height: float) -> None:
    """A pill saying what a drop will do, over a timeline that has events."""
    painter.setFont(style.ui_font(15, bold=True))
    text_width = QFontMetricsF(painter.font()).horizontalAdvance(DROP_HINT) + 32.0
    pill = QRectF((width - text_width) / 2, height - 84.0, text_width, 36.0)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.SELECTION)
    painter.drawRoundedRect(pill, 18.0, 18.0)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, DROP_HINT)


def paint_density(painter: QPainter, counts: Sequence[int]) -> None:
    """A thin histogram under the axis of where events start (one bar per
    :data:`DENSITY_BIN` pixels), so zoomed-out views show where the data are."""
    peak = max(counts, default=0)
    if not peak:
        return
    colour = QColor(style.SELECTION)
    colour.setAlpha(150)
    top = float(style.AXIS_HEIGHT)
    for index, count in enumerate(counts):
        if count:
            bar = max(DENSITY_HEIGHT * count / peak, 1.5)
            painter.fillRect(QRectF(index * DENSITY_BIN, top, DENSITY_BIN - 0.5, bar), colour)


def paint_hidden_note(painter: QPainter, width: float, height: float, hidden: int) -> None:
    """A note at the bottom right, on its own backing so labels do not show through."""
    text = f"{hidden} more events: zoom in to see them"
    painter.setFont(style.ui_font(11))
    text_width = QFontMetricsF(painter.font()).horizontalAdvance(text) + 16.0
    box = QRectF(width - text_width - 8.0, height - 26.0, text_width, 20.0)
    painter.setPen(QPen(style.AXIS_LINE, 1.0))
    painter.setBrush(style.AXIS_BACKGROUND)
    painter.drawRoundedRect(box, 10.0, 10.0)
    painter.setPen(style.AXIS_TEXT)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
