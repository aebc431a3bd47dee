"""The user's changes to the timeline: edit an event, revert it to what was
extracted, remove articles. Every write runs on a worker (the database may be
busy for seconds); a StorageError becomes a message box, never an exception."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from timeline_app.core import Event
from timeline_app.storage import StorageError
from timeline_app.ui.article_picker import ArticlePickerDialog, article_title
from timeline_app.ui.confirm_removal import confirm_removal
from timeline_app.ui.event_dialog import EditEventDialog, EventEdit
from timeline_app.ui.format import plural
from timeline_app.ui.workers import run_in_background

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class Failure:
    """What went wrong on the worker, said for the user; ``stale`` when the window
    shows something the database no longer holds."""

    message: str
    stale: bool = False


def _guarded(work: Callable[[], Any]) -> Any:
    try:
        return work()
    except StorageError as error:
        return Failure(str(error))
    except KeyError:
        return Failure("The event is no longer in the database (its article may have been removed).", stale=True)


class EventEditing(QObject):
    """Edit, revert and remove, for one main window. ``eventSaved`` carries the id of
    an event shown with its new values; ``articlesRemoved`` the ids of removed articles."""

    eventSaved = Signal(str)
    articlesRemoved = Signal(list)
    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.edit_dialog: EditEventDialog | None = None
        self.picker: ArticlePickerDialog | None = None

    # editing ------------------------------------------------------------------
    def edit_selected_event(self) -> None:
        """Edit ▸ Edit Event…"""
        if self._window.selected_event_id():
            self.edit_event(self._window.selected_event_id())

    def revert_selected_event(self) -> None:
        """Edit ▸ Revert to Extracted"""
        if self._window.selected_event_id():
            self.revert_event(self._window.selected_event_id())

    def edit_event(self, event_id: str) -> None:
        """Open the Edit Event dialog (window-modal, not blocking)."""
        event = self._window.event_by_id(event_id)
        if event is None:
            return
        sentence = event.sources[0].sentence if event.sources else ""
        if self.edit_dialog is not None:
            self.edit_dialog.close()
            self.edit_dialog.deleteLater()
        self.edit_dialog = EditEventDialog(event, sentence, self._window)
        self.edit_dialog.accepted.connect(self._on_edit_dialog_accepted)
        self.edit_dialog.open()

    def _on_edit_dialog_accepted(self) -> None:
        dialog = self.edit_dialog
        if dialog is not None:
            self.save(dialog.edited_event.id, dialog.changes())

    def save(self, event_id: str, edit: EventEdit) -> None:
        """Record the user's values; the event shows them once stored."""
        if edit.is_empty:
            self._window.statusBar().showMessage("Nothing changed.")
            return
        store = self._window.store
        self._run(lambda: store.correct_event(event_id, title=edit.title, when=edit.when, type=edit.type),
                  lambda event: self._show_saved(event, "Saved your changes to"), "Could not save the event")

    def revert_event(self, event_id: str) -> None:
        """Drop the user's corrections; harmless for an event that has none."""
        before = self._window.event_by_id(event_id)
        store = self._window.store
        self._run(lambda: store.revert_event(event_id), lambda event: self._show_reverted(before, event),
                  "Could not revert the event")

    def _show_saved(self, event: Event, verb: str) -> None:
        self._window.replace_event(event)
        self._window.statusBar().showMessage(f"{verb} “{event.title}”.")
        self.eventSaved.emit(event.id)

    def _show_reverted(self, before: Event | None, event: Event) -> None:
        unchanged = before is not None and (before.title, before.when, before.type) == (event.title, event.when,
                                                                                         event.type)
        self._show_saved(event, "No corrections to revert for" if unchanged else "Reverted to the extracted values:")

    # removing articles --------------------------------------------------------
    def choose_articles_of_selection(self) -> None:
        """File ▸ Remove Article…, with the selected event's article picked already."""
        event = self._window.event_by_id(self._window.selected_event_id())
        self.choose_articles_to_remove(event.sources[0].article_id if event and event.sources else "")

    def choose_articles_to_remove(self, preselect: str = "") -> None:
        """File ▸ Remove Article…: pick from the stored articles, then confirm."""
        try:
            articles = self._window.store.list_articles()
        except StorageError as error:
            self._window.show_error("Cannot read the database", str(error))
            return
        if not articles:
            self._window.statusBar().showMessage("No articles are stored yet.")
            return
        counts: dict[str, int] = {}
        for event in self._window.events():
            for article_id in {source.article_id for source in event.sources}:
                counts[article_id] = counts.get(article_id, 0) + 1
        if self.picker is not None:
            self.picker.close()
            self.picker.deleteLater()
        self.picker = ArticlePickerDialog(articles, counts, self._window)
        if preselect:
            self.picker.select_article(preselect)
        self.picker.accepted.connect(self._on_picker_accepted)
        self.picker.open()

    def _on_picker_accepted(self) -> None:
        if self.picker is not None:
            self.remove_articles(self.picker.selected_ids())

    def remove_articles(self, article_ids: Sequence[str]) -> None:
        """Ask first (naming the articles), then remove them and refresh."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return
        titles = [self._title(article_id) for article_id in ids]
        removed, kept = self._affected(set(ids))
        if not confirm_removal(self._window, titles, removed, kept):
            return
        store = self._window.store

        def remove_all() -> list[str]:
            store.delete_articles(ids)  # one transaction: all of them or none
            return ids

        self._run(remove_all, lambda done: self._show_removed(done, titles, removed), "Could not remove the article",
                  refresh_on_failure=True)

    def _title(self, article_id: str) -> str:
        article = self._window.article(article_id)
        return article_title(article) if article is not None else f"Article {article_id[:8]}"

    def _affected(self, article_ids: set[str]) -> tuple[int, int]:
        """Events that go with the articles, and events that stay (also reported elsewhere)."""
        removed = kept = 0
        for event in self._window.events():
            cited = {source.article_id for source in event.sources}
            if cited & article_ids:
                if cited <= article_ids and not event.user_created:
                    removed += 1
                else:
                    kept += 1
        return removed, kept

    def _show_removed(self, article_ids: list[str], titles: list[str], events: int) -> None:
        self._window.refresh(fit=False)
        what = f"“{titles[0]}”" if len(titles) == 1 else f"{len(titles)} articles"
        self._window.statusBar().showMessage(f"Removed {what} and {plural(events, 'event')}.")
        self.articlesRemoved.emit(article_ids)

    # running ------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None], failure_title: str,
             refresh_on_failure: bool = False) -> None:
        """``work`` on a worker; its result to ``on_done``, or a message box."""

        def finish(result: Any) -> None:
            if isinstance(result, Failure):
                self._fail(failure_title, result.message, refresh_on_failure or result.stale)
            else:
                on_done(result)

        run_in_background(lambda _progress, _cancelled: _guarded(work), on_done=finish,
                          on_failed=lambda message: self._fail(failure_title, message, refresh_on_failure))

    def _fail(self, title: str, message: str, refresh: bool) -> None:
        if refresh:  # part of the work may be done: show what the database holds now
            self._window.refresh(fit=False)
        self._window.statusBar().showMessage(title)
        self._window.show_error(title, message)
        self.failed.emit(message)
