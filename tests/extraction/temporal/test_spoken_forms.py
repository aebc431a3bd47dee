"""Broadcast transcripts spell numbers out: spoken clocks, ordinal days, years, and a few spoken compounds."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

if TYPE_CHECKING:
    from spacy.language import Language


def _found(tag: Tagger, text: str, dct: Day) -> list[tuple[str, str, str, str | None]]:
    return [(e.text, e.type.value, e.value, e.mod) for e in tag(text, dct)]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), [
    ("The quake struck just before eleven a.m. Pacific time.", "2001-03-05", "eleven a.m. Pacific time",
     "2001-03-05T11:00"),
    ("At three forty-four a.m., the result was announced.", "2021-01-07", "three forty-four a.m.",
     "2021-01-07T03:44"),
    ("The missiles were launched at one-thirty Eastern time.", "1998-08-20", "one-thirty Eastern time",
     "1998-08-20T01:30"),
    ("The train left at nine thirty local time.", "2015-09-03", "nine thirty local time", "2015-09-03T09:30"),
    ("The barricades were breached shortly after two p.m. yesterday.", "2021-01-07", "two p.m. yesterday",
     "2021-01-06T14:00"),
    ("The quake struck just before eight a.m. local time Sunday.", "2004-12-28", "eight a.m. local time Sunday",
     "2004-12-26T08:00"),
    ("It's thirteen hundred hours GMT, and this is the news.", "1995-11-22", "thirteen hundred hours GMT",
     "1995-11-22T13:00"),
    ("We'll meet at seven oh-five in the lobby.", "2022-03-14", "seven oh-five", "2022-03-14T07:05"),
])
def test_a_clock_in_words_is_a_time(tag: Tagger, text: str, dct: str, surface: str, value: str) -> None:
    found = _found(tag, text, Day.parse(dct))
    assert (surface, "TIME", value) in [row[:3] for row in found]


def test_a_clock_the_night_before_is_an_evening_hour_and_about_makes_it_approximate(tag: Tagger) -> None:
    found = _found(tag, "The blast happened at about ten o'clock local time last night.", Day(2010, 4, 21))
    assert found == [("ten o'clock local time last night", "TIME", "2010-04-20T22:00", "APPROX")]


def test_it_is_a_clock_reading_tells_the_time_of_the_broadcast(tag: Tagger) -> None:
    text = "We reopen after Easter. It's five thirty-two."
    assert ("five thirty-two", "TIME", "2020-03-13T05:32") in [row[:3] for row in _found(tag, text, Day(2020, 3, 13))]


@pytest.mark.parametrize("text", [
    "The fund bought nine thirty-year bonds.",
    "Nine thirty people came.",
    "The volunteers gave two hundred hours of their time.",
    "Nine am I right to say so?",
])
def test_numbers_that_are_not_clocks_stay_numbers(tag: Tagger, text: str) -> None:
    assert all(row[1] != "TIME" for row in _found(tag, text, Day(2022, 3, 14)))


def test_a_clock_range_past_midnight_ends_the_next_day(tag: Tagger) -> None:
    found = _found(tag, "The curfew runs from midnight to five a.m.", Day(2017, 8, 29))
    assert ("five a.m.", "TIME", "2017-08-30T05:00", None) in found


@pytest.mark.parametrize(("text", "dct", "surface", "value"), [
    ("He takes office on January twentieth.", "2008-11-05", "January twentieth", "2009-01-20"),
    ("Ministers will meet on the fourteenth of September.", "2015-09-03", "the fourteenth of September",
     "2015-09-14"),
    ("A jet went down on October twenty-ninth last year.", "2019-03-15", "October twenty-ninth last year",
     "2018-10-29"),
    ("It was signed on March the first, nineteen ninety-one.", "2022-03-14", "March the first, nineteen ninety-one",
     "1991-03-01"),
    ("See you on the first of May, two thousand twenty-two.", "2022-03-14",
     "the first of May, two thousand twenty-two", "2022-05-01"),
])
def test_a_spoken_ordinal_beside_a_month_is_a_day(tag: Tagger, text: str, dct: str, surface: str,
                                                  value: str) -> None:
    assert (surface, "DATE", value) in [row[:3] for row in _found(tag, text, Day.parse(dct))]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), [
    ("I was born in nineteen oh-five.", "2008-11-05", "nineteen oh-five", "1905"),
    ("It was the spring of two thousand and six.", "2012-06-14", "the spring of two thousand and six", "2006-SP"),
    ("L.A. twenty twenty-eight is only four years away.", "2024-07-02", "twenty twenty-eight", "2028"),
    ("I covered Bosnia in ninety-five, Rwanda later.", "2012-06-14", "ninety-five", "1995"),
    ("I covered Bosnia in '95.", "2012-06-14", "'95", "1995"),
    ("It happened in the summer of eighty-two.", "2012-06-14", "the summer of eighty-two", "1982-SU"),
])
def test_a_spoken_year_is_a_year(tag: Tagger, text: str, dct: str, surface: str, value: str) -> None:
    assert (surface, "DATE", value) in [row[:3] for row in _found(tag, text, Day.parse(dct))]


@pytest.mark.parametrize("text", [
    "The drug cut deaths in ninety-five patients.",
    "It could happen in twenty, thirty years.",
    "The temperature rose to ninety-five.",
    "They hired two thousand six workers.",
])
def test_a_two_digit_number_is_a_year_only_where_nothing_else_can_be_meant(tag: Tagger, text: str) -> None:
    assert all(not (row[1] == "DATE" and row[2].isdigit()) for row in _found(tag, text, Day(2012, 6, 14)))


@pytest.mark.parametrize(("text", "dct", "surface", "value"), [
    ("Lawmakers will take up the bill a week from Tuesday.", "2001-03-05", "a week from Tuesday", "2001-03-13"),
    ("The last show is a week from Saturday.", "2025-10-20", "a week from Saturday", "2025-11-01"),
    ("I'm teaching a workshop the week after next.", "2012-06-14", "the week after next", "2012-W26"),
    ("Sales fell the year before last.", "2012-06-14", "the year before last", "2010"),
    ("The rally is this coming Sunday, March eighth.", "1998-03-05", "this coming Sunday, March eighth",
     "1998-03-08"),
])
def test_a_day_counted_from_another(tag: Tagger, text: str, dct: str, surface: str, value: str) -> None:
    assert (surface, "DATE", value) in [row[:3] for row in _found(tag, text, Day.parse(dct))]


def test_bare_plurals_set_against_each_other_are_both_durations(tag: Tagger) -> None:
    found = _found(tag, "The relief operation will take years, not months.", Day(2004, 12, 28))
    assert [row[:3] for row in found] == [("years", "DURATION", "PXY"), ("months", "DURATION", "PXM")]


@pytest.mark.parametrize("text", [
    "A powerful winter storm is moving across the Rockies.",
    "And at half past the hour: the economic toll on the region.",
])
def test_words_that_only_look_temporal(nlp: Language, text: str) -> None:
    from timeline_app.extraction.temporal import tag_doc

    assert tag_doc(nlp(text), Day(2026, 11, 24)) == []


def test_counts_and_spoken_years_that_already_worked_still_do(tag: Tagger) -> None:
    found = _found(tag, "The strike lasted seventy-six days in nineteen eighty-nine.", Day(2020, 3, 13))
    assert [row[:3] for row in found] == [("seventy-six days", "DURATION", "P76D"),
                                         ("nineteen eighty-nine", "DATE", "1989")]
