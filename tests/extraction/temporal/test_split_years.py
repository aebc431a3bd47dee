"""A period written across two years is one expression that starts in the first year and runs into the next."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

DCT = Day(2025, 1, 9)


@pytest.mark.parametrize(("sentence", "text", "value", "last_day"), [
    ("Exports for the 2025/26 season rose.", "2025/26", "2025", "2026-12-31"),
    ("The 2009-10 season was poor.", "2009-10", "2009", "2010-12-31"),
    ("Sales in winter 2026-27 will rise.", "winter 2026-27", "2026-WI", None),
    ("The deficit for 2016-17 is large.", "2016-17", "2016", "2017-12-31"),
])
def test_a_period_across_two_years_is_one_date(tag: Tagger, sentence: str, text: str, value: str,
                                               last_day: str | None) -> None:
    found = [e for e in tag(sentence, DCT) if e.text == text]
    assert [e.value for e in found] == [value]
    if last_day is not None:
        assert found[0].span is not None and found[0].span.end.iso() == last_day


def test_a_range_of_years_is_not_one_period(tag: Tagger) -> None:
    assert "1990-95" not in [e.text for e in tag("Output grew in 1990-95.", DCT)]


def test_a_full_date_is_not_a_split_year(tag: Tagger) -> None:
    assert [(e.text, e.value) for e in tag("The survey ran on 2009-10-15.", DCT)] == [("2009-10-15", "2009-10-15")]


def test_a_stated_fiscal_calendar_still_names_the_year_by_its_end(tag: Tagger) -> None:
    found = tag("The fiscal year ends on March 31. Revenue for 2017-18 rose.", DCT)
    assert {e.text: e.value for e in found}["2017-18"] == "2018"
