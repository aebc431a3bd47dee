"""Yearly cycles told as habits, baselines and comparison years, compared gaps, ancient seasons, and dates of plans,
asides and things whose direction the main clause does not give."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


# --- 1. seasonal cycles told as habits -------------------------------------------------------------------------

def test_every_month_of_a_habit_clause_is_of_any_year(tag: Tagger) -> None:
    found = tag("The ozone hole typically grows from August, peaks in late September or early October and closes "
                "by December.", Day(2022, 10, 27))
    assert [(e.value, e.mod) for e in found] == [
        ("XXXX-08", None), ("XXXX-09", "END"), ("XXXX-10", "START"), ("XXXX-12", None)]


def test_habitual_holiday_and_season_are_of_any_year(tag: Tagger) -> None:
    assert _values(tag("El Niño events usually peak around Christmas.", Day(2024, 1, 9))) == {
        "Christmas": "XXXX-12-25"}
    assert _values(tag("Most birds usually depart in the autumn.", Day(2014, 4, 9))) == {"the autumn": "XXXX-FA"}


def test_habit_told_after_the_month_opening_the_sentence(tag: Tagger) -> None:
    assert _values(tag("In December, retail prices usually rise.", Day(2022, 10, 27))) == {"December": "XXXX-12"}
    found = tag("Sales fell 3% on Monday. In December, retail prices usually rise.", Day(2022, 10, 27))
    assert found[-1].value == "XXXX-12"


def test_habit_cue_in_quoted_judgement_of_a_quarter(tag: Tagger) -> None:
    found = tag('"The first quarter is traditionally our weakest," the finance chief said.', Day(1997, 4, 29))
    assert found[0].value == "XXXX-Q1"


def test_news_date_beside_a_habit_stays_real(tag: Tagger) -> None:
    found = _values(tag("Prices usually rise in December, and this December they fell.", Day(2022, 10, 27)))
    assert found == {"December": "XXXX-12", "this December": "2022-12"}
    found = _values(tag("Prices usually rise in December, but in January they fell.", Day(2022, 10, 27)))
    assert found == {"December": "XXXX-12", "January": "2022-01"}


def test_habit_of_an_aside_or_a_past_clause_keeps_the_date_real(tag: Tagger) -> None:
    found = tag("The holiday ends on April 2, when families traditionally picnic outdoors.", Day(2023, 3, 20))
    assert found[-1].value == "2023-04-02"
    found = tag("The strike comes at the end of the summer, typically the busiest season.", Day(2022, 9, 1))
    assert found[0].value.startswith("2022-SU")
    found = tag("Under a rule adopted in June, states must fill their stores by Nov. 1 each year.", Day(2022, 9, 1))
    assert found[0].value == "2022-06"
    assert tag("Prices fell in August, as they usually do.", Day(2022, 10, 27))[0].value == "2022-08"


def test_habit_lasting_until_a_month_ends_this_years_season(tag: Tagger) -> None:
    found = tag("Sowing usually continues until the end of August.", Day(1995, 8, 10))
    assert (found[0].value, found[0].mod) == ("1995-08", "END")


# --- 2. a baseline is no story year ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Temperatures were above the 1991-2020 average in November.",
    "Every day since early July was warmer than the 1850-1900 average, and two days in November were warmer still.",
    "Emissions were 40% below 1990 levels in November.",
])
def test_month_after_a_baseline_is_the_story_year(tag: Tagger, text: str) -> None:
    assert next(e for e in tag(text, Day(2024, 1, 9)) if e.text == "November").value == "2023-11"


def test_year_of_the_story_still_dates_its_months(tag: Tagger) -> None:
    found = tag("In 1990, the plant opened in November.", Day(2024, 1, 9))
    assert found[-1].value == "1990-11"


# --- 3. "N units earlier ... than" is a compared gap --------------------------------------------------------------

def test_gap_compared_with_than_is_a_duration(tag: Tagger) -> None:
    found = tag("Records run from 1960 to 2012. Birds arrived at least a week earlier in the 2000s than in the "
                "1960s.", Day(2014, 4, 9))
    by_text = {e.text: e for e in found}
    gap = by_text["at least a week earlier"]
    assert (gap.type, gap.value, gap.mod) == (TimexType.DURATION, "P1W", "EQUAL_OR_MORE")
    assert by_text["the 2000s"].value == "200"
    assert by_text["the 1960s"].value == "196"


def test_gap_without_comparison_is_still_a_date(tag: Tagger) -> None:
    found = tag("He left on March 1. Two weeks later, the birds arrived.", Day(2014, 4, 9))
    assert found[-1].type is TimexType.DATE


# --- 4. a season of an ancient year ------------------------------------------------------------------------------

def test_season_of_a_bc_year_is_one_date(tag: Tagger) -> None:
    assert _values(tag("Timbers were felled in the spring of 920 BC.", Day(1999, 3, 16))) == {
        "the spring of 920 BC": "-0919-SP"}
    assert _values(tag("Caesar crossed in summer 44 B.C. with his legions.", Day(1999, 3, 16))) == {
        "summer 44 B.C.": "-0043-SU"}


# --- 5. a plan told in the past perfect looks ahead from a past time ------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The line had been due to open on 9 December.", "2018-12-09"),
    ("The line had been planned for 9 December.", "2018-12-09"),
    ("The line had been due to open in March.", "2018-03"),
])
def test_past_perfect_plan_takes_the_nearest_date(parsed_tag: Tagger, text: str, value: str) -> None:
    assert parsed_tag(text, Day(2018, 8, 31))[0].value == value


def test_past_perfect_plan_rule_only(tag: Tagger) -> None:
    assert tag("The line had been planned for 9 December.", Day(2018, 8, 31))[0].value == "2018-12-09"


# --- 6. a weekday's thing under a reported "would" -------------------------------------------------------------------

def test_weekdays_thing_after_reported_would_lies_ahead(parsed_tag: Tagger) -> None:
    found = parsed_tag("Jospin said he would retire from politics after Sunday's vote.", Day(2002, 5, 2))
    assert found[0].value == "2002-05-05"


def test_weekday_reported_from_weeks_ago_is_the_writers(tag: Tagger) -> None:
    found = tag("Le Pen won on April 21. Jospin announced that night that he would retire after the vote on Sunday.",
                Day(2002, 5, 2))
    assert found[-1].value == "2002-05-05"
    found = tag("Jospin said on Monday that he would retire after the vote on Sunday.", Day(2002, 5, 2))
    assert found[-1].value == "2002-05-05"


def test_weekdays_thing_after_a_past_act_stays_past(parsed_tag: Tagger) -> None:
    found = parsed_tag("Jospin retired from politics after Sunday's vote.", Day(2002, 5, 2))
    assert found[0].value == "2002-04-28"


def test_weekdays_thing_after_would_rule_only(tag: Tagger) -> None:
    assert tag("He said he would retire after Sunday's vote.", Day(2002, 5, 2))[0].value == "2002-05-05"


# --- 7. a figure's time in a verbless aside -------------------------------------------------------------------------

def test_figure_in_an_aside_is_of_its_own_past(tag: Tagger) -> None:
    assert tag("Unemployment, at 4.8 percent in April, may rise.", Day(1999, 6, 10))[0].value == "1999-04"
    assert tag("Inflation, up 2 percent in May, will ease.", Day(1999, 6, 10))[0].value == "1999-05"


def test_figure_of_the_sentence_before_leaves_a_weekday_alone(tag: Tagger) -> None:
    found = tag("Voting runs at 300 sites. On Tuesday, sites will open at 7 a.m.", Day(2025, 10, 27))
    assert found[0].value == "2025-10-28"


def test_month_of_the_modal_clause_itself_looks_ahead(parsed_tag: Tagger) -> None:
    assert parsed_tag("Unemployment, at 4.8 percent, may rise in April.", Day(1999, 6, 10))[0].value == "2000-04"


# --- 8. a comparison year is no story year ------------------------------------------------------------------------

def test_month_after_previous_year_comparison(tag: Tagger) -> None:
    found = tag("Sales rose 9 percent from the previous year, beating a forecast made in November.", Day(2003, 12, 12))
    assert _values(found)["November"] == "2003-11"
