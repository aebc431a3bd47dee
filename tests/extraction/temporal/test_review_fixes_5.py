"""Fixes a review asked for in the rules for words 4: business halves near words such as game, match or score;
months before bodies that meet on dates and streets named after months; school years; halves and quarters of a
game; "On this day" after a full date; eras glued to a word; "a hundred and fifty years ago"; round
ten-thousands of years."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger

DCT = Day(2022, 6, 10)


def _values(expressions: list[TemporalExpression]) -> list[str]:
    return [e.value for e in expressions]


def _found(expressions: list[TemporalExpression]) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.value, e.mod) for e in expressions]


def test_a_business_half_stays_a_half_year_near_words_that_sport_also_uses(tag: Tagger) -> None:
    assert _values(tag("Game maker Ubisoft expects sales to rise in the second half.", DCT)) == ["2022-H2"]
    assert _values(tag("The euro, measured against a basket of six others, rose in the first half.", DCT)) == [
        "2022-H1"]
    assert _values(tag("The firm hopes to match last year's profit in the second half.", DCT)) == ["2021", "2022-H2"]
    assert _values(tag("Its credit score improved in the first half.", DCT)) == ["2022-H1"]


def test_a_half_of_a_match_is_told_by_words_only_sport_uses(tag: Tagger) -> None:
    assert tag("Second half under way.", DCT) == []
    assert tag("Mexico scored early in the second half.", DCT) == []
    assert tag("The referee sent him off in the first half.", DCT) == []
    assert tag("City won the game with another second-half goal.", DCT) == []


def test_a_month_before_a_body_that_meets_on_dates_is_a_date(tag: Tagger) -> None:
    assert _values(tag("The March Supreme Court ruling was overturned.", DCT)) == ["2022-03"]
    assert _values(tag("Leaders met at the March European Council summit.", DCT)) == ["2022-03"]
    assert _values(tag("The November General Election will decide control of Congress.", DCT)) == ["2022-11"]
    found = tag("Traffic was heavy over the August Bank Holiday weekend.", DCT)
    assert [e.text for e in found] == ["August"] and found[0].value.endswith("-08")


def test_a_month_that_starts_a_name_or_a_street_is_no_date(tag: Tagger) -> None:
    assert _values(tag("The April Spring Friendship Art Festival opened on Friday.", DCT)) == ["2022-06-10"]
    assert tag("A meeting was held at the April 25 House of Culture.", DCT) == []
    found = tag("Police were called to the June Street flats at 3am.", DCT)
    assert [e.text for e in found] == ["3am"]


def test_a_school_year_is_no_year(tag: Tagger) -> None:
    assert [e.text for e in tag("The Year 11 pupils sat their exams on Monday.", Day(11, 6, 10))] == ["Monday"]
    assert tag("Pupils in the year 9 group were sent home.", Day(9, 6, 10)) == []
    assert _found(tag("Over the year 12 banks failed.", Day(12, 6, 10))) == [("the year", "0012", None)]
    assert _found(tag("An earthquake struck in the year 62.", Day(2019, 8, 24))) == [("the year 62", "0062", None)]


def test_shared_halves_are_of_one_year_and_of_no_year_in_a_game(tag: Tagger) -> None:
    assert _values(tag("Prices fell in the first and second halves.", DCT)) == ["2022-H1", "2022-H2"]
    assert tag("The team scored in the first and second halves.", DCT) == []
    assert tag("The Lakers led in the first and third quarters but lost 110-104.", DCT) == []


def test_on_this_day_after_a_full_date_is_that_date(tag: Tagger) -> None:
    found = tag("The Titanic sank on April 15, 1912. On this day, more than 1,500 people died.", DCT)
    assert _found(found) == [("April 15, 1912", "1912-04-15", None), ("this day", "1912-04-15", None)]
    assert _values(tag("On this day, more than 1,500 people died.", DCT)) == ["2022-06-10"]


def test_an_era_is_a_whole_word(tag: Tagger) -> None:
    assert _found(tag("In June 300 CEOs met in Davos.", DCT)) == [("June", "2022-06", None)]
    assert _values(tag("Rome burned in 64 CE.", DCT)) == ["0064"]


def test_a_leading_a_counts_one_hundred(tag: Tagger) -> None:
    assert _found(tag("A hundred and fifty years ago the town was founded.", DCT)) == [
        ("A hundred and fifty years ago", "1872", None)]


def test_round_ten_thousands_of_years_are_a_millennium(tag: Tagger) -> None:
    found = tag("Around 10,000 years ago farming began.", DCT)
    assert _found(found) == [("10,000 years ago", "-7", "APPROX")]
    span = found[0].span
    assert span is not None and span.start.year <= 2022 - 10000 <= span.end.year
    assert _values(tag("It was 10,500 years ago.", DCT)) == ["-8478"]
    assert [e.type.value for e in tag("Roughly 800,000 years ago humans used fire.", DCT)] == ["DURATION"]
