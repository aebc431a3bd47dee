"""Colours, fonts and sizes shared by the timeline view and the image export,
so the window and the exported picture look alike."""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor, QFont

from timeline_app.core import Factuality

FONT_FAMILY = "DejaVu Sans"
BACKGROUND = QColor("#fbfbfd")
AXIS_BACKGROUND = QColor("#f1f3f7")
AXIS_LINE = QColor("#c5cad3")
AXIS_TEXT = QColor("#3c4350")
AXIS_CONTEXT_TEXT = QColor("#1f2430")
GRID_MAJOR = QColor("#e3e6ec")
GRID_MINOR = QColor("#eef0f4")
LABEL_TEXT = QColor("#1f2430")
MUTED_TEXT = QColor("#8a919e")
SELECTION = QColor("#1d4ed8")
HOVER_FILL = QColor(29, 78, 216, 24)
EMPTY_TEXT = QColor("#9aa1ad")
DROP_ZONE = QColor("#b9c2d3")
NEGATED = QColor("#9aa1ad")

AXIS_HEIGHT = 52
LANE_HEIGHT = 26
TOP_PADDING = 14
MARKER_RADIUS = 5.5
BAR_HEIGHT = 18
LABEL_GAP = 7
MAX_LABEL_WIDTH = 300
LANE_GAP = 14

# PLOVER categories grouped by tone: cooperation in blues and greens, verbal
# conflict in ambers, material conflict in reds; anything else a stable hue.
TYPE_COLOURS: dict[str, str] = {
    "CONSULT": "#2563eb",
    "AGREE": "#059669",
    "COOPERATE": "#0d9488",
    "SUPPORT": "#16a34a",
    "AID": "#0891b2",
    "CONCEDE": "#65a30d",
    "RETREAT": "#4d7c0f",
    "REQUEST": "#7c3aed",
    "STATEMENT": "#6366f1",
    "ACCUSE": "#d97706",
    "DEMAND": "#ca8a04",
    "DISAPPROVE": "#ea580c",
    "REJECT": "#c2410c",
    "THREATEN": "#dc2626",
    "PROTEST": "#db2777",
    "MOBILIZE": "#9f1239",
    "SANCTION": "#b91c1c",
    "COERCE": "#991b1b",
    "ASSAULT": "#7f1d1d",
    "FIGHT": "#7f1d1d",
    "EVENT": "#64748b",
}
_FALLBACK = ("#0f766e", "#a16207", "#6d28d9", "#be185d", "#1e40af", "#15803d", "#b45309", "#475569")


def type_colour(event_type: str) -> QColor:
    """The colour of an event type (unknown types get a stable colour of their own)."""
    known = TYPE_COLOURS.get(event_type.upper())
    if known:
        return QColor(known)
    return QColor(_FALLBACK[zlib.crc32(event_type.encode()) % len(_FALLBACK)])


def event_colour(event_type: str, factuality: Factuality) -> QColor:
    """Negated events are drawn grey whatever their type."""
    return QColor(NEGATED) if factuality == Factuality.NEGATED else type_colour(event_type)


def ui_font(pixel_size: int = 12, bold: bool = False) -> QFont:
    """Fonts sized in pixels, so an exported image matches the window whatever
    the device's DPI."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


def label_font(selected: bool = False, italic: bool = False, strike: bool = False) -> QFont:
    font = ui_font(12, bold=selected)
    font.setItalic(italic)
    font.setStrikeOut(strike)
    return font
