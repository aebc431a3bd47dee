"""Remove Article…: asks first, naming the article; removes its events only;
events also reported elsewhere and other articles stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox

from tests.ui.conftest import list_ids, make_event, sentence_source, timeline_ids
from timeline_app.core import Article, Day, Event
from timeline_app.storage import StorageError
from timeline_app.ui import confirm_removal, event_menu
from timeline_app.ui.main_window import MainWindow

OTHER_TEXT = "Ministers met in Berlin on Friday. Leaders met in Rome on Monday, the agency said."


@pytest.fixture
def other_article() -> Article:
    return Article(text=OTHER_TEXT, title="Berlin meeting", source="berlin.txt", published=Day(2022, 3, 18))


@pytest.fixture
def window(open_window: Callable[[], MainWindow], store: object, article: Article, events: list[Event],
           other_article: Article) -> MainWindow:
    """Rome's article (rome, april, zurich) and Berlin's (berlin, and rome again)."""
    store.import_article(article, events)  # type: ignore[attr-defined]
    berlin = make_event("berlin", "2022-03-18", "Ministers meet in Berlin", actors=("Ministers",),
                        location="Berlin", sources=[sentence_source(other_article, "Ministers")])
    rome_again = make_event("rome", "2022-03-14", "Leaders meet in Rome",
                            sources=[sentence_source(other_article, "Leaders")])
    store.import_article(other_article, [berlin, rome_again])  # type: ignore[attr-defined]
    return open_window()


class Answer:
    """Stands in for the message box: records what it asked, answers Remove or Cancel."""

    def __init__(self, remove: bool) -> None:
        self.remove = remove
        self.asked: list[tuple[str, str]] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        answer = self

        class Box(QMessageBox):
            def exec(self) -> int:
                answer.asked.append((self.text(), self.informativeText()))
                wanted = "Remove" if answer.remove else "Cancel"
                next(button for button in self.buttons() if button.text().replace("&", "") == wanted).click()
                return 0

        monkeypatch.setattr(confirm_removal, "QMessageBox", Box)


def _remove_action(window: MainWindow, event_id: str) -> object:
    menu = event_menu.event_menu(window, event_id)
    return next(action for action in menu.actions() if action.text().replace("&", "") == "Remove Article…")


def test_removing_an_article_asks_first_and_removes_only_its_events(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch, other_article: Article
) -> None:
    answer = Answer(remove=True)
    answer.install(monkeypatch)
    assert window.count_label.text() == "4 events · 2 articles"
    window.select_event("zurich")
    with qtbot.waitSignal(window.editing.articlesRemoved, timeout=10_000):  # type: ignore[attr-defined]
        _remove_action(window, "zurich").trigger()  # type: ignore[attr-defined]
    question, details = answer.asked[0]
    assert question == "Remove the article “Talks in Rome”?"
    assert "2 events will be removed" in details and "1 event is also reported by other articles" in details

    assert timeline_ids(window) == list_ids(window) == {"rome", "berlin"}
    assert window.count_label.text() == "2 events · 1 article"
    assert [a.id for a in window.store.list_articles()] == [other_article.id]
    rome = window.store.get_event("rome")
    assert rome is not None and [s.article_id for s in rome.sources] == [other_article.id]
    assert "Removed “Talks in Rome” and 2 events" in window.statusBar().currentMessage()


def test_cancel_keeps_everything(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    answer = Answer(remove=False)
    answer.install(monkeypatch)
    _remove_action(window, "april").trigger()  # type: ignore[attr-defined]
    assert answer.asked
    assert len(window.store.list_articles()) == 2
    assert timeline_ids(window) == {"rome", "april", "zurich", "berlin"}


def test_an_event_from_two_articles_offers_each_of_them(window: MainWindow) -> None:
    menu = event_menu.event_menu(window, "rome")
    submenu = next(action.menu() for action in menu.actions() if isinstance(action.menu(), QMenu))
    assert isinstance(submenu, QMenu)
    entries = [action.text() for action in submenu.actions() if action.text()]
    assert entries == ["Talks in Rome…", "Berlin meeting…", "All 2 Articles…"]


def test_file_menu_lists_the_articles_to_pick_from(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch, article: Article
) -> None:
    answer = Answer(remove=True)
    answer.install(monkeypatch)
    window.select_event("berlin")
    window.actions_.remove_article.trigger()
    picker = window.editing.picker
    assert picker is not None and picker.isVisible()
    rows = [(picker.tree.topLevelItem(i).text(0), picker.tree.topLevelItem(i).text(2))  # type: ignore[union-attr]
            for i in range(picker.tree.topLevelItemCount())]
    assert rows == [("Berlin meeting", "2"), ("Talks in Rome", "3")]
    assert [picker.tree.selectedItems()[0].text(0)] == ["Berlin meeting"]  # the selected event's article
    picker.filter_edit.setText("rome")
    assert not picker.remove_button.isEnabled()  # the picked article is filtered out
    picker.select_article(article.id)
    with qtbot.waitSignal(window.editing.articlesRemoved, timeout=10_000):  # type: ignore[attr-defined]
        picker.remove_button.click()
    assert answer.asked[0][0] == "Remove the article “Talks in Rome”?"
    assert timeline_ids(window) == {"rome", "berlin"}


def test_a_database_error_while_removing_is_shown_and_nothing_is_lost(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    Answer(remove=True).install(monkeypatch)

    def read_only(_article_ids: object) -> None:
        raise StorageError("the database is read-only")

    monkeypatch.setattr(window.store, "delete_articles", read_only)
    with qtbot.waitSignal(window.editing.failed, timeout=10_000):  # type: ignore[attr-defined]
        _remove_action(window, "april").trigger()  # type: ignore[attr-defined]
    boxes = [w for w in window.findChildren(QMessageBox) if "read-only" in w.text()]
    assert boxes
    assert timeline_ids(window) == {"rome", "april", "zurich", "berlin"}
