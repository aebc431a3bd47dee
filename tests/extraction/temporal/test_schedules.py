"""The simple present of a timetable or a rule coming into force points ahead (parsed with the model)."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

MONDAY = Day(2018, 3, 12)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The decision enters into force on Friday.", "2018-03-16"),
    ("The minister presents the budget on Wednesday.", "2018-03-14"),
    ("Apple unveils its new phone on Wednesday.", "2018-03-14"),
])
def test_a_timetable_in_the_present_is_ahead(parsed_tag: Tagger, sentence: str, expected: str) -> None:
    assert [e.value for e in parsed_tag(sentence, MONDAY)] == [expected]


def test_a_headline_in_the_present_tells_what_happened(parsed_tag: Tagger) -> None:
    assert [e.value for e in parsed_tag("Apple unveils new phone on Wednesday", MONDAY)] == ["2018-03-07"]
