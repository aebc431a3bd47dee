"""File ▸ Remove Article…: the stored articles, to pick the ones to remove."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Article
from timeline_app.ui.format import plural

COLUMNS = ("Title", "Published", "Events", "Source")
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def article_title(article: Article) -> str:
    """What the user knows the article by: its title, else its file name or URL."""
    return article.title.strip() or article.source or f"Article {article.id[:8]}"


class ArticlePickerDialog(QDialog):
    """A filterable list of articles; ``selected_ids()`` once accepted."""

    def __init__(self, articles: Sequence[Article], event_counts: Mapping[str, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Remove Article")
        self.resize(720, 420)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter articles (title or source)…")
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for article in articles:
            self.tree.addTopLevelItem(_row(article, event_counts.get(article.id, 0)))
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 110), (2, 60), (3, 170)):
            self.tree.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.addButton("Remove…", QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out(len(articles))
        self._connect_signals()
        self._on_tree_selection_changed()

    def _lay_out(self, count: int) -> None:
        layout = QVBoxLayout(self)
        hint = QLabel(f"{plural(count, 'stored article')}. Removing an article removes the events "
                      "found only in it; events also reported by other articles stay.")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.tree.itemSelectionChanged.connect(self._on_tree_selection_changed)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def select_article(self, article_id: str) -> None:
        for item in self._items():
            item.setSelected(item.data(0, ARTICLE_ID_ROLE) == article_id)

    def selected_ids(self) -> list[str]:
        return [str(item.data(0, ARTICLE_ID_ROLE)) for item in self.tree.selectedItems() if not item.isHidden()]

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(index) for index in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _on_filter_edit_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            haystack = f"{item.text(0)} {item.text(3)}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)
        self._on_tree_selection_changed()

    def _on_tree_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.selected_ids()))

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.tree.clearSelection()
        item.setSelected(True)
        self.accept()


def _row(article: Article, events: int) -> QTreeWidgetItem:
    published = article.published.iso() if article.published else "—"  # ISO: sorts by date
    item = QTreeWidgetItem([article_title(article), published, "", article.source])
    item.setData(0, ARTICLE_ID_ROLE, article.id)
    item.setToolTip(0, article_title(article))
    item.setToolTip(3, article.source)
    item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setData(2, Qt.ItemDataRole.DisplayRole, events)  # a number: sorts as one
    return item
