"""The import report: one row per file with what happened to it, so a user
sees which files failed and why ("empty file", "no events found" ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from timeline_app.importing import ImportReport

STATUS_TEXT = {
    "imported": "Imported",
    "already_present": "Already present",
    "no_events": "No events found",
    "error": "Failed",
    "cancelled": "Cancelled",
}
STATUS_COLOUR = {
    "imported": "#15803d",
    "already_present": "#64748b",
    "no_events": "#b45309",
    "error": "#b91c1c",
    "cancelled": "#64748b",
}


def needs_attention(report: ImportReport) -> bool:
    """Show the dialog only when something did not simply import."""
    return any(item.status != "imported" for item in report.items)


class ImportReportDialog(QDialog):
    """Per-file results of one import (non-modal: the window stays usable)."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.resize(720, 320)
        self.table = QTableWidget(len(report.items), 3)
        self.table.setHorizontalHeaderLabels(["File", "Result", "Details"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 130)
        for row, item in enumerate(report.items):
            name = QTableWidgetItem(item.path.name or str(item.path))
            name.setToolTip(str(item.path))
            status = QTableWidgetItem(STATUS_TEXT.get(item.status, item.status))
            status.setForeground(QColor(STATUS_COLOUR.get(item.status, "#1f2430")))
            details = QTableWidgetItem(item.message)
            details.setToolTip(item.message)
            for column, cell in enumerate((name, status, details)):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.accepted.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(report.summary()))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table as text (file, result, details), for tests and copying."""
        return [(self._cell(row, 0), self._cell(row, 1), self._cell(row, 2)) for row in range(self.table.rowCount())]

    def _cell(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text() if cell is not None else ""
