"""View ▸ Show Uncertain Events and Show Inferred Dates: what they hide, where,
how the status bar counts it, and that the choice is remembered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.ui.conftest import list_ids, make_event, sentence_source, timeline_ids
from timeline_app.core import Anchor, Article, Event
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.settings import AppSettings


@pytest.fixture
def stored(store: object, article: Article, events: list[Event]) -> list[Event]:
    """The three events (one planned) and one dated only by the article."""
    inferred = make_event("inferred", "2022-03-10", "Officials resume talks", "STATEMENT", anchor=Anchor.INFERRED,
                          sources=[sentence_source(article, "Officials")], actors=("Officials",),
                          location="Geneva")
    everything = [*events, inferred]
    store.import_article(article, everything)  # type: ignore[attr-defined]
    return everything


def _settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_everything_is_shown_by_default(open_window: Callable[[], MainWindow], stored: list[Event]) -> None:
    window = open_window()
    assert window.actions_.show_uncertain.isChecked() and window.actions_.show_inferred.isChecked()
    assert timeline_ids(window) == list_ids(window) == {"rome", "april", "zurich", "inferred"}
    assert window.count_label.text() == "4 events · 1 article"


def test_toggles_hide_events_on_the_timeline_and_in_the_list(
    open_window: Callable[[], MainWindow], stored: list[Event]
) -> None:
    window = open_window()
    window.actions_.show_uncertain.trigger()
    assert not window.actions_.show_uncertain.isChecked()
    assert timeline_ids(window) == list_ids(window) == {"rome", "zurich", "inferred"}
    assert window.count_label.text() == "4 events (1 hidden) · 1 article"

    window.actions_.show_inferred.trigger()
    assert timeline_ids(window) == list_ids(window) == {"rome", "zurich"}
    assert window.count_label.text() == "4 events (2 hidden) · 1 article"

    window.actions_.show_uncertain.trigger()
    assert timeline_ids(window) == list_ids(window) == {"rome", "zurich", "april"}
    window.actions_.show_inferred.trigger()
    assert timeline_ids(window) == list_ids(window) == {"rome", "april", "zurich", "inferred"}
    assert window.count_label.text() == "4 events · 1 article"


def test_toggles_combine_with_the_text_filter_and_narrow_the_export(
    qtbot: object, open_window: Callable[[], MainWindow], stored: list[Event], tmp_path: Path
) -> None:
    import csv

    from timeline_app.ui.exporting import export_to

    window = open_window()
    window.filter_edit.setText("talks")  # "Talks to resume" (planned), "Officials resume talks" (inferred)
    window.apply_filter()
    assert timeline_ids(window) == list_ids(window) == {"april", "inferred"}
    window.actions_.show_inferred.trigger()
    assert timeline_ids(window) == list_ids(window) == {"april"}
    window.actions_.show_uncertain.trigger()
    assert timeline_ids(window) == list_ids(window) == set()
    assert window.timeline.placeholder[0] == "No events match the filter"

    window.filter_edit.clear()
    window.apply_filter()
    assert timeline_ids(window) == list_ids(window) == {"rome", "zurich"}
    out = tmp_path / "shown.csv"
    with qtbot.waitSignal(window.exportFinished, timeout=10_000):  # type: ignore[attr-defined]
        export_to(window, "csv", out)
    with out.open(newline="", encoding="utf-8") as handle:
        assert {row["id"] for row in csv.DictReader(handle)} == {"rome", "zurich"}


def test_a_hidden_event_loses_the_selection_and_its_source(
    open_window: Callable[[], MainWindow], stored: list[Event]
) -> None:
    window = open_window()
    window.select_event("april")
    assert window.source_panel.highlighted_text().startswith("Officials said")
    window.actions_.show_uncertain.trigger()
    assert window.selected_event_id() == ""
    assert window.source_panel.highlighted_text() == ""
    assert not window.actions_.edit_event.isEnabled()
    window.select_event("april")  # a hidden event cannot be selected
    assert window.selected_event_id() == ""


def test_when_every_event_is_hidden_the_timeline_says_so(
    open_window: Callable[[], MainWindow], store: object, article: Article, events: list[Event]
) -> None:
    store.import_article(article, [events[1]])  # type: ignore[attr-defined]  # only the planned one
    window = open_window()
    assert window.timeline.placeholder == ("", "")
    window.actions_.show_uncertain.trigger()
    assert timeline_ids(window) == set()
    assert window.timeline.placeholder[0] == "The only event is hidden"
    assert "Show Uncertain Events" in window.timeline.placeholder[1]
    window.actions_.show_uncertain.trigger()
    assert window.timeline.placeholder == ("", "")


def test_the_choice_is_remembered_by_the_next_window(
    qtbot: object, store: object, tmp_path: Path, stored: list[Event]
) -> None:
    first = MainWindow(store, _settings(tmp_path))  # type: ignore[arg-type]
    qtbot.addWidget(first)  # type: ignore[attr-defined]
    first.refresh()
    first.actions_.show_uncertain.trigger()
    first.actions_.show_inferred.trigger()
    first.close()

    second = MainWindow(store, _settings(tmp_path))  # type: ignore[arg-type]
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    second.refresh()
    assert not second.actions_.show_uncertain.isChecked() and not second.actions_.show_inferred.isChecked()
    assert timeline_ids(second) == list_ids(second) == {"rome", "zurich"}
    second.actions_.show_inferred.trigger()
    assert _settings(tmp_path).show_inferred and not _settings(tmp_path).show_uncertain


def test_settings_default_to_showing_and_round_trip(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert settings.show_uncertain and settings.show_inferred
    settings.show_uncertain = False
    settings.sync()
    assert not _settings(tmp_path).show_uncertain and _settings(tmp_path).show_inferred


def test_a_date_the_user_typed_is_no_longer_an_inferred_one(
    qtbot: object, open_window: Callable[[], MainWindow], stored: list[Event]
) -> None:
    from timeline_app.ui.event_dialog import EventEdit, parse_when

    window = open_window()
    window.actions_.show_inferred.trigger()
    assert "inferred" not in timeline_ids(window)
    with qtbot.waitSignal(window.editing.eventSaved, timeout=10_000):  # type: ignore[attr-defined]
        window.editing.save("inferred", EventEdit(title="Officials resume talks in Geneva"))
    assert "inferred" not in timeline_ids(window)  # a new title does not make the date any surer
    with qtbot.waitSignal(window.editing.eventSaved, timeout=10_000):  # type: ignore[attr-defined]
        window.editing.save("inferred", EventEdit(when=parse_when("2022-03-11")))
    assert "inferred" in timeline_ids(window) and "inferred" in list_ids(window)
    assert window.count_label.text() == "4 events · 1 article"


def test_the_hint_names_only_the_toggles_that_are_off() -> None:
    from timeline_app.ui.visibility import Visibility

    assert Visibility().how_to_show_all() == ""
    assert Visibility(show_uncertain=False).how_to_show_all() == "View ▸ Show Uncertain Events brings them back"
    assert Visibility(False, False).how_to_show_all() == (
        "View ▸ Show Uncertain Events and Show Inferred Dates bring them back")
