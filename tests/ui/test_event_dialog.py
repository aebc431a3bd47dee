"""The Edit Event dialog on its own: date checking as the user types, and only
the changed fields reported."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import make_event
from timeline_app.core import Anchor, Granularity
from timeline_app.ui.event_dialog import EditEventDialog, parse_when


@pytest.fixture
def dialog(qtbot: object) -> EditEventDialog:
    event = make_event("zurich", "2021-10", "First meeting in Zurich", "AGREE", anchor=Anchor.INFERRED)
    shown = EditEventDialog(event, "The two sides first met in Zurich in October 2021.")
    qtbot.addWidget(shown)  # type: ignore[attr-defined]
    shown.show()
    return shown


def _ok_enabled(dialog: EditEventDialog) -> bool:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    return button is not None and button.isEnabled()


@pytest.mark.parametrize(("typed", "granularity", "first", "last"), [
    ("2022-03-14", Granularity.DAY, "2022-03-14", "2022-03-14"),
    (" 2021-10 ", Granularity.MONTH, "2021-10-01", "2021-10-31"),
    ("2022-w10", Granularity.WEEK, "2022-03-07", "2022-03-13"),
    ("2021-Q3", Granularity.QUARTER, "2021-07-01", "2021-09-30"),
    ("199", Granularity.DECADE, "1990-01-01", "1999-12-31"),
    ("-0043-03-15", Granularity.DAY, "-0043-03-15", "-0043-03-15"),
])
def test_timex_values_and_iso_dates_are_accepted(typed: str, granularity: Granularity, first: str,
                                                 last: str) -> None:
    when = parse_when(typed)
    assert when is not None
    assert (when.granularity, when.start.iso(), when.end.iso()) == (granularity, first, last)
    assert when.anchor == Anchor.EXPLICIT  # the user stated it: no longer an inferred date


@pytest.mark.parametrize("typed", ["", "next week", "2022-02-30", "2022-13", "14/03/2022", "PRESENT_REF", "P3D"])
def test_an_unusable_date_disables_ok_and_says_why(dialog: EditEventDialog, typed: str) -> None:
    dialog.date_edit.setText(typed)
    assert not _ok_enabled(dialog)
    assert "2022-03-14" in dialog.date_status.text().replace("\u2011", "-")  # an example of what works
    dialog.date_edit.setText("2022-03-14")
    assert _ok_enabled(dialog)
    assert dialog.date_status.text() == "✓ 14 Mar 2022"


def test_the_preview_names_the_days_a_period_covers(dialog: EditEventDialog) -> None:
    assert dialog.date_status.text() == "✓ Oct 2021 (1 Oct 2021 – 31 Oct 2021)"
    dialog.qualifier.setCurrentText("about")
    assert dialog.date_status.text().startswith("✓ about Oct 2021")


def test_an_empty_title_disables_ok(dialog: EditEventDialog) -> None:
    dialog.title_edit.setText("   ")
    assert not _ok_enabled(dialog)
    dialog.title_edit.setText("Talks in Zurich")
    assert _ok_enabled(dialog)


def test_only_changed_fields_are_reported(dialog: EditEventDialog) -> None:
    assert dialog.changes().is_empty
    dialog.type_box.setCurrentText("CONSULT")
    assert (dialog.changes().title, dialog.changes().when, dialog.changes().type) == (None, None, "CONSULT")
    dialog.qualifier.setCurrentText("before")
    when = dialog.changes().when
    assert when is not None and (when.value, when.mod) == ("2021-10", "BEFORE")
    dialog.title_edit.setText("  Talks in Zurich ")
    assert dialog.changes().title == "Talks in Zurich"


def test_the_type_list_offers_the_plover_categories_and_keeps_an_unknown_type(qtbot: object) -> None:
    event = make_event("x", "2022", "Something", "ELECTION")
    shown = EditEventDialog(event)
    qtbot.addWidget(shown)  # type: ignore[attr-defined]
    types = [shown.type_box.itemText(index) for index in range(shown.type_box.count())]
    assert {"CONSULT", "AGREE", "THREATEN", "SANCTION", "FIGHT"} <= set(types)
    assert shown.type_box.currentText() == "ELECTION"
