"""Event list model and source panel."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import make_event
from timeline_app.core import Article, Event, Source
from timeline_app.ui.event_table import DATE, EVENT_ID_ROLE, TITLE, EventTableModel, EventTableView
from timeline_app.ui.source_panel import SourcePanel


def test_event_model_passes_the_model_tester(qtmodeltester: object, events: list[Event]) -> None:
    model = EventTableModel()
    model.set_events(events)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_events([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_event_model_shows_readable_columns(events: list[Event]) -> None:
    model = EventTableModel()
    model.set_events(events)
    row = model.row_of("april")
    assert model.index(row, DATE).data() == "Apr 2022"
    assert model.index(row, TITLE).data() == "Talks to resume (planned)"
    assert model.index(row, 0).data(EVENT_ID_ROLE) == "april"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_event_list_is_sorted_by_date_bce_first(qtbot: object) -> None:
    view = EventTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.set_events([
        make_event("now", "2022-03-14", "Talks"),
        make_event("ides", "-0043-03-15", "Caesar is killed"),
        make_event("old", "2021", "A year"),
        make_event("mid", "1066-10-14", "Hastings"),
    ])
    order = [view.model().index(row, 0).data(EVENT_ID_ROLE) for row in range(4)]
    assert order == ["ides", "mid", "old", "now"]


def test_event_list_selection_round_trip(qtbot: object, events: list[Event]) -> None:
    view = EventTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.set_events(events)
    view.select_event("april")
    assert view.selected_event_id() == "april"
    view.select_event(None)
    assert view.selected_event_id() == ""


def test_source_panel_highlights_the_sentence(qtbot: object, article: Article, events: list[Event]) -> None:
    panel = SourcePanel({article.id: article}.get)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    for event in events:
        panel.show_event(event)
        assert panel.highlighted_text() == event.sources[0].sentence
    panel.show_event(None)
    assert panel.highlighted_text() == ""


def test_source_panel_offsets_survive_characters_outside_the_bmp(qtbot: object) -> None:
    text = "Emoji 🎉🎉 first. Then the summit opened in Rome on Monday. End."
    article = Article(text=text, title="t")
    start = text.index("Then")
    end = text.index("Monday.") + len("Monday.")
    event = make_event("e", "2022-03-14", "Summit opens", sources=[Source(article.id, text[start:end], start, end)])
    panel = SourcePanel({article.id: article}.get)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show_event(event)
    assert panel.highlighted_text() == "Then the summit opened in Rome on Monday."


def test_source_panel_scrolls_the_sentence_into_view(qtbot: object) -> None:
    filler = "".join(f"Paragraph {i} says little.\n\n" for i in range(200))
    text = filler + "The decisive meeting happened on Monday."
    article = Article(text=text, title="long")
    start = text.index("The decisive")
    event = make_event("e", "2022-03-14", "Meeting", sources=[Source(article.id, text[start:], start, len(text))])
    panel = SourcePanel({article.id: article}.get)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(500, 300)
    panel.show()
    panel.show_event(event)
    cursor_rect = panel.text.cursorRect()
    assert panel.text.verticalScrollBar().value() > 0
    assert 0 <= cursor_rect.top() <= panel.text.viewport().height()


def test_sorting_by_another_column_keeps_the_selected_event(qtbot: object, events: list[Event]) -> None:
    view = EventTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.set_events(events)
    view.select_event("rome")
    view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    titles = [view.model().index(row, TITLE).data() for row in range(3)]
    assert titles == sorted(titles, key=str.casefold, reverse=True)
    assert view.selected_event_id() == "rome"
    view.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert [view.model().index(row, 0).data(EVENT_ID_ROLE) for row in range(3)] == ["zurich", "rome", "april"]


def test_filter_shows_matching_events_only(qtbot: object, events: list[Event]) -> None:
    view = EventTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.set_events(events)
    view.proxy.setFilterFixedString("zurich")
    assert view.model().rowCount() == 1
    assert view.model().index(0, 0).data(EVENT_ID_ROLE) == "zurich"


def test_source_offsets_beyond_the_text_do_not_break_the_panel(qtbot: object) -> None:
    article = Article(text="Short text.", title="t")
    event = make_event("e", "2022-03-14", "Odd", sources=[Source(article.id, "gone", 500, 520)])
    panel = SourcePanel({article.id: article}.get)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show_event(event)
    assert panel.highlighted_text() == ""
    assert panel.text.toPlainText() == "Short text."


def test_an_event_with_several_sources_can_show_each(qtbot: object, article: Article) -> None:
    from tests.ui.conftest import sentence_source

    first, second = sentence_source(article, "Leaders"), sentence_source(article, "The two sides")
    event = make_event("e", "2022-03-14", "Meeting", sources=[first, second])
    panel = SourcePanel({article.id: article}.get)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show_event(event)
    assert panel.sources.count() == 2 and panel.highlighted_text() == first.sentence
    panel.sources.setCurrentIndex(1)
    assert panel.highlighted_text() == second.sentence
