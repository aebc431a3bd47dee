"""Forms and readings found by the eighth session's probe sets (strikes, crime, arts, farming, defence, press)."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _found(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The strike will begin next Wednesday, 22 February, unions said.", "next Wednesday, 22 February", "2023-02-22"),
    ("They met last Friday, February 10, in Geneva.", "last Friday, February 10", "2023-02-10"),
    ("The parade is next Saturday, February 18, at noon.", "next Saturday, February 18, at noon",
     "2023-02-18T12:00"),
])
def test_a_relative_weekday_in_apposition_with_its_date_is_one_expression(
        parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2023, 2, 15)))[text] == value
