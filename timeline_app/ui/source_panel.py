"""The source panel: the article an event came from, with the event's
sentence highlighted (and its date words and trigger marked) and scrolled into view."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from timeline_app.core import Article, Event, Source
from timeline_app.ui.format import day_label, span_label

SENTENCE_BACKGROUND = QColor("#fff1a8")
TIME_BACKGROUND = QColor("#ffd166")
PLACEHOLDER = "Select an event on the timeline or in the list to see the sentence it came from."

ArticleLookup = Callable[[str], Article | None]


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points."""
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


class SourcePanel(QWidget):
    """Shows one event's source; ``highlighted_text()`` is what is highlighted."""

    def __init__(self, article_lookup: ArticleLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = article_lookup
        self._event: Event | None = None
        self._article_id = ""
        self.header = QLabel(PLACEHOLDER)
        self.header.setWordWrap(True)
        self.header.setObjectName("sourceHeader")
        self.sources = QComboBox()
        # long sentences must not widen the panel (and squeeze the event list)
        self.sources.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sources.setMinimumContentsLength(20)
        self.sources.setVisible(False)
        self.sources.currentIndexChanged.connect(self._on_sources_current_index_changed)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setReadOnly(True)
        self.text.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.sources)
        layout.addWidget(self.text, 1)

    def show_event(self, event: Event | None) -> None:
        """Show the first source of ``event`` (None clears the highlight)."""
        self._event = event
        self.sources.blockSignals(True)
        self.sources.clear()
        if event is not None:
            for number, source in enumerate(event.sources, 1):
                article = self._lookup(source.article_id)
                name = article.title if article and article.title else source.article_id
                snippet = source.sentence if len(source.sentence) <= 60 else source.sentence[:59] + "…"
                self.sources.addItem(f"{number} of {len(event.sources)}: {name} — “{snippet}”")
        self.sources.setVisible(event is not None and len(event.sources) > 1)
        self.sources.blockSignals(False)
        if event is None or not event.sources:
            self.text.setExtraSelections([])
            self.header.setText(PLACEHOLDER if event is None else "This event has no recorded source.")
            return
        self._show_source(event, event.sources[0])

    def clear(self) -> None:
        self._article_id = ""
        self.text.clear()
        self.show_event(None)

    def highlighted_text(self) -> str:
        """The text of the highlighted sentence ("" when none)."""
        selections = self.text.extraSelections()
        if not selections:
            return ""
        return selections[0].cursor.selectedText().replace("\u2029", "\n")

    def _on_sources_current_index_changed(self, index: int) -> None:
        if self._event is not None and 0 <= index < len(self._event.sources):
            self._show_source(self._event, self._event.sources[index])

    def _show_source(self, event: Event, source: Source) -> None:
        article = self._lookup(source.article_id)
        if article is None:
            self.header.setText(f"The article of this event ({source.article_id}) is not in the database.")
            self.text.clear()
            self._article_id = ""
            return
        if article.id != self._article_id:
            self.text.setPlainText(article.text)
            self._article_id = article.id
        self.header.setText(_header_html(event, article))
        self._highlight(article.text, source)

    def _highlight(self, text: str, source: Source) -> None:
        selections = [self._selection(text, source.start, source.end, _sentence_format())]
        if source.time_start is not None and source.time_end is not None:
            selections.append(self._selection(text, source.time_start, source.time_end, _time_format()))
        if source.trigger_start is not None and source.trigger_end is not None:
            selections.append(self._selection(text, source.trigger_start, source.trigger_end, _trigger_format()))
        self.text.setExtraSelections(selections)
        self._scroll_to(utf16_offset(text, source.start))

    def _selection(self, text: str, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.text.document())
        last = self.text.document().characterCount() - 1  # offsets from a bad record must not warn
        cursor.setPosition(min(max(utf16_offset(text, start), 0), last))
        cursor.setPosition(min(max(utf16_offset(text, end), 0), last), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _scroll_to(self, position: int) -> None:
        """Bring the sentence to about a third of the way down the panel."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(min(max(position, 0), self.text.document().characterCount() - 1))
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        bar = self.text.verticalScrollBar()
        top = self.text.cursorRect(cursor).top() + bar.value()
        bar.setValue(max(0, top - self.text.viewport().height() // 3))


def _header_html(event: Event, article: Article) -> str:
    published = day_label(article.published) if article.published else "date unknown"
    title = escape(article.title or article.source or "Untitled article")
    return (f"<b>{escape(event.title)}</b> · {escape(span_label(event.when))}<br>"
            f"<span style='color:#5b6270'>From “{title}” ({escape(published)})</span>")


def _sentence_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(SENTENCE_BACKGROUND)
    return fmt


def _time_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(TIME_BACKGROUND)
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def _trigger_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt
