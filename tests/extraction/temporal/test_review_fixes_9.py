"""Regressions review 9 found in the direction and year rules (conditions, reported plans, list years, habits,
announcements, results for a quarter), each with the kind of case that showed it, plus the shared helpers."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.sentence_breaks import sentence_bounds, without_short_form_points

from .conftest import Tagger


def _day(text: str) -> Day:
    year, month, day = map(int, text.split("-"))
    return Day(year, month, day)


def _value_of(found: list, text: str) -> str:
    return {e.text: e.value for e in found}[text]


# (DCT, sentence, expression, value): the date reads the same with and without the model's parse
BOTH_WAYS = [
    # "if" meaning "whether", and dates of something else inside the condition
    ("2024-03-11", "Officials will check if the bridge damaged on Sunday is safe to reopen.", "Sunday", "2024-03-10"),
    ("2024-03-11", "Police will investigate if the fire that broke out on Friday was arson.", "Friday", "2024-03-08"),
    ("2024-03-10", "Investigators will establish if the pilot was tired on Friday.", "Friday", "2024-03-08"),
    ("2024-03-10", "The club will appeal if the ban imposed on Friday stands.", "Friday", "2024-03-08"),
    ("2024-05-20", "Fans will get a refund even if they attended the concert on Friday.", "Friday", "2024-05-17"),
    ("2024-03-10", "The government will review if the rules introduced in January worked.", "January", "2024-01"),
    ("2024-03-10", "The firm will pay compensation if it is found liable for the crash in January.", "January",
     "2024-01"),
    ("2024-05-20", "He said he would resign if the report published in March found wrongdoing.", "March", "2024-03"),
    # a condition of the main clause still looks ahead
    ("2024-03-10", "The union will strike unless management agrees by Tuesday.", "Tuesday", "2024-03-12"),
    ("2024-03-10", "He said the force would be ready if funding arrived by the summer.", "the summer", "2024-SU"),
    ("2024-03-10", "The talks will resume if Mr. Smith agrees by Friday.", "Friday", "2024-03-15"),
    ("2024-03-10", "He'd already said they will strike if no deal is reached by Friday.", "Friday", "2024-03-15"),
    # a date of another past verb inside a reported plan
    ("2024-09-01", "He told the court he wanted to apologise for what happened in June.", "June", "2024-06"),
    ("2024-09-01", "The firm said it aimed to recover the money it lost in July.", "July", "2024-07"),
    ("2024-06-10", "The minister said he planned to reverse the cuts made in February.", "February", "2024-02"),
    ("2024-06-10", "The coach said he wanted to thank the fans who came in April.", "April", "2024-04"),
    ("2024-03-10", "Thurmond said the panel hoped to finish the bill before the August recess.", "August", "2024-08"),
    # months before "last year": not when a preposition or a possessive comes between
    ("2024-05-10", "Sales rose in March despite last year's slump.", "March", "2024-03"),
    ("2024-05-10", "It rained heavily in April unlike last year, when the region was dry.", "April", "2024-04"),
    ("2024-05-10", "Tourism rebounded in April following last year's slump.", "April", "2024-04"),
    ("2024-05-10", "Tourism rebounded in April amid last year's slump.", "April", "2024-04"),
    ("2024-05-10", "Elections will be held in May next year.", "May next year", "2025-05"),
    # a dividend's record date is no item of a list with its payment date
    ("2024-12-10", "Payable Jan. 3 to holders of record Nov. 16.", "Nov. 16", "2024-11-16"),
    ("2024-12-10", "The dividend is payable Jan. 15 to shareholders of record on Dec. 1.", "Dec. 1", "2024-12-01"),
    # a harvest is in its own year
    ("2024-03-10", "The 2022 harvest began in September.", "September", "2022-09"),
    # habits: not across "and"/"but", not "normally"/"generally" telling a manner after a verb
    ("2024-04-10", "Trains usually run late and in March they stopped completely.", "March", "2024-03"),
    ("2024-03-10", "He typically works from home but in January he moved to London.", "January", "2024-01"),
    ("2024-04-10", "Voting was generally calm in March, observers said.", "March", "2024-03"),
    ("2024-10-10", "Schools reopened normally in September after the strike.", "September", "2024-09"),
    ("2024-03-10", "Flights were operating normally in February.", "February", "2024-02"),
    ("2024-03-10", "The rainy season usually begins in November.", "November", "XXXX-11"),
    ("2024-03-10", "Payments are normally made in December.", "December", "XXXX-12"),
    # announcements: a product teased at an event, a figure announced for a month
    ("2024-05-10", "Beyonce teased the album at the Grammys in February.", "February", "2024-02"),
    ("2024-08-10", "Spain announced record tourist arrivals for June.", "June", "2024-06"),
    ("2024-03-10", "The band confirmed a headline slot at Glastonbury in June.", "June", "2024-06"),
    # results for the quarter told ahead are of the quarter just over
    ("2024-04-10", "Delta will report results for the quarter on Thursday.", "the quarter", "2024-Q1"),
    ("2024-07-15", "The bank will release earnings for the second quarter on Friday.", "the second quarter",
     "2024-Q2"),
]


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), BOTH_WAYS)
def test_rule_only(tag: Tagger, dct: str, sentence: str, text: str, value: str) -> None:
    assert _value_of(tag(sentence, _day(dct)), text) == value


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), BOTH_WAYS)
def test_with_the_parse(parsed_tag: Tagger, dct: str, sentence: str, text: str, value: str) -> None:
    assert _value_of(parsed_tag(sentence, _day(dct)), text) == value


def test_a_date_of_a_thing_in_a_reported_plan_keeps_its_own_direction(parsed_tag: Tagger) -> None:
    found = parsed_tag("The CEO said the company planned to cut 500 jobs after heavy losses in March.",
                       Day(2024, 5, 10))
    assert _value_of(found, "March") == "2024-03"


def test_a_reported_plans_own_date_is_still_ahead(parsed_tag: Tagger) -> None:
    found = parsed_tag("The team said on Monday it planned to finish the stadium in June.", Day(2024, 3, 10))
    assert _value_of(found, "June") == "2024-06"


def test_a_habit_and_the_past_after_and_differ_in_one_sentence(tag: Tagger) -> None:
    found = tag("The rains usually arrive in June and they stopped in September.", Day(2024, 10, 10))
    assert (_value_of(found, "June"), _value_of(found, "September")) == ("XXXX-06", "2024-09")


@pytest.mark.parametrize("text", ["Mr. Smith said talks will resume.", "At 9 a.m. Tuesday the U.S. Senate votes."])
def test_a_sentence_is_not_cut_at_a_short_forms_point(text: str) -> None:
    assert sentence_bounds(text, len(text) - 8, len(text) - 2)[0] == 0


def test_a_sentence_still_ends_at_a_full_stop() -> None:
    text = "He left. The talks will resume on Friday. Then more."
    start = text.index("Friday")
    assert text[slice(*sentence_bounds(text, start, start + 6))] == "The talks will resume on Friday"


def test_short_form_points_are_blanked_in_place() -> None:
    text = "Mr. Smith of the U.S. left at 9 a.m. today."
    blanked = without_short_form_points(text)
    assert (len(blanked), blanked.count("."), blanked.endswith("today.")) == (len(text), 1, True)
