"""Past or future from the clause a month, season, weekday or holiday is in: conditions and deadlines, announced
things, plans reported by "said", shared auxiliaries, holidays going on, habits and yearly holidays."""

from __future__ import annotations

import pytest
from spacy.language import Language

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal import tag_doc

from .conftest import Tagger


def _found(nlp: Language, text: str, dct: Day) -> dict[str, TemporalExpression]:
    return {expr.text: expr for expr in tag_doc(nlp(text), dct)}


# --- a condition or deadline of a clause told ahead lies ahead (rule-only and with the model)


@pytest.mark.parametrize(("dct", "text", "expr", "value"), [
    # DCT Wednesday: "by Tuesday" alone would be the day before; as the deadline of a threat it is the coming one
    (Day(2019, 12, 4), "The union will strike unless management agrees by Tuesday.", "Tuesday", "2019-12-10"),
    (Day(2022, 3, 16), "Staff will walk out on Monday if the company does not respond by Tuesday.", "Tuesday",
     "2022-03-22"),
    # reported speech: the past of a condition under "would" is the report's own time
    (Day(2024, 5, 7), "The minister said the force would be ready if funding arrived by the summer.", "the summer",
     "2024-SU"),
    (Day(2001, 11, 16), "Officials said the marines would rotate every three months if the mission lasted into "
                        "the spring.", "the spring", "2002-SP"),
])
def test_a_condition_of_a_clause_told_ahead_lies_ahead(nlp: Language, dct: Day, text: str, expr: str,
                                                         value: str) -> None:
    assert _found(nlp, text, dct)[expr].value == value


def test_a_condition_about_the_past_stays_past(nlp: Language) -> None:
    found = _found(nlp, "The plant would have opened if the permit had come through in March.", Day(2022, 6, 10))
    assert found["March"].value == "2022-03"


# --- plans, dues and bounds reported in the past look ahead of the report


@pytest.mark.parametrize(("dct", "text", "expr", "value"), [
    (Day(1998, 2, 2), "Thurmond said the panel hoped to finish the bill before the August recess.", "August",
     "1998-08"),
    (Day(2022, 3, 14), "She told reporters the team intended to return in January.", "January", "2023-01"),
    (Day(2011, 5, 3), "The Government will release a review by the end of June, Mr Clare said, with a full report "
                      "due before Christmas.", "Christmas", "2011-12-25"),
    (Day(2020, 11, 26), "The judge remanded the man in custody until a hearing in March.", "March", "2021-03"),
    (Day(2022, 11, 10), "He was released on bail pending a trial in January.", "January", "2023-01"),
])
def test_a_plan_or_bound_reported_in_the_past_lies_ahead(nlp: Language, dct: Day, text: str, expr: str,
                                                          value: str) -> None:
    assert _found(nlp, text, dct)[expr].value == value


def test_a_plan_told_in_the_past_perfect_is_over(nlp: Language) -> None:
    found = _found(nlp, "He said the panel had hoped to finish the bill in February.", Day(2022, 3, 14))
    assert found["February"].value == "2022-02"


# --- what is announced for a month or a holiday is the one to come


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The band confirmed a headline slot at Glastonbury in June.", "June", "2024-06"),
    ("The singer announced a new album for September.", "September", "2024-09"),
    ("The studio unveiled a sequel for Christmas.", "Christmas", "2024-12-25"),
])
def test_an_announced_thing_lies_ahead(nlp: Language, text: str, expr: str, value: str) -> None:
    assert _found(nlp, text, Day(2024, 3, 18))[expr].value == value


def test_figures_announced_for_a_month_are_of_the_month_gone_by(nlp: Language) -> None:
    assert _found(nlp, "The company announced results for February.", Day(2022, 3, 14))["February"].value == "2022-02"


def test_in_a_month_after_a_thing_without_its_place_dates_the_announcing(nlp: Language) -> None:
    found = _found(nlp, "Mr Cameron announced the tour in February, and the campaign began.", Day(2016, 3, 1))
    assert found["February"].value == "2016-02"


# --- a verb sharing the auxiliary of the one before it


def test_a_conjoined_participle_shares_will(nlp: Language) -> None:
    found = _found(nlp, "The works will be taken down on Sunday and moved back in January.", Day(2012, 11, 30))
    assert (found["Sunday"].value, found["January"].value) == ("2012-12-02", "2013-01")


def test_the_quarter_told_ahead_is_the_one_running(nlp: Language) -> None:
    found = _found(nlp, "Prices will be reviewed at the end of the quarter.", Day(2004, 6, 22))
    assert (found["the end of the quarter"].value, found["the end of the quarter"].mod) == ("2004-Q2", "END")


def test_a_day_in_the_subject_of_a_will_clause_is_ahead(parsed_tag: Tagger) -> None:
    # the parser hangs "on Wednesday" on "meaning"; the clause it is in is told with "will"
    found = {e.text: e.value for e in parsed_tag("Shifts start late, meaning services on Wednesday will also be hit.",
                                                 Day(2022, 6, 20))}
    assert found["Wednesday"] == "2022-06-22"


def test_booked_to_travel_on_a_holiday_is_the_nearest_one(parsed_tag: Tagger) -> None:
    found = {e.text: e.value for e in parsed_tag(
        "Passengers booked to fly between Christmas Eve and New Year's Day have been told to check the website.",
        Day(2009, 12, 14))}
    assert (found["Christmas Eve"], found["New Year's Day"]) == ("2009-12-24", "2010-01-01")


# --- a holiday going on, a habit's month, a yearly holiday


def test_a_festival_going_on_is_the_current_one_in_the_future_tense(nlp: Language) -> None:
    ramadan = _found(nlp, "If the moon is not sighted, Ramadan will complete 30 days.", Day(2024, 4, 8))["Ramadan"]
    assert ramadan.span is not None and ramadan.span.start <= Day(2024, 4, 8) <= ramadan.span.end


def test_a_one_day_holiday_gone_by_is_next_years_in_the_future_tense(tag: Tagger) -> None:
    assert {e.text: e.value for e in tag("Christmas will be quiet.", Day(2022, 12, 26))}["Christmas"] == "2023-12-25"


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("The rainy season that usually begins in November has been delayed.", "November", "XXXX-11"),
    ("Shops normally close for the holidays in August.", "August", "XXXX-08"),
    ("The season began in November.", "November", "2015-11"),
    # the end of the weather going on: this year's
    ("Boats arrive during calm weather, which usually lasts until October.", "October", "2016-10"),
])
def test_a_habits_month_is_of_no_particular_year(nlp: Language, text: str, expr: str, value: str) -> None:
    assert _found(nlp, text, Day(2016, 1, 20))[expr].value == value


@pytest.mark.parametrize(("text", "expr", "value"), [
    ('"Every Christmas we relive it," she said.', "Every Christmas", "XXXX-12-25"),
    ("We meet each New Year's Eve.", "each New Year's Eve", "XXXX-12-31"),
])
def test_every_fixed_holiday_is_a_yearly_set(nlp: Language, text: str, expr: str, value: str) -> None:
    found = _found(nlp, text, Day(2010, 5, 7))[expr]
    assert (found.type, found.value) == (TimexType.SET, value)
