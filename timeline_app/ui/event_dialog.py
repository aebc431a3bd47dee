"""Edit Event…: the user's title, date and type for one event.

The date is typed as a TIMEX3 value (``2022-03-14``, ``2021-10``, ``2022-W10``,
``2021-Q3``, ``199`` for the 1990s ...) and checked as it is typed with the same
``TimeSpan.from_value`` the extraction uses, so whatever the dialog accepts the
timeline can draw. OK stays disabled while the date or the title is unusable.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import Event, TimeSpan
from timeline_app.ui import style
from timeline_app.ui.format import day_label, span_label

DATE_EXAMPLES = "2022-03-14, 2022-03, 2022-W10, 2022-Q1, 2022-SU, 2022, 199 (the 1990s) or -0043-03-15 (44 BCE)"
# non-breaking hyphens: a value is never split across lines
SHORT_EXAMPLES = "2022-03-14, 2022-03, 2022-W10, 2022-Q1, 2022 or 199 (the 1990s)".replace("-", "\u2011")
QUALIFIERS = (("exactly", None), ("about", "APPROX"), ("before", "BEFORE"), ("after", "AFTER"),
              ("early", "START"), ("mid", "MID"), ("late", "END"))
STATUS_WIDTH = 400
ERROR_COLOUR = "#b91c1c"
OK_COLOUR = "#047857"


def parse_when(text: str, mod: str | None = None) -> TimeSpan | None:
    """The span a typed date stands for (TIMEX3 value or ISO date), or None."""
    value = text.strip().upper()
    return TimeSpan.from_value(value, mod=mod) if value else None


def event_types(current: str) -> list[str]:
    """The PLOVER categories the app colours, plus the event's own if it is another."""
    known = [name for name in style.TYPE_COLOURS if name != "EVENT"] + ["EVENT"]
    return known if current in known else [*known, current]


def _swatch(event_type: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.type_colour(event_type))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True, slots=True)
class EventEdit:
    """What the user changed (None: left as it was)."""

    title: str | None = None
    when: TimeSpan | None = None
    type: str | None = None

    @property
    def is_empty(self) -> bool:
        return self.title is None and self.when is None and self.type is None


class EditEventDialog(QDialog):
    """Title, date (with a qualifier such as "about") and type of one event."""

    def __init__(self, event: Event, sentence: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edited_event = event
        self.setWindowTitle("Edit Event")
        self.setMinimumWidth(600)
        self.title_edit = QLineEdit(event.title)
        self.date_edit = QLineEdit(event.when.value)
        self.date_edit.setPlaceholderText("2022-03-14")
        self.date_edit.setToolTip(f"A date such as {DATE_EXAMPLES}")
        self.qualifier = QComboBox()
        for text, mod in QUALIFIERS:
            self.qualifier.addItem(text, mod)
        known = self.qualifier.findData(event.when.mod)
        if event.when.mod and known < 0:  # a rarer TIMEX3 mod: keep it selectable
            self.qualifier.addItem(event.when.mod.lower().replace("_", " "), event.when.mod)
        self.qualifier.setCurrentIndex(max(self.qualifier.findData(event.when.mod), 0))
        self.date_status = QLabel()
        self.date_status.setObjectName("dateStatus")
        self.date_status.setWordWrap(True)
        # two lines kept free: the dialog does not jump as the message changes, and
        # a form layout gives a wrapped label too little height of its own accord
        self.date_status.setMinimumWidth(STATUS_WIDTH)
        self.date_status.setFixedHeight(2 * self.date_status.fontMetrics().lineSpacing() + 4)
        self.date_status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.type_box = QComboBox()
        self.type_box.setMinimumWidth(200)
        for name in event_types(event.type):
            self.type_box.addItem(_swatch(name), name)
        self.type_box.setCurrentText(event.type)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._lay_out(sentence)
        self._connect_signals()
        self._on_input_changed()

    def _lay_out(self, sentence: str) -> None:
        layout = QVBoxLayout(self)
        if sentence:
            quote = QLabel(f"“{sentence.strip()}”")
            quote.setWordWrap(True)
            quote.setObjectName("sourceQuote")
            quote.setStyleSheet(f"color: {style.AXIS_TEXT.name()}; font-style: italic; padding-bottom: 6px;")
            layout.addWidget(quote)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("&Title:", self.title_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.qualifier)
        date_row.addWidget(self.date_edit, 1)
        date_label = QLabel("&Date:")
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, date_row)
        form.addRow("", self.date_status)
        form.addRow("T&ype:", self.type_box)
        layout.addLayout(form)
        note = QLabel("Your changes are kept apart from what was extracted: Edit ▸ Revert to Extracted "
                      "brings those values back, and importing the article again never overwrites yours.")
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {style.MUTED_TEXT.name()};")
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.title_edit.textChanged.connect(self._on_input_changed)
        self.date_edit.textChanged.connect(self._on_input_changed)
        self.qualifier.currentIndexChanged.connect(self._on_input_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # state ------------------------------------------------------------------
    def when(self) -> TimeSpan | None:
        return parse_when(self.date_edit.text(), self.qualifier.currentData())

    def date_error(self) -> str:
        """Why the typed date cannot be used ("" when it can)."""
        if not self.date_edit.text().strip():
            return f"Enter a date, such as {SHORT_EXAMPLES}."
        if self.when() is None:
            return f"“{_clip(self.date_edit.text().strip())}” is not a date: try {SHORT_EXAMPLES}."
        return ""

    def is_valid(self) -> bool:
        return bool(self.title_edit.text().strip()) and not self.date_error()

    def _on_input_changed(self) -> None:
        error = self.date_error()
        when = self.when()
        if error or when is None:
            self.date_status.setText(error)
            self.date_status.setStyleSheet(f"color: {ERROR_COLOUR};")
        else:
            self.date_status.setText("✓ " + _describe(when))
            self.date_status.setStyleSheet(f"color: {OK_COLOUR};")
        self.title_edit.setToolTip("" if self.title_edit.text().strip() else "The title cannot be empty.")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.is_valid())

    def changes(self) -> EventEdit:
        """Only the fields that differ from the event as shown."""
        title = self.title_edit.text().strip()
        when = self.when()
        old = self.edited_event.when
        new_when = when if when is not None and (when.value, when.mod) != (old.value, old.mod) else None
        return EventEdit(
            title=title if title and title != self.edited_event.title else None,
            when=new_when,
            type=self.type_box.currentText() if self.type_box.currentText() != self.edited_event.type else None,
        )


def _clip(text: str, length: int = 24) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"


def _describe(when: TimeSpan) -> str:
    """``Oct 2021 (1 Oct 2021 – 31 Oct 2021)``: the label the timeline will show and the days it covers."""
    label = span_label(when)
    if when.days == 1:
        return label
    return f"{label} ({day_label(when.start)} – {day_label(when.end)})"
