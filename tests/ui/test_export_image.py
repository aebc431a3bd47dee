"""Headless image export (what `timeline-app export --png/--svg` calls)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.ui.conftest import make_event
from timeline_app.core import Event
from timeline_app.ui import style
from timeline_app.ui.export_image import render_timeline_png, render_timeline_svg


def _distinct_pixels(image: QImage) -> int:
    background = style.BACKGROUND.rgb()
    colours = set()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = image.pixel(x, y)
            if colour != background:
                colours.add(colour)
    return len(colours)


@pytest.mark.parametrize("width", [640, 1600])
def test_png_has_the_requested_width_and_shows_the_events(qapp: object, tmp_path: Path, events: list[Event],
                                                            width: int) -> None:
    path = tmp_path / "timeline.png"
    render_timeline_png(events, path, width=width)
    image = QImage(str(path))
    assert image.width() == width
    assert image.height() >= 200
    assert _distinct_pixels(image) > 20  # axis, text and coloured marks, not a blank canvas
    consult = style.type_colour("CONSULT").rgb()
    assert any(image.pixel(x, y) == consult for y in range(image.height()) for x in range(0, width, 1))


def test_png_of_bce_events(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "rome.png"
    render_timeline_png([make_event("ides", "-0043-03-15", "Caesar is killed"),
                         make_event("war", "-0048", "Civil war begins", "FIGHT")], path, width=800)
    assert QImage(str(path)).width() == 800


def test_svg_keeps_titles_and_axis_labels_as_text(qapp: object, tmp_path: Path, events: list[Event]) -> None:
    path = tmp_path / "timeline.svg"
    render_timeline_svg(events, path, width=1200)
    svg = path.read_text(encoding="utf-8")
    assert 'viewBox="0 0 1200' in svg
    for event in events:
        assert event.title in svg
    assert "2022" in svg


def test_unwritable_png_path_raises_os_error(qapp: object, tmp_path: Path, events: list[Event]) -> None:
    with pytest.raises(OSError):
        render_timeline_png(events, tmp_path / "missing-folder" / "x.png")
