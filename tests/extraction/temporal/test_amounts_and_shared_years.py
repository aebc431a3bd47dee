"""Amounts of time written with large numbers or none, "about" that means "concerning", and a year that two
dates share or that a story told in the past carries into its next sentence. DCT 2003-03-20 unless stated."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

DCT = Day(2003, 3, 20)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The siege lasted 1,300 days.", "1,300 days", "P1300D"),
    ("The siege lasted 1300 days.", "1300 days", "P1300D"),
    ("The attack began at 1800 hours.", "1800 hours", "2003-03-20T18:00"),
    ("Hamas declared a truce hours after Israel did.", "hours", "PTXH"),
    ("He died days before the vote.", "days", "PXD"),
    ("The dispute goes back decades.", "decades", "PXE"),
    ("It took them months to agree.", "months", "PXM"),
])
def test_amounts_of_time(tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert {e.text: e.value for e in tag(sentence, DCT)}[text] == value


@pytest.mark.parametrize(("sentence", "text", "mod"), [
    ("What about next month?", "next month", None),
    ("Traders are worried about March.", "March", None),
    ("It happened about two weeks ago.", "two weeks ago", "APPROX"),
    ("He arrived at about 6 p.m.", "6 p.m.", "APPROX"),
    ("The deal closed around midday.", "midday", "APPROX"),
])
def test_about_is_approximate_only_before_an_amount(tag: Tagger, sentence: str, text: str, mod: str | None) -> None:
    assert {e.text: e.mod for e in tag(sentence, DCT)}[text] == mod


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("They voted on Feb. 28 and March 1, 1992.", "Feb. 28", "1992-02-28"),
    ("The talks ran from Dec. 28 to Jan. 3, 1992.", "Dec. 28", "1991-12-28"),
    ("Prices rose in November and December 2001.", "November", "2001-11"),
    ("He spoke on Monday and on March 2, 1990.", "Monday", "2003-03-17"),
])
def test_a_year_written_once_for_two_dates(tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert {e.text: e.value for e in tag(sentence, DCT)}[text] == value


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The air war began on January 17, 1991. A ground offensive followed on February 24.", "February 24",
     "1991-02-24"),
    ("The company was founded in March 1998. On February 24, it announced a loss.", "February 24", "2003-02-24"),
    ("The war began on January 17, 1991. Talks will resume on April 2.", "April 2", "2003-04-02"),
    ("The war began on January 17, 1991.\n\nThe court ruled on February 24.", "February 24", "2003-02-24"),
])
def test_a_story_told_in_the_past_keeps_its_year_into_the_next_sentence(
        parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert {e.text: e.value for e in parsed_tag(sentence, DCT)}[text] == value


@pytest.mark.parametrize(("sentence", "text", "value", "mod"), [
    ("Dozens were killed in the past week and a half.", "the past week and a half", "P1W4D", None),
    ("In roughly 40,000 years the star will explode.", "roughly 40,000 years", "P40000Y", "APPROX"),
])
def test_amounts_with_halves_and_beyond_the_calendar(tag: Tagger, sentence: str, text: str, value: str,
                                                     mod: str | None) -> None:
    assert {e.text: (e.value, e.mod) for e in tag(sentence, DCT)}[text] == (value, mod)
