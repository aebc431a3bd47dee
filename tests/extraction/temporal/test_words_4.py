"""Words and forms testers found missed or misread: years ago with big or spelled numbers, ancient and Juche
dates, a day and year without a comma, glued GMT clocks, months inside names, halves of a match, tournament
years, "almost 9am", "decades of", "at least another week", shared ordinals ("the first and second quarters"),
two-month periods, "most recent" and "current to"."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _found(expressions: list[TemporalExpression]) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.value, e.mod) for e in expressions]


def test_years_ago_with_a_big_number_are_dates(tag: Tagger) -> None:
    assert _found(tag("Nearly 1,940 years ago, Mount Vesuvius erupted.", Day(2019, 8, 24))) == [
        ("Nearly 1,940 years ago", "0079", "APPROX")]
    assert _found(tag("Caesar was stabbed to death more than 2,000 years ago.", Day(2004, 3, 15))) == [
        ("more than 2,000 years ago", "0004", "BEFORE")]


def test_less_than_a_year_ago_is_after_that_date(tag: Tagger) -> None:
    assert _found(tag("The talks started less than a year ago.", Day(2005, 9, 19))) == [
        ("less than a year ago", "2004", "AFTER")]


def test_spelled_hundreds_ago_today_are_that_day(tag: Tagger) -> None:
    found = tag("Two hundred and fifty years ago today, delegates approved the Declaration.", Day(2026, 7, 4))
    assert _found(found) == [("Two hundred and fifty years ago today", "1776-07-04", None)]
    assert _found(tag("It was founded one hundred and twelve years ago.", Day(2026, 7, 4))) == [
        ("one hundred and twelve years ago", "1914", None)]


def test_on_this_day_is_the_articles_day(tag: Tagger) -> None:
    assert _found(tag("On this day, Julius Caesar was stabbed to death in Rome.", Day(2004, 3, 15))) == [
        ("this day", "2004-03-15", None)]
    assert tag("The mystery remains to this day.", Day(2004, 3, 15)) == []


def test_a_month_of_an_ancient_year_is_one_date(tag: Tagger) -> None:
    dct = Day(2004, 3, 15)
    assert _found(tag("He crossed the Rubicon in January 49 BC.", dct)) == [("January 49 BC", "-0048-01", None)]
    assert _found(tag("Caesar died on 15 March 44 BC.", dct)) == [("15 March 44 BC", "-0043-03-15", None)]
    assert _found(tag("An earthquake struck in the year 62.", Day(2019, 8, 24))) == [("the year 62", "0062", None)]


def test_bc_centuries_span_backwards(tag: Tagger) -> None:
    found = tag("Athens flourished in the 5th century BC.")
    assert [(e.value, e.span.start.year, e.span.end.year) for e in found if e.span] == [("-04", -499, -400)]


def test_juche_years_date_the_day_before_them(tag: Tagger) -> None:
    found = tag("The President was born on April 15, Juche 1 (1912).", Day(2012, 4, 15))
    assert _found(found) == [("April 15, Juche 1", "1912-04-15", None), ("1912", "1912", None)]
    assert _found(tag("It was the first since October 10, Juche 99 (2010).", Day(2012, 4, 15)))[0] == (
        "October 10, Juche 99", "2010-10-10", None)


def test_a_part_of_a_day_takes_a_year_written_without_a_comma(tag: Tagger) -> None:
    found = tag("On the evening of September 18 1944 his company held a crossroads.", Day(2009, 2, 3))
    assert _found(found) == [("evening of September 18 1944", "1944-09-18TEV", None)]


def test_a_zone_glued_to_a_wire_clock(tag: Tagger) -> None:
    dct = Day(2016, 7, 16)
    assert [e.value for e in tag("The attempt began at 1900GMT on Friday.", dct)] == ["2016-07-15T19:00"]
    assert [e.value for e in tag("The quake hit at 0117GMT on Friday.", dct)] == ["2016-07-15T01:17"]
    assert [e.value for e in tag("The attempt began at 1900 gmt on Friday.", dct)] == ["2016-07-15T19:00"]


def test_a_month_that_starts_a_name_is_no_date(tag: Tagger) -> None:
    dct = Day(2012, 4, 15)
    assert _found(tag("The April Spring Friendship Art Festival opened on Friday.", dct)) == [
        ("Friday", "2012-04-13", None)]
    assert tag("A meeting was held at the April 25 House of Culture.", dct) == []
    # a place before a common noun leaves the date a date
    assert _found(tag("He attended the April 25 Paris summit.", dct)) == [("April 25", "2012-04-25", None)]


def test_tournament_years_and_halves_of_a_match(tag: Tagger) -> None:
    dct = Day(2026, 6, 11)
    assert _found(tag("World Cup 2026 opener live", dct)) == [("2026", "2026", None)]
    assert tag("Second half under way.", dct) == []
    assert tag("Mexico scored early in the second half.", dct) == []
    assert [e.value for e in tag("Sales rose in the second half.", Day(2026, 11, 20))] == ["2026-H2"]


def test_almost_before_a_clock_is_approximate(tag: Tagger) -> None:
    found = tag("It is now almost 9am in Tokyo.", Day(2011, 3, 11))
    assert [(e.value, e.mod) for e in found if e.type.value == "TIME"] == [("2011-03-11T09:00", "APPROX")]


def test_unstated_and_further_durations(tag: Tagger) -> None:
    assert _found(tag("It ended decades of hostility.", Day(2015, 7, 14))) == [("decades", "PXE", None)]
    assert _found(tag("Vaccinations will be delayed for at least another week.", Day(2021, 5, 1))) == [
        ("at least another week", "P1W", "EQUAL_OR_MORE")]
    assert _found(tag("He may live at least another decade.", Day(2021, 5, 1))) == [
        ("at least another decade", "P10Y", "EQUAL_OR_MORE")]
    assert _found(tag("Stocks rallied for most of the afternoon.", Day(2020, 3, 16))) == [
        ("the afternoon", "2020-03-16TAF", None)]


def test_two_ordinals_share_one_plural_unit(tag: Tagger) -> None:
    dct = Day(2001, 9, 17)
    assert _found(tag("GDP grew in the first and second quarters.", dct)) == [
        ("first", "2001-Q1", None), ("second quarters", "2001-Q2", None)]
    assert [e.value for e in tag("GDP fell in the third and fourth quarters of 2000.", dct)] == ["2000-Q3", "2000-Q4"]


def test_a_two_month_period_spans_both_months(tag: Tagger) -> None:
    found = tag("Output fell in the January-February period.", Day(2020, 3, 16))
    assert _found(found) == [("the January-February period", "2020-01", None)]
    span = found[0].span
    assert span is not None and (span.start.iso(), span.end.iso()) == ("2020-01-01", "2020-02-29")


def test_ranking_and_up_to_date_words_are_no_times(tag: Tagger) -> None:
    assert _found(tag("The most recent drafts were vetoed on Wednesday.", Day(2023, 10, 28))) == [
        ("Wednesday", "2023-10-25", None)]
    assert _found(tag("The figures, current to Wednesday, show 72 deaths.", Day(2010, 11, 12))) == [
        ("Wednesday", "2010-11-10", None)]
    assert [e.value for e in tag("Prices rose recently.", Day(2010, 11, 12))] == ["PAST_REF"]
