"""Each family of expressions, tagged in a sentence with DCT 2022-03-14 (a Monday).

Every case runs on the rule-only blank pipeline and, when installed, on the model pipeline.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, Granularity
from timeline_app.extraction.temporal import tag_doc

from .conftest import DCT, Tagger

if TYPE_CHECKING:
    from spacy.language import Language

CASES = [
    # sentence, expression text, type, value, mod
    ("Sullivan met Yang in Rome on Monday.", "Monday", TimexType.DATE, "2022-03-14", None),
    ("Sullivan told CNN on Sunday that talks went well.", "Sunday", TimexType.DATE, "2022-03-13", None),
    ("Raimondo said last week that access could be cut.", "last week", TimexType.DATE, "2022-W10", None),
    ("The two met in Zurich in October to ease tensions.", "October", TimexType.DATE, "2021-10", None),
    ("The two will meet in Zurich in October.", "October", TimexType.DATE, "2022-10", None),
    ("They exchanged words in Alaska earlier in 2021.", "earlier in 2021", TimexType.DATE, "2021", None),
    ("In February the two leaders declared a partnership.", "February", TimexType.DATE, "2022-02", None),
    ("They held an intense seven-hour conversation.", "seven-hour", TimexType.DURATION, "PT7H", None),
    ("Caesar was murdered in 44 BC in Rome.", "44 BC", TimexType.DATE, "-0043", None),
    ("Prices fell throughout the 1990s.", "the 1990s", TimexType.DATE, "199", None),
    ("The plant closed in mid-2021.", "mid-2021", TimexType.DATE, "2021", "MID"),
    ("The article is dated March 14, 2022.", "March 14, 2022", TimexType.DATE, "2022-03-14", None),
    ("The treaty was signed on 14 March 2022.", "14 March 2022", TimexType.DATE, "2022-03-14", None),
    ("Exports rose in 2022, officials said.", "2022", TimexType.DATE, "2022", None),
    ("The company reported a loss a year ago.", "a year ago", TimexType.DATE, "2021", None),
    ("Shares fell yesterday in Tokyo.", "yesterday", TimexType.DATE, "2022-03-13", None),
    ("The bank will raise rates next month.", "next month", TimexType.DATE, "2022-04", None),
    ("Sales rose this spring.", "this spring", TimexType.DATE, "2022-SP", None),
    ("Profit rose in the third quarter.", "the third quarter", TimexType.DATE, "2021-Q3", None),
    ("The meeting starts at 10 a.m. local time.", "10 a.m. local time", TimexType.TIME, "2022-03-14T10:00", None),
    ("They spoke on Monday morning.", "Monday morning", TimexType.TIME, "2022-03-14TMO", None),
    ("The war lasted three years.", "three years", TimexType.DURATION, "P3Y", None),
    ("Nothing changed for a decade.", "a decade", TimexType.DURATION, "P10Y", None),
    ("The committee meets every week.", "every week", TimexType.SET, "P1W", None),
    ("The report is published annually.", "annually", TimexType.SET, "P1Y", None),
    ("Talks are now under way.", "now", TimexType.DATE, "PRESENT_REF", None),
    ("He recently moved to Rome.", "recently", TimexType.DATE, "PAST_REF", None),
    ("That belongs to the past.", "the past", TimexType.DATE, "PAST_REF", None),
    ("Nobody knows the future.", "the future", TimexType.DATE, "FUTURE_REF", None),
    ("Talks lasted more than four hours.", "more than four hours", TimexType.DURATION, "PT4H", "MORE_THAN"),
    ("The plant opened in the late 1970s.", "the late 1970s", TimexType.DATE, "197", "END"),
    ("The offer ends at the end of 1994.", "the end of 1994", TimexType.DATE, "1994", "END"),
    ("Rome was sacked in the fifth century.", "the fifth century", TimexType.DATE, "04", None),
    ("A bomb went off in January nineteen ninety-seven.", "January nineteen ninety-seven", TimexType.DATE,
     "1997-01", None),
    ("Stocks rose after the election of November 1994.", "November 1994", TimexType.DATE, "1994-11", None),
    ("The deal closed on 10/02/1998, filings show.", "10/02/1998", TimexType.DATE, "1998-10-02", None),
    ("Published 14.03.2022 in Bonn.", "14.03.2022", TimexType.DATE, "2022-03-14", None),
    ("Filed 14/03/2022 in London.", "14/03/2022", TimexType.DATE, "2022-03-14", None),
    ("Version 2022-03-14 of the log.", "2022-03-14", TimexType.DATE, "2022-03-14", None),
    ("The company reported Q3 2021 results.", "Q3 2021", TimexType.DATE, "2021-Q3", None),
    ("Output fell in H1 2022.", "H1 2022", TimexType.DATE, "2022-H1", None),
    ("Output peaked in 1990-1995.", "1995", TimexType.DATE, "1995", None),
    ("The accord was signed on Good Friday 1998.", "Good Friday 1998", TimexType.DATE, "1998-04-10", None),
    ("Crowds gathered last Thanksgiving.", "last Thanksgiving", TimexType.DATE, "2021-11-25", None),
    ("Turnout fell on Election Day 2020.", "Election Day 2020", TimexType.DATE, "2020-11-03", None),
    ("The deal should close by year-end.", "year-end", TimexType.DATE, "2022", "END"),
    ("Sales rose 5% in the year-earlier quarter.", "the year-earlier quarter", TimexType.DATE, "2020-Q4", None),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "mod"), CASES, ids=[c[1] for c in CASES])
def test_expression_is_found_and_normalised(
    nlp: Language, sentence: str, text: str, kind: TimexType, value: str, mod: str | None
) -> None:
    found = {e.text: e for e in tag_doc(nlp(sentence), DCT)}
    assert text in found, f"{text!r} not among {list(found)}"
    expr = found[text]
    assert (expr.type, expr.value, expr.mod) == (kind, value, mod)
    assert sentence[expr.start:expr.end] == text


def test_dates_carry_a_timespan_and_durations_do_not(tag: Tagger) -> None:
    found = {e.text: e for e in tag("The two met in October and talked for seven hours on Monday.")}
    october, hours, monday = found["October"], found["seven hours"], found["Monday"]
    assert october.span is not None and october.span.granularity is Granularity.MONTH
    assert (october.span.start.iso(), october.span.end.iso()) == ("2021-10-01", "2021-10-31")
    assert october.span.anchor is Anchor.DOCUMENT_DATE
    assert hours.span is None
    assert monday.span is not None and monday.span.days == 1


def test_explicit_dates_are_anchored_explicitly(tag: Tagger) -> None:
    (expr,) = tag("The accord was signed on 14 March 2022.")
    assert expr.span is not None and expr.span.anchor is Anchor.EXPLICIT


def test_the_next_day_follows_the_reference_time(tag: Tagger) -> None:
    found = tag("The summit opened on Oct. 5, 2021. The next day, talks collapsed.")
    assert [(e.text, e.value) for e in found] == [("Oct. 5, 2021", "2021-10-05"), ("The next day", "2021-10-06")]
    assert found[1].span is not None and found[1].span.anchor is Anchor.REFERENCE_TIME


def test_two_days_later_counts_from_the_last_date(tag: Tagger) -> None:
    found = tag("Fighting began on 3 June 1998. Two days later the city fell.")
    assert found[-1].value == "1998-06-05"


def test_unresolvable_without_a_dct(tag: Tagger) -> None:
    found = {e.text: e for e in tag("They met in October and again on 14 March 2022.", None)}
    assert found["October"].value == "XXXX-10" and found["October"].span is None
    assert found["14 March 2022"].value == "2022-03-14"


@pytest.mark.parametrize("sentence", [
    "He paid $2,000 for 1,500 shares.",
    "The 52-year-old minister resigned.",
    "She finished second in the race, scoring 2000 points.",
    "Troops arrived, 3 percent of the force.",
    "He may march to the capital.",
    "Her father married again when she was in her early 30s.",
    "The man, aged in his late 40s, fell about 600m.",
    "The quake struck at a depth of 1023 metres.",
    "Funds hold more than a quarter of the entire market.",
])
def test_non_temporal_numbers_are_not_tagged(tag: Tagger, sentence: str) -> None:
    assert tag(sentence) == []


def test_expressions_are_sorted_and_do_not_overlap(tag: Tagger) -> None:
    found = tag("Early next year, and every Monday morning since the late 1990s, about three hours a day.")
    assert found == sorted(found, key=lambda e: e.start)
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_decades_bce_years_and_mid_year_spans(tag: Tagger) -> None:
    found = {e.text: e for e in tag("Caesar died in 44 BC; the 1990s were calm; prices rose in mid-2021.")}
    decade, caesar, mid = found["the 1990s"].span, found["44 BC"].span, found["mid-2021"].span
    assert decade is not None and decade.granularity is Granularity.DECADE
    assert (decade.start.iso(), decade.end.iso()) == ("1990-01-01", "1999-12-31")
    assert caesar is not None and (caesar.start.iso(), caesar.end.iso()) == ("-0043-01-01", "-0043-12-31")
    assert mid is not None and mid.mod == "MID" and mid.granularity is Granularity.YEAR


@pytest.mark.parametrize("sentence", [
    "Theresa May said the deal was dead.",
    "June Sarpong hosted the show.",
    "The Games, Tokyo 2020, were postponed.",
    "He lives at 1600 Pennsylvania Avenue.",
    "Militants killed 2022 civilians.",
    "The electric current was cut.",
    "The Good Friday Agreement ended the Troubles.",
    "He fought in the Six-Day War.",
    "He appeared on Fox News Sunday to defend the bill.",
    "She was named Person of the Year.",
    "The suspect, a man in his 70s, was detained.",
])
def test_names_and_things_that_contain_date_words_are_not_dates(tag: Tagger, sentence: str) -> None:
    assert [e.text for e in tag(sentence) if e.type.value in ("DATE", "TIME")] == []


def test_fractions_of_large_units_and_decimal_seconds(tag: Tagger) -> None:
    found = tag("It lasted half a century, a quarter of a century, a century and a half and 9.58 seconds.")
    assert [e.value for e in found] == ["P50Y", "P25Y", "P150Y", "PT9.58S"]


def test_a_day_of_last_year_and_the_day_before_the_day_last_named(tag: Tagger) -> None:
    found = tag("It began on Jan. 6 last year. Mariupol was bombed on March 9. The day before, a hospital was hit.")
    assert [(e.text, e.value) for e in found] == [
        ("Jan. 6 last year", "2021-01-06"), ("March 9", "2022-03-09"), ("The day before", "2022-03-08")]


def test_an_unstated_number_of_units_before_of_or_after(tag: Tagger) -> None:
    found = tag("Hours after the blast, police arrived. The deal came after weeks of wrangling. They rose 5 years ago.")
    assert [(e.text, e.value) for e in found][:2] == [("Hours", "PTXH"), ("weeks", "PXW")]


def test_late_on_a_day_every_few_days_and_mothers_day(tag: Tagger) -> None:
    found = tag("The vote came late on Monday. They meet every few days. Flowers sold out on Mother's Day.")
    assert [(e.text, e.value, e.mod) for e in found] == [
        ("late on Monday", "2022-03-14", "END"), ("every few days", "PXD", None),
        ("Mother's Day", "2021-05-09", None)]


def test_a_holiday_days_ahead_is_the_coming_one_whatever_the_tense(tag: Tagger) -> None:
    found = tag("The army announced a truce over Christmas. They spent last Christmas at home.", Day(2022, 12, 20))
    assert [(e.text, e.value) for e in found] == [("Christmas", "2022-12-25"), ("last Christmas", "2021-12-25")]


def test_the_turn_of_the_century_is_around_the_nearest_century_year(tag: Tagger) -> None:
    (found,) = tag("Prices have doubled since the turn of the century.")
    assert (found.text, found.value, found.mod) == ("the turn of the century", "2000", "APPROX")


def test_over_the_past_decade_is_ten_years_but_in_the_last_decade_is_the_previous_one(tag: Tagger) -> None:
    found = tag("Prices doubled over the past decade. In the last decade, output grew.")
    assert [(e.text, e.value) for e in found] == [("the past decade", "P10Y"), ("the last decade", "201")]


def test_about_left_out_of_the_extent_still_makes_it_approximate(tag: Tagger) -> None:
    (found,) = tag("The talks lasted about six hours.")
    assert (found.text, found.value, found.mod) == ("six hours", "PT6H", "APPROX")


def test_parts_of_day_and_hours_told_by_them(tag: Tagger) -> None:
    found = tag("Stocks rose on Monday. In the afternoon, they fell. The father will leave at 4 in the morning.")
    assert [(e.text, e.value) for e in found] == [
        ("Monday", "2022-03-14"), ("the afternoon", "2022-03-14TAF"), ("4 in the morning", "2022-03-14T04:00")]
