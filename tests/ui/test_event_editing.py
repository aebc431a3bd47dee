"""Edit Event… and Revert to Extracted: what the user sees at once, what the
store keeps, and the context menus that lead there."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from timeline_app.core import Article, Event
from timeline_app.storage import StorageError, open_store
from timeline_app.ui import event_menu as menus_module
from timeline_app.ui.event_dialog import EditEventDialog
from timeline_app.ui.event_menu import event_menu
from timeline_app.ui.event_table import DATE, TITLE, TYPE
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def window(open_window: Callable[[], MainWindow], store: object, article: Article,
           events: list[Event]) -> MainWindow:
    store.import_article(article, events)  # type: ignore[attr-defined]
    return open_window()


def _row_texts(window: MainWindow, event_id: str) -> tuple[str, str, str]:
    model = window.table.source_model
    row = model.row_of(event_id)
    return tuple(str(model.index(row, column).data()) for column in (DATE, TITLE, TYPE))  # type: ignore[return-value]


def _ok(dialog: EditEventDialog) -> QPushButton:
    button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert button is not None
    return button


def _action(menu: QMenu, text: str) -> object:
    found = [action for action in menu.actions() if action.text().replace("&", "") == text]
    assert found, [action.text() for action in menu.actions()]
    return found[0]


def _edit(qtbot: object, window: MainWindow, title: str, date: str, event_type: str) -> None:
    window.actions_.edit_event.trigger()
    dialog = window.editing.edit_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title_edit.setText(title)
    dialog.date_edit.setText(date)
    dialog.type_box.setCurrentText(event_type)
    with qtbot.waitSignal(window.editing.eventSaved, timeout=10_000):  # type: ignore[attr-defined]
        _ok(dialog).click()


def test_editing_shows_the_new_values_at_once_and_keeps_the_selection(
    qtbot: object, window: MainWindow, db_url: str
) -> None:
    window.select_event("rome")
    _edit(qtbot, window, "Sullivan and Yang meet in Rome", "2022-03-15", "AGREE")

    item = window.timeline.timeline.item_for("rome")
    assert item is not None and item.isVisible()
    assert (item.event.title, item.event.when.value, item.event.type) == ("Sullivan and Yang meet in Rome",
                                                                          "2022-03-15", "AGREE")
    assert _row_texts(window, "rome") == ("15 Mar 2022", "Sullivan and Yang meet in Rome", "AGREE")
    assert window.timeline.timeline.selected_event_id() == window.table.selected_event_id() == "rome"
    assert "Sullivan and Yang meet in Rome" in window.statusBar().currentMessage()

    reopened = open_store(db_url)  # the correction is in the database, not just on screen
    try:
        stored = reopened.get_event("rome")
        assert stored is not None
        assert (stored.title, stored.when.value, stored.type) == ("Sullivan and Yang meet in Rome", "2022-03-15",
                                                                  "AGREE")
    finally:
        reopened.close()


def test_a_new_window_shows_the_corrections(
    qtbot: object, window: MainWindow, open_window: Callable[[], MainWindow]
) -> None:
    window.select_event("zurich")
    _edit(qtbot, window, "First meeting in Zurich", "2021-Q4", "CONSULT")
    again = open_window()
    assert _row_texts(again, "zurich") == ("Q4 2021", "First meeting in Zurich", "CONSULT")


def test_revert_brings_back_the_extracted_values(qtbot: object, window: MainWindow) -> None:
    window.select_event("rome")
    _edit(qtbot, window, "Edited title", "2022-03", "THREATEN")
    assert window.actions_.revert_event.isEnabled()
    menu = event_menu(window, "rome")
    with qtbot.waitSignal(window.editing.eventSaved, timeout=10_000):  # type: ignore[attr-defined]
        _action(menu, "Revert to Extracted").trigger()  # type: ignore[attr-defined]
    assert _row_texts(window, "rome") == ("14 Mar 2022", "Leaders meet in Rome", "CONSULT")
    assert window.timeline.timeline.selected_event_id() == "rome"
    event = window.store.get_event("rome")
    assert event is not None and event.title == "Leaders meet in Rome"


def test_revert_is_offered_only_for_a_corrected_event(qtbot: object, window: MainWindow) -> None:
    window.select_event("zurich")
    assert not window.actions_.revert_event.isEnabled()
    window.editing.revert_event("zurich")  # harmless when asked anyway
    qtbot.waitUntil(lambda: "No corrections to revert" in window.statusBar().currentMessage(),  # type: ignore[attr-defined]
                    timeout=10_000)
    assert _row_texts(window, "zurich") == ("Oct 2021", "First meeting in Zurich", "AGREE")


def test_edit_actions_need_a_selected_event(window: MainWindow) -> None:
    assert not window.actions_.edit_event.isEnabled() and not window.actions_.revert_event.isEnabled()
    window.select_event("april")
    assert window.actions_.edit_event.isEnabled() and not window.actions_.revert_event.isEnabled()
    window.select_event(None)
    assert not window.actions_.edit_event.isEnabled()


def test_a_database_error_while_saving_is_shown_not_raised(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: object, **_kwargs: object) -> Event:
        raise StorageError("the database is locked by another program")

    monkeypatch.setattr(window.store, "correct_event", locked)
    window.select_event("rome")
    window.actions_.edit_event.trigger()
    dialog = window.editing.edit_dialog
    assert dialog is not None
    dialog.title_edit.setText("Never stored")
    with qtbot.waitSignal(window.editing.failed, timeout=10_000):  # type: ignore[attr-defined]
        _ok(dialog).click()
    assert any("locked by another program" in box.text() for box in window.findChildren(QMessageBox))
    assert _row_texts(window, "rome")[1] == "Leaders meet in Rome"


def test_right_click_on_a_list_row_selects_it_and_offers_the_event_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[str]] = []
    monkeypatch.setattr(menus_module, "show_menu", lambda menu, *_args: shown.append(
        [action.text().replace("&", "") for action in menu.actions() if action.text()]))
    row = window.table.proxy.mapFromSource(window.table.source_model.index(
        window.table.source_model.row_of("zurich"), 0)).row()
    position = QPoint(20, window.table.rowViewportPosition(row) + 5)
    window.table.customContextMenuRequested.emit(position)
    assert window.selected_event_id() == "zurich"
    assert window.source_panel.highlighted_text().startswith("The two sides")
    assert shown == [["Edit Event…", "Revert to Extracted", "Zoom to Event", "Remove Article…"]]


def test_right_click_on_a_timeline_event_selects_it(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[str]] = []
    monkeypatch.setattr(menus_module, "show_menu", lambda menu, *_args: shown.append(
        [action.text().replace("&", "") for action in menu.actions() if action.text()]))
    item = window.timeline.timeline.item_for("april")
    assert item is not None
    position = window.timeline.mapFromScene(item.mapToScene(item.shape().boundingRect().center()))
    window.timeline.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, position))
    assert window.timeline.timeline.selected_event_id() == window.table.selected_event_id() == "april"
    assert shown and shown[0][0] == "Edit Event…"

    window.timeline.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 400),
                                                       QPoint(5, 400)))
    assert shown[-1] == ["Fit All", "Show Uncertain Events", "Show Inferred Dates"]


def test_editing_an_event_removed_meanwhile_says_so_and_shows_what_is_left(
    qtbot: object, window: MainWindow, article: Article
) -> None:
    from timeline_app.ui.event_dialog import EventEdit

    window.store.delete_article(article.id)  # e.g. by another window on the same database
    with qtbot.waitSignal(window.editing.failed, timeout=10_000) as blocker:  # type: ignore[attr-defined]
        window.editing.save("rome", EventEdit(title="Too late"))
    assert "no longer in the database" in blocker.args[0]
    assert window.events() == [] and window.table.model().rowCount() == 0
