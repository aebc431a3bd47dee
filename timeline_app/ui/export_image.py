"""Rendering the timeline headlessly to PNG or SVG (for File ▸ Export and the
command line): the same scene and axis as the window, laid out to fit the
requested width, with a legend of event types below.

An offscreen QApplication is created when none exists, so the command line
needs no display.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QImage, QImageWriter, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from timeline_app.core import Event, Factuality
from timeline_app.ui import style
from timeline_app.ui.format import span_label
from timeline_app.ui.timeline.axis import paint_axis
from timeline_app.ui.timeline.scene import TimelineScene

EXPORT_MAX_LANES = 150
LEGEND_ROW = 22.0
LEGEND_PADDING = 10.0
MIN_HEIGHT = 220
MIN_WIDTH = 320

_app: QApplication | None = None


def ensure_app() -> QGuiApplication:
    """The running application, or a new offscreen one (no display needed)."""
    global _app
    existing = QApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a non-GUI QCoreApplication is running: cannot render images")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication([])
    return _app


class TimelinePicture:
    """A laid-out scene plus what to draw around it, for any paint device."""

    def __init__(self, events: Sequence[Event], width: int) -> None:
        ensure_app()
        self.events = list(events)
        self.width = max(int(width), MIN_WIDTH)
        self.scene = TimelineScene(max_lanes=EXPORT_MAX_LANES)
        self.scene.set_events(self.events, layout=False)
        self.left = self.scene.fit(float(self.width))
        self.content_height = self.scene.content_height()
        self.legend_height = self._legend_height() if self.events else 0.0
        self.height = int(max(self.content_height + self.legend_height, MIN_HEIGHT))

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, self.width, self.height), style.BACKGROUND)
        if not self.events:
            self._paint_message(painter, "No events to show")
            return
        area = QRectF(0.0, 0.0, float(self.width), self.content_height)
        self.scene.render(painter, area, QRectF(self.left, 0.0, float(self.width), self.content_height),
                          Qt.AspectRatioMode.IgnoreAspectRatio)
        paint_axis(painter, float(self.width), self.scene.day_at(self.left), self.scene.days_per_pixel)
        self._paint_legend(painter, self.height - self.legend_height)

    def _paint_message(self, painter: QPainter, text: str) -> None:
        painter.setPen(style.EMPTY_TEXT)
        painter.setFont(style.ui_font(20, bold=True))
        painter.drawText(QRectF(0, 0, self.width, self.height), Qt.AlignmentFlag.AlignCenter, text)

    def _legend_entries(self) -> list[tuple[str, QRectF]]:
        """Type names and where each goes, flowing onto more rows when narrow,
        then the summary (empty name) right-aligned on the last row or its own."""
        metrics = QFontMetricsF(style.ui_font(11))
        entries: list[tuple[str, QRectF]] = []
        x, row = 16.0, 0
        for event_type in sorted({e.type for e in self.events}):
            entry_width = 14.0 + metrics.horizontalAdvance(event_type) + 18.0
            if x + entry_width > self.width - 16.0 and x > 16.0:
                x, row = 16.0, row + 1
            entries.append((event_type, QRectF(x, row * LEGEND_ROW, entry_width, LEGEND_ROW)))
            x += entry_width
        summary_width = metrics.horizontalAdvance(self._summary()) + 16.0
        if x + summary_width > self.width - 16.0:
            row += 1
        entries.append(("", QRectF(0.0, row * LEGEND_ROW, self.width - 16.0, LEGEND_ROW)))
        return entries

    def _legend_height(self) -> float:
        return self._legend_entries()[-1][1].bottom() + 2 * LEGEND_PADDING

    def _paint_legend(self, painter: QPainter, top: float) -> None:
        """Event types with their colours, then the date range and count."""
        painter.setPen(QPen(style.AXIS_LINE, 1.0))
        painter.drawLine(QPointF(0.0, top + 0.5), QPointF(float(self.width), top + 0.5))
        painter.setFont(style.ui_font(11))
        for name, rect in self._legend_entries():
            rect = rect.translated(0.0, top + LEGEND_PADDING)
            if not name:
                painter.setPen(style.MUTED_TEXT)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self._summary())
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.type_colour(name))
            painter.drawEllipse(QPointF(rect.left() + 5.0, rect.center().y()), 5.0, 5.0)
            painter.setPen(style.AXIS_TEXT)
            painter.drawText(rect.adjusted(14.0, 0.0, 0.0, 0.0), Qt.AlignmentFlag.AlignVCenter, name)

    def _summary(self) -> str:
        first = min(self.events, key=lambda e: e.when.start.number)
        last = max(self.events, key=lambda e: e.when.end.number)
        parts = [f"{span_label(first.when)} – {span_label(last.when)}", f"{len(self.events)} events"]
        if any(e.factuality != Factuality.ASSERTED for e in self.events):
            parts.insert(0, "hollow: planned, possible or negated")
        if self.scene.hidden_count:
            parts.append(f"{self.scene.hidden_count} not shown")
        return "  ·  ".join(parts)


def render_timeline_image(events: Sequence[Event], width: int = 1600) -> QImage:
    """The timeline as an image ``width`` pixels wide (height from the lanes)."""
    picture = TimelinePicture(events, width)
    image = QImage(picture.width, picture.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(style.BACKGROUND)
    painter = QPainter(image)
    try:
        picture.paint(painter)
    finally:
        painter.end()
    return image


def render_timeline_png(events: Sequence[Event], path: Path, width: int = 1600) -> None:
    """Write the timeline as a PNG image; raises OSError when it cannot be written."""
    image = render_timeline_image(events, width)
    writer = QImageWriter(str(path), QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"cannot write PNG image {path}: {writer.errorString()}")


def render_timeline_svg(events: Sequence[Event], path: Path, width: int = 1600) -> None:
    """Write the timeline as an SVG image (text stays text)."""
    picture = TimelinePicture(events, width)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(picture.width, picture.height))
    generator.setViewBox(QRectF(0, 0, picture.width, picture.height))
    generator.setTitle("Timeline")
    generator.setDescription(f"{len(picture.events)} events, exported by Timeline App")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write SVG image {path}")
    try:
        picture.paint(painter)
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"cannot write SVG image {path}")
