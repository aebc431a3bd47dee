"""Fixtures for the GUI tests: hand-made events, a temporary store, isolated settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from timeline_app.core import Anchor, Article, Day, Event, Factuality, Source, TimeSpan

ARTICLE_TEXT = (
    "Leaders met in Rome on Monday. "
    "Officials said talks would resume in April. "
    "The two sides first met in Zurich in October 2021."
)


def make_event(event_id: str, value: str, title: str, type_: str = "CONSULT",
               factuality: Factuality = Factuality.ASSERTED, sources: list[Source] | None = None,
               anchor: Anchor = Anchor.EXPLICIT, actors: tuple[str, ...] = ("Jake Sullivan",),
               location: str = "Rome") -> Event:
    when = TimeSpan.from_value(value, anchor=anchor)
    assert when is not None, value
    return Event(id=event_id, title=title, when=when, type=type_, factuality=factuality,
                 actors=list(actors), location=location, sources=sources or [])


def sentence_source(article: Article, sentence_start: str) -> Source:
    start = article.text.index(sentence_start)
    end = article.text.index(".", start) + 1
    return Source(article.id, article.text[start:end], start, end)


@pytest.fixture
def article() -> Article:
    return Article(text=ARTICLE_TEXT, title="Talks in Rome", source="rome.txt", published=Day(2022, 3, 14))


@pytest.fixture
def events(article: Article) -> list[Event]:
    return [
        make_event("rome", "2022-03-14", "Leaders meet in Rome", sources=[sentence_source(article, "Leaders")]),
        make_event("april", "2022-04", "Talks to resume", factuality=Factuality.PLANNED,
                   sources=[sentence_source(article, "Officials")]),
        make_event("zurich", "2021-10", "First meeting in Zurich", "AGREE",
                   sources=[sentence_source(article, "The two sides")]),
    ]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'x.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[object]:
    from timeline_app.storage import open_store

    opened = open_store(db_url)
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path) -> object:
    from PySide6.QtCore import QSettings

    from timeline_app.ui.settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def open_window(qtbot: object, store: object, settings: object) -> Callable[[], object]:
    """A shown main window over ``store`` (call it after storing what it should show)."""

    def open_() -> object:
        from timeline_app.ui.main_window import MainWindow

        window = MainWindow(store, settings)  # type: ignore[arg-type]
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.resize(1200, 800)
        window.show()
        window.refresh()
        return window

    return open_


def list_ids(window: object) -> set[str]:
    """Ids of the events in the list, as filtered."""
    from timeline_app.ui.event_table import EVENT_ID_ROLE

    proxy = window.table.proxy  # type: ignore[attr-defined]
    return {proxy.index(row, 0).data(EVENT_ID_ROLE) for row in range(proxy.rowCount())}


def timeline_ids(window: object) -> set[str]:
    return {event.id for event in window.timeline.timeline.events}  # type: ignore[attr-defined]
