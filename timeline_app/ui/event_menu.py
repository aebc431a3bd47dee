"""Context menus of the timeline and the event list: on an event, what can be
done to it; on the timeline's background, the view's toggles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMenu

from timeline_app.ui.article_picker import article_title
from timeline_app.ui.event_table import EVENT_ID_ROLE

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

TITLE_WIDTH = 320  # pixels of an article title in a menu entry


def event_menu(window: MainWindow, event_id: str) -> QMenu:
    """Edit, revert, zoom to, and remove the event's article(s)."""
    actions = window.actions_
    menu = QMenu(window)
    menu.addActions([actions.edit_event, actions.revert_event])
    menu.addSeparator()
    zoom = menu.addAction("&Zoom to Event")
    zoom.triggered.connect(lambda: window.timeline.zoom_to_event(event_id))
    menu.addSeparator()
    event = window.event_by_id(event_id)
    article_ids = list(dict.fromkeys(source.article_id for source in event.sources)) if event else []
    editing = window.editing
    if len(article_ids) == 1:
        remove = menu.addAction("&Remove Article…")
        remove.triggered.connect(lambda: editing.remove_articles(article_ids))
    elif article_ids:
        submenu = menu.addMenu("&Remove Article")
        metrics = QFontMetrics(submenu.font())
        for article_id in article_ids:
            article = window.article(article_id)
            title = article_title(article) if article else article_id[:8]
            entry = submenu.addAction(metrics.elidedText(title, Qt.TextElideMode.ElideRight, TITLE_WIDTH) + "…")
            entry.triggered.connect(lambda _checked=False, one=article_id: editing.remove_articles([one]))
        submenu.addSeparator()
        every = submenu.addAction(f"All {len(article_ids)} Articles…")
        every.triggered.connect(lambda: editing.remove_articles(article_ids))
    return menu


def background_menu(window: MainWindow) -> QMenu:
    """Right-click on the timeline away from any event."""
    actions = window.actions_
    menu = QMenu(window)
    menu.addAction(actions.fit_all)
    menu.addSeparator()
    menu.addActions([actions.show_uncertain, actions.show_inferred])
    return menu


def show_menu(menu: QMenu, global_pos: QPoint) -> None:
    """Pop the menu up and wait for the user's choice (one place, so tests can stand in)."""
    menu.exec(global_pos)


def connect_context_menus(window: MainWindow) -> None:
    """Right-click selects the event under the mouse, then shows its menu."""

    def on_timeline(event_id: str, global_pos: QPoint) -> None:
        if event_id:
            window.select_event(event_id)
            show_menu(event_menu(window, event_id), global_pos)
        elif window.events():
            show_menu(background_menu(window), global_pos)

    def on_table(pos: QPoint) -> None:
        event_id = window.table.indexAt(pos).data(EVENT_ID_ROLE)
        if event_id:
            window.select_event(str(event_id))
            show_menu(event_menu(window, str(event_id)), window.table.viewport().mapToGlobal(pos))

    window.timeline.contextMenuRequested.connect(on_timeline)
    window.table.customContextMenuRequested.connect(on_table)
