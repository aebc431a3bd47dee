"""The timeline view: zoom about the cursor, fit all, pan, selection, drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QWheelEvent

from tests.ui.conftest import make_event
from timeline_app.core import Day, Event
from timeline_app.ui.timeline.items import PointEventItem, SpanEventItem
from timeline_app.ui.timeline.view import TimelineView


@pytest.fixture
def view(qtbot: object, events: list[Event]) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1000, 400)
    widget.show()
    widget.set_events(events)
    return widget


def _wheel(view: TimelineView, x: float, notches: int) -> None:
    position = QPointF(x, 200.0)
    event = QWheelEvent(position, view.viewport().mapToGlobal(position), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(event)


@pytest.mark.parametrize(("x", "notches"), [(100.0, 3), (700.0, 2), (500.0, -4), (950.0, 5)])
def test_wheel_zoom_keeps_the_day_under_the_cursor(view: TimelineView, x: float, notches: int) -> None:
    day_before, scale_before = view.day_at(x), view.days_per_pixel
    _wheel(view, x, notches)
    assert view.days_per_pixel != pytest.approx(scale_before)
    assert (view.days_per_pixel < scale_before) == (notches > 0)
    assert view.day_at(x) == pytest.approx(day_before, abs=view.days_per_pixel)


def test_zoom_about_the_cursor_works_in_bce(qtbot: object) -> None:
    view = TimelineView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(900, 300)
    view.show()
    view.set_events([make_event("ides", "-0043-03-15", "Caesar is killed"), make_event("war", "-0048", "Civil war")])
    day = view.day_at(300.0)
    view.zoom(8.0, 300.0)
    assert view.day_at(300.0) == pytest.approx(day, abs=view.days_per_pixel)


def test_fit_all_shows_every_event(view: TimelineView, events: list[Event]) -> None:
    view.zoom(50.0, 10.0)
    view.fit_all()
    first, last = view.visible_days()
    for event in events:
        assert first <= event.when.start.number and event.when.end.number + 1 <= last
        item = view.timeline.item_for(event.id)
        assert item is not None and item.isVisible()
        right = view.mapFromScene(item.mapToScene(item.boundingRect().topRight())).x()
        assert right <= view.viewport().width(), f"label of {event.title} is cut off"


def test_labels_on_one_lane_never_overlap(qtbot: object) -> None:
    view = TimelineView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(800, 300)
    crowd = [make_event(f"e{i}", "2022-03-14", f"Event number {i} on the same day") for i in range(12)]
    view.set_events(crowd)
    rects = [item.sceneBoundingRect() for item in view.timeline.items() if item.isVisible()]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.adjusted(2, 2, -2, -2).intersects(b.adjusted(2, 2, -2, -2))


def test_days_are_points_and_longer_spans_are_bars(view: TimelineView) -> None:
    assert isinstance(view.timeline.item_for("rome"), PointEventItem)
    assert isinstance(view.timeline.item_for("zurich"), SpanEventItem)
    bar = view.timeline.item_for("zurich")
    assert bar is not None
    october_width = 31 / view.days_per_pixel
    assert bar.mapToScene(bar.boundingRect()).boundingRect().width() >= october_width


def test_pan_moves_the_visible_days(view: TimelineView) -> None:
    first, _ = view.visible_days()
    view.pan(200.0)
    assert view.visible_days()[0] == pytest.approx(first + 200 * view.days_per_pixel, abs=view.days_per_pixel)


def test_clicking_an_event_selects_it(view: TimelineView, qtbot: object) -> None:
    item = view.timeline.item_for("rome")
    assert item is not None
    target = view.mapFromScene(item.mapToScene(0.0, item.boundingRect().center().y()))
    with qtbot.waitSignal(view.timeline.eventSelected) as blocker:  # type: ignore[attr-defined]
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)  # type: ignore[attr-defined]
    assert blocker.args == ["rome"]
    assert item.isSelected()


def test_dropping_files_emits_their_paths(view: TimelineView, qtbot: object, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(view.filesDropped) as blocker:  # type: ignore[attr-defined]
        view.dropEvent(drop)
    assert blocker.args == [[article]]


def test_many_returnless_qt_calls_do_not_crash(view: TimelineView) -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on each Qt call
    returning nothing and aborts after some thousands (none_dealloc)."""
    item = view.timeline.item_for("rome")
    assert item is not None
    for i in range(60_000):
        item.setPos(float(i % 500), 40.0)
        item.setZValue(float(i % 3))
    item.setPos(7.0, 40.0)
    assert item.pos().x() == 7.0


def test_hovering_an_event_tells_its_date_type_and_actors(view: TimelineView) -> None:
    item = view.timeline.item_for("april")
    assert item is not None
    item.hoverEnterEvent(None)
    tip = item.toolTip()
    assert "Talks to resume" in tip and "Apr 2022" in tip and "CONSULT" in tip and "Jake Sullivan" in tip
    assert "planned" in tip


def test_wheel_steps_on_a_big_timeline_are_applied_together(qtbot: object) -> None:
    from timeline_app.ui.timeline.view import COALESCE_ABOVE

    view = TimelineView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(900, 300)
    view.show()
    view.set_events([make_event(f"e{i}", f"20{10 + i % 10}-0{1 + i % 9}", f"Event {i}")
                     for i in range(COALESCE_ABOVE)])
    qtbot.wait(50)  # type: ignore[attr-defined]  # let the first show and resize settle
    day, scale = view.day_at(400.0), view.days_per_pixel
    for _ in range(3):
        _wheel(view, 400.0, 1)
    qtbot.waitUntil(lambda: view.days_per_pixel < scale, timeout=5000)  # type: ignore[attr-defined]
    assert view.days_per_pixel == pytest.approx(scale / 1.25**3)
    assert view.day_at(400.0) == pytest.approx(day, abs=view.days_per_pixel)


def test_control_arrows_step_through_events_in_time_order(view: TimelineView, qtbot: object) -> None:
    order = []
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
        order.append(view.timeline.selected_event_id())
    assert order == ["zurich", "rome", "april", "april"]
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert view.timeline.selected_event_id() == "rome"


def test_deep_zoom_on_a_very_long_range_stays_within_scroll_range(qtbot: object) -> None:
    view = TimelineView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(900, 300)
    view.show()
    view.set_events([make_event("old", "-9999-01-01", "Far past"), make_event("new", "9999-12-31", "Far future")])
    x = view.viewport_x_of(Day(2000, 1, 1).number)
    for _ in range(20):
        day, pixel = view.day_at(x), view.days_per_pixel
        view.zoom(4.0, x)
        assert view.day_at(x) == pytest.approx(day, abs=pixel)  # within a pixel (scrolling is by whole pixels)
    assert view.days_per_pixel > 7_300_000 / 2**31  # clamped so the range fits the scroll bar
    assert view.horizontalScrollBar().maximum() < 2**31 - 1


def test_only_events_with_a_lane_get_graphics_items(qtbot: object) -> None:
    from timeline_app.ui.timeline.scene import TimelineScene

    scene = TimelineScene(max_lanes=20)
    crowd = [make_event(f"e{i}", f"2022-03-{1 + i % 28:02d}", f"Event {i}") for i in range(500)]
    scene.set_events(crowd, layout=False)
    scene.fit(800.0)
    placed = [item for item in scene.event_items() if item.isVisible()]
    assert scene.hidden_count > 0
    assert len(placed) == 500 - scene.hidden_count
    created = len(scene.event_items())
    assert created < 500  # hidden events cost no item
    placed_ids = {item.event.id for item in placed}
    hidden_id = next(e.id for e in crowd if e.id not in placed_ids)
    item = scene.item_for(hidden_id)  # made on demand, still hidden
    assert item is not None and not item.isVisible()
    scene.set_days_per_pixel(scene.days_per_pixel / 50)  # zoomed in: it gets a lane
    assert item.isVisible()


def test_double_clicking_an_event_zooms_to_it(view: TimelineView, qtbot: object) -> None:
    item = view.timeline.item_for("zurich")
    assert item is not None
    target = view.mapFromScene(item.mapToScene(4.0, item.boundingRect().center().y()))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)  # type: ignore[attr-defined]
    first, last = view.visible_days()
    october = (Day(2021, 10, 1).number, Day(2021, 11, 1).number)
    assert first < october[0] and october[1] < last
    assert (october[1] - october[0]) / (last - first) == pytest.approx(1 / 3, rel=0.05)
    assert view.timeline.selected_event_id() == "zurich"
