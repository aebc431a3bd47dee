"""Words and periods testers found misread: the first or last day, night or weekend of something, "the same month
last year", a bare o'clock after a p.m. clock, "1 hour and 45 minutes later", "by evening", "spring tide",
"three times an hour", "about an hour earlier than", "days of pressure", "each weekday", a competition's or host
city's year ("the IPL 2022 opener") and "the start of Sunday's race"."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _found(expressions: list[TemporalExpression]) -> list[tuple[str, str, str, str | None]]:
    return [(e.text, e.type.value, e.value, e.mod) for e in expressions]


def test_the_final_weekend_is_a_weekend_not_two_days(tag: Tagger) -> None:
    found = tag("Fans should not wait until the final weekend to buy tickets.", Day(2021, 10, 27))
    assert _found(found) == [("the final weekend", "DATE", "2021-W43-WE", None)]
    found = tag("She will spend the last weekend of the tour in Leeds.", Day(2019, 5, 14))
    assert _found(found) == [("the last weekend", "DATE", "2019-W20-WE", None)]


def test_the_first_day_of_an_event_is_the_day_the_story_is_at(tag: Tagger) -> None:
    assert _found(tag("Today is the opening day of the trial.", Day(2015, 9, 1))) == [
        ("Today", "DATE", "2015-09-01", None), ("the opening day", "DATE", "2015-09-01", None)]
    assert _found(tag("This is the first day of the festival.", Day(2015, 9, 1))) == [
        ("the first day", "DATE", "2015-09-01", None)]


def test_the_edge_of_a_named_period(tag: Tagger) -> None:
    assert _found(tag("The fair opens on the last weekend of August.", Day(2023, 6, 1))) == [
        ("the last weekend of August", "DATE", "2023-W34-WE", None)]  # Saturday 26 August
    assert _found(tag("The law takes effect on the first day of March.", Day(2023, 1, 10))) == [
        ("the first day of March", "DATE", "2023-03-01", None)]
    assert _found(tag("Crowds gathered on the last night of the year.", Day(2010, 12, 30))) == [
        ("the last night of the year", "TIME", "2010-12-31TNI", None)]
    assert _found(tag("Crowds gathered on the last night of the millennium.", Day(1999, 12, 29))) == [
        ("the last night of the millennium", "TIME", "1999-12-31TNI", None)]


def test_the_last_day_alone_is_still_a_span(tag: Tagger) -> None:
    assert [e.type.value for e in tag("Cases rose sharply over the last day.")] == ["DURATION"]


def test_the_same_month_last_year_is_the_month_named_a_year_before(tag: Tagger) -> None:
    found = tag("Sales in June rose 12% on the same month last year.", Day(2011, 7, 20))
    assert _found(found) == [("June", "DATE", "2011-06", None), ("the same month last year", "DATE", "2010-06", None)]


def test_a_bare_oclock_after_an_afternoon_clock_is_in_the_evening(tag: Tagger) -> None:
    found = tag("The match began at 3:30 p.m. and ended just after 6 o'clock.", Day(2019, 4, 6))
    assert [e.value for e in found] == ["2019-04-06T15:30", "2019-04-06T18:00"]
    found = tag("The concert will start at 9pm on Friday; doors open at 7 o'clock.", Day(2019, 4, 3))
    assert [e.value for e in found] == ["2019-04-05T21:00", "2019-04-05T19:00"]


def test_an_oclock_that_says_morning_or_follows_no_clock_keeps_its_reading(tag: Tagger) -> None:
    found = tag("The match began at 3:30 p.m. and resumed at 9 o'clock in the morning.", Day(2019, 4, 6))
    assert not any(e.value.endswith("T21:00") for e in found)
    assert [e.value for e in tag("Doors open at 7 o'clock.", Day(2019, 4, 6))] == ["2019-04-06T07:00"]


def test_two_units_before_later_are_one_amount(tag: Tagger) -> None:
    assert _found(tag("The probe went silent 2 hours and 10 minutes later.")) == [
        ("2 hours and 10 minutes", "DURATION", "PT2H10M", None)]


def test_a_part_of_the_day_alone_after_by(tag: Tagger) -> None:
    assert _found(tag("The road should reopen by evening.", Day(2018, 7, 10))) == [
        ("evening", "TIME", "2018-07-10TEV", None)]
    assert tag("He reads the evening paper.") == []


def test_a_spring_tide_is_no_season(tag: Tagger) -> None:
    assert [e.text for e in tag("The next spring tide will flood the harbour.")] == []
    assert [e.value for e in tag("The garden will bloom next spring.", Day(2021, 3, 26))] == ["2022-SP"]


def test_times_an_hour_is_a_set(tag: Tagger) -> None:
    assert _found(tag("Buses run four times an hour.")) == [("an hour", "SET", "PT1H", None)]


def test_about_an_amount_earlier_than_keeps_its_approximation(tag: Tagger) -> None:
    assert _found(tag("The train arrives about an hour earlier than before.")) == [
        ("an hour earlier", "DURATION", "PT1H", "APPROX")]


def test_unstated_spans_that_a_verb_of_sequence_closes(tag: Tagger) -> None:
    assert _found(tag("The verdict follows days of deliberation.")) == [("days", "DURATION", "PXD", None)]
    assert _found(tag("The deal ended weeks of uncertainty.")) == [("weeks", "DURATION", "PXW", None)]


def test_each_weekday_is_every_working_day(tag: Tagger) -> None:
    assert _found(tag("The office opens each weekday.")) == [("each weekday", "SET", "XXXX-WXX-WD", None)]


def test_a_competition_or_host_city_year_before_a_word_of_the_event(tag: Tagger) -> None:
    assert [e.value for e in tag("Mumbai won the IPL 2019 final.")] == ["2019"]
    assert [e.value for e in tag("He visited the Paris 2024 organisers.")] == ["2024"]
    assert [e.value for e in tag("The Games, Tokyo 2020, were postponed.")] == []


def test_the_start_of_a_days_event_is_that_day(tag: Tagger) -> None:
    found = tag("He crashed at the start of Sunday's race.", Day(2012, 11, 26))
    assert _found(found) == [("Sunday", "DATE", "2012-11-25", None)]
    found = tag("Prices rose at the end of March.", Day(2012, 11, 26))
    assert _found(found) == [("the end of March", "DATE", "2012-03", "END")]
