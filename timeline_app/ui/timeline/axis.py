"""Drawing the time axis: a band with context labels (``March 2022``) on the
upper row and tick labels (``14``) below. Painted in device pixels by the view
(pinned above the scrolling lanes) and by the image exporter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from timeline_app.ui import style
from timeline_app.ui.timeline.ticks import Tick, TickLevel, choose_level, context_level, ticks

CONTEXT_ROW = (4.0, 22.0)  # top, height
TICK_ROW = (26.0, 20.0)
TICK_LENGTH = 6.0


def paint_axis(painter: QPainter, width: float, left_day: float, days_per_pixel: float,
               height: float = style.AXIS_HEIGHT) -> TickLevel:
    """Paint the axis band for pixels [0, width) starting at ``left_day``; returns the level used."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(0.0, 0.0, width, height), style.AXIS_BACKGROUND)
    painter.setPen(QPen(style.AXIS_LINE, 1.0))
    painter.drawLine(QLineF(0.0, height - 0.5, width, height - 0.5))
    level = choose_level(days_per_pixel)
    last_day = left_day + width * days_per_pixel

    def x_of(day: float) -> float:
        return (day - left_day) / days_per_pixel

    context = context_level(level)
    _paint_ticks(painter, ticks(level, left_day, last_day), x_of, width, height, centred=context is None)
    if context is not None:
        _paint_context(painter, ticks(context, left_day, last_day, context=True), x_of, width)
    painter.restore()
    return level


def _paint_ticks(painter: QPainter, found: list[Tick], x_of: Callable[[float], float], width: float, height: float,
                 centred: bool) -> None:
    painter.setFont(style.ui_font(12 if centred else 11, bold=centred))
    metrics = QFontMetricsF(painter.font())
    top, row_height = (CONTEXT_ROW[0], height - CONTEXT_ROW[0] - 4.0) if centred else TICK_ROW
    for tick in found:
        x = round(x_of(tick.day)) + 0.5
        if x < -200 or x > width + 200:
            continue
        painter.setPen(QPen(style.AXIS_LINE, 1.0))
        painter.drawLine(QLineF(x, CONTEXT_ROW[0] if centred else height - TICK_LENGTH, x, height))
        painter.setPen(style.AXIS_CONTEXT_TEXT if centred else style.AXIS_TEXT)
        text_width = metrics.horizontalAdvance(tick.label)
        painter.drawText(QRectF(x + 4.0, top, text_width + 2.0, row_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tick.label)


def _paint_context(painter: QPainter, found: list[Tick], x_of: Callable[[float], float], width: float) -> None:
    """Context labels stick to the left edge while their period is in view,
    and are pushed out by the next one (like sticky headers)."""
    painter.setFont(style.ui_font(12, bold=True))
    metrics = QFontMetricsF(painter.font())
    top, row_height = CONTEXT_ROW
    for index, tick in enumerate(found):
        x = x_of(tick.day)
        next_x = x_of(found[index + 1].day) if index + 1 < len(found) else width + 10_000
        text_width = metrics.horizontalAdvance(tick.label)
        if next_x - max(x, 0.0) < text_width + 24.0:
            continue  # too little of this period in view to name it
        left = min(max(x + 4.0, 6.0), next_x - text_width - 12.0)
        if left > width:
            continue
        painter.setPen(QPen(style.AXIS_LINE, 1.0))
        if x >= 0:
            painter.drawLine(QLineF(round(x) + 0.5, top, round(x) + 0.5, top + row_height))
        painter.setPen(style.AXIS_CONTEXT_TEXT)
        painter.drawText(QRectF(left, top, text_width + 2.0, row_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tick.label)
