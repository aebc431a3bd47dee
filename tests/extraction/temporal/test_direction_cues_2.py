"""Which way a date points, second round: plans ahead are not last month, "from" in the present runs ahead, a
passive infinitive is still to come, a year in an aside dates nothing else, a range of months is under a year."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _value(found: list[TemporalExpression], text: str) -> str:
    return {e.text: e.value for e in found}[text]


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), [
    # what lies ahead cannot be last month
    (Day(2026, 1, 14), "The festival will open on Dec. 21.", "Dec. 21", "2026-12-21"),
    # but a past reading of next month stays, and so does a past last month
    (Day(1998, 10, 27), "The offer was extended to Nov. 16.", "Nov. 16", "1998-11-16"),
    (Day(1998, 10, 27), "The dividend is payable Dec. 7 to stock of record Nov. 22.", "Nov. 22", "1998-11-22"),
    (Day(2026, 1, 14), "The festival opened on Dec. 21.", "Dec. 21", "2025-12-21"),
])
def test_a_plan_is_not_last_month(tag: Tagger, dct: Day, sentence: str, text: str, value: str) -> None:
    assert _value(tag(sentence, dct), text) == value


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), [
    (Day(1996, 1, 5), "A storm watch is in effect from Saturday afternoon.", "Saturday afternoon", "1996-01-06TAF"),
    (Day(2010, 11, 25), "The pool extends its hours from Monday.", "Monday", "2010-11-29"),
    (Day(2003, 6, 19), "Spokespeople are available for interview from Friday afternoon.", "Friday afternoon",
     "2003-06-20TAF"),
    # told in the past it started on the day gone; a comparison's starting point lies behind
    (Day(2010, 11, 25), "The pool extended its hours from Monday.", "Monday", "2010-11-22"),
    (Day(2010, 11, 25), "Shares are up 5% from Monday.", "Monday", "2010-11-22"),
])
def test_the_present_runs_from_a_day_ahead(tag: Tagger, dct: Day, sentence: str, text: str, value: str) -> None:
    assert _value(tag(sentence, dct), text) == value


def test_the_present_perfect_runs_from_the_nearest_day(parsed_tag: Tagger) -> None:
    found = parsed_tag("The weather service has issued a storm watch from Saturday afternoon through Monday morning.",
                       Day(1996, 1, 5))
    assert _value(found, "Saturday afternoon") == "1996-01-06TAF"


@pytest.mark.parametrize(("sentence", "value"), [
    ("The report, to be published on Monday, finds that prices rose.", "2003-06-23"),
    ("The results are to be announced on Monday.", "2003-06-23"),
    # told as a plan in the past it is the nearest Monday; said of what happened, it is past
    ("The talks were to be held on Monday.", "2003-06-16"),
    ("The minister is said to be injured on Monday.", "2003-06-16"),
])
def test_a_passive_infinitive_is_still_to_come(tag: Tagger, sentence: str, value: str) -> None:
    assert _value(tag(sentence, Day(2003, 6, 19)), "Monday") == value


def test_a_plural_present_tagged_as_a_base_form_is_a_timetable(parsed_tag: Tagger) -> None:
    found = parsed_tag("Tickets for the game on Feb. 18 go on sale Monday at 10 a.m. at the box office.",
                       Day(2010, 11, 25))
    assert _value(found, "Monday at 10 a.m.") == "2010-11-29T10:00"
    gone = parsed_tag("Tickets went on sale Monday at 10 a.m.", Day(2010, 11, 25))
    assert _value(gone, "Monday at 10 a.m.") == "2010-11-22T10:00"


def test_would_in_reported_speech_is_ahead(tag: Tagger, parsed_tag: Tagger) -> None:
    sentence = "The council said crews would be on standby throughout the weekend."
    assert _value(tag(sentence, Day(2022, 1, 20)), "the weekend") == "2022-W03-WE"
    # the parser may hang the date on a past verb across the clause with "would"
    skipped = "Cork County Council said its team met this morning and crews would be on standby throughout the weekend."
    assert _value(parsed_tag(skipped, Day(2022, 1, 28)), "the weekend") == "2022-W04-WE"
    assert _value(tag("The council said crews were on standby throughout the weekend.", Day(2022, 1, 20)),
                  "the weekend") == "2022-W02-WE"


def test_what_was_voted_is_to_be_done(parsed_tag: Tagger) -> None:
    found = parsed_tag("The council has voted to ban fireworks at its New Year's Eve celebrations.", Day(2006, 10, 11))
    assert _value(found, "New Year's Eve") == "2006-12-31"
    done = parsed_tag("The council had voted to close the pool on Monday.", Day(2006, 10, 11))
    assert _value(done, "Monday") == "2006-10-09"


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), [
    # a year in a relative clause does not date the main clause, and a past verb takes no month ahead
    (Day(2017, 9, 21), "Kanzaki, which celebrates its centenary next year, raised its profit forecast in July.",
     "July", "2017-07"),
    # a fiscal year does not date the day it begins
    (Day(2005, 10, 3), "The company gave its outlook for fiscal 2006, which begins Oct. 30.", "Oct. 30",
     "2005-10-30"),
    (Day(2005, 10, 3), "It will give an outlook for the 2006 financial year, which begins Oct. 30.", "Oct. 30",
     "2005-10-30"),
    # a plan named with its year keeps it, and a main clause of next year dates its month
    (Day(2023, 11, 17), "The 2023 Response Plan, which runs from January to December, is funded.", "January",
     "2023-01"),
    (Day(2017, 9, 21), "Kanzaki celebrates its centenary next year and will hold a gala in July.", "July",
     "2018-07"),
])
def test_a_year_in_an_aside_dates_nothing_else(tag: Tagger, dct: Day, sentence: str, text: str, value: str) -> None:
    assert _value(tag(sentence, dct), text) == value


def test_this_years_sentence_dates_its_days(tag: Tagger) -> None:
    found = tag("This year's programme includes a public lecture on the evening of Sept. 27.", Day(2011, 3, 15))
    assert _value(found, "evening of Sept. 27") == "2011-09-27TEV"
    # a past verb cannot take a day of this year still ahead
    gone = tag("This year's revenue fell after Dec. 12.", Day(2011, 3, 15))
    assert _value(gone, "Dec. 12") == "2010-12-12"


def test_a_participle_takes_the_time_of_a_plan(parsed_tag: Tagger) -> None:
    found = parsed_tag("The Slate goes on sale in the US in late March, priced at $399 with a two-year contract, "
                       "and in Europe in the second half of the year.", Day(2007, 1, 9))
    assert _value(found, "the second half of the year") == "2007-H2"
    will = parsed_tag("The Slate will go on sale in the United States in late March through Pinnacle Wireless, "
                      "priced at $399 with a two-year contract, and in Europe in the second half of the year.",
                      Day(2007, 1, 9))
    assert _value(will, "the second half of the year") == "2007-H2"


def test_a_range_of_months_lies_within_a_year(tag: Tagger) -> None:
    found = tag("Last year's championship ran from June until late October.", Day(2015, 7, 1))
    assert (_value(found, "June"), _value(found, "late October")) == ("2014-06", "2014-10")
    assert next(e for e in found if e.text == "late October").mod == "END"
    ahead = tag("The festival runs from November to March.", Day(2015, 7, 1))
    assert (_value(ahead, "November"), _value(ahead, "March")) == ("2015-11", "2016-03")
