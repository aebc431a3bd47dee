"""Finding the app's resources (icons, style sheet) in a checkout or an install."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "resources",  # source checkout
    Path(__file__).resolve().parents[1] / "resources",  # installed package data
)


def resource_path(name: str) -> Path | None:
    """The first existing ``resources/<name>``, or None."""
    for folder in _CANDIDATES:
        path = folder / name
        if path.exists():
            return path
    return None


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons/<name>.svg`` (empty when absent: text still shows)."""
    path = resource_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path is not None else QIcon()


def style_sheet() -> str:
    path = resource_path("style.qss")
    return path.read_text(encoding="utf-8") if path is not None else ""
