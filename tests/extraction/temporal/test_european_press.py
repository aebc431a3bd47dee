"""Forms of European and Latin American English-language press, and plans reported in the past."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


def test_european_clocks(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("The rally starts at 18.00.", Day(2001, 5, 1))) == {"18.00": "2001-05-01T18:00"}
    assert _values(parsed_tag("Polls closed at 23h00 CET.", Day(2019, 5, 27))) == {"23h00 CET": "2019-05-27T23:00"}
    assert parsed_tag("The index closed at 18.50 points.", Day(2019, 5, 27)) == []


def test_an_election_called_for_a_day_is_the_nearest_such_day(parsed_tag: Tagger) -> None:
    found = parsed_tag("Tsipras called a snap general election for 7 July.", Day(2019, 5, 27))
    assert [e.value for e in found] == ["2019-07-07"]


def test_what_a_warning_is_about_lies_ahead(parsed_tag: Tagger) -> None:
    found = parsed_tag("Forecasters warned on Monday of heavy rain on Wednesday and Thursday.", Day(2025, 4, 14))
    assert [e.value for e in found] == ["2025-04-14", "2025-04-16", "2025-04-17"]


def test_having_been_due_is_a_plan_now_past(parsed_tag: Tagger) -> None:
    found = parsed_tag("Britain, having been due to leave the EU on 29 March, asked for a delay.", Day(2019, 5, 27))
    assert [e.value for e in found] == ["2019-03-29"]


def test_coordinated_weekdays_ahead_run_forward(parsed_tag: Tagger) -> None:
    found = parsed_tag("Ministers will meet next Monday and Tuesday.", Day(1998, 3, 10))
    assert [e.value for e in found] == ["1998-03-16", "1998-03-17"]
    found = parsed_tag("Following are statements made Friday and Thursday by the lawyer.", Day(1998, 2, 6))
    assert [e.value for e in found] == ["1998-02-06", "1998-02-05"]


def test_a_day_after_a_day_of_history_is_in_its_year(parsed_tag: Tagger) -> None:
    found = parsed_tag("Mussolini was captured on 25 April 1945 and executed on April 28th.", Day(2016, 4, 25))
    assert [e.value for e in found] == ["1945-04-25", "1945-04-28"]


def test_every_april_25th_is_a_yearly_set(tag: Tagger) -> None:
    assert _values(tag("Crowds gather every April 25th.")) == {"every April 25th": "XXXX-04-25"}


def test_crime_and_disaster_forms(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("The storm will cross the peninsula overnight into Thursday.", Day(1998, 11, 3))) == {
        "overnight into Thursday": "1998-11-04TNI"}
    found = parsed_tag("The search could take a week or more.")
    assert [(e.value, e.mod) for e in found] == [("P1W", "EQUAL_OR_MORE")]
    assert _values(parsed_tag("The club is open every Friday night.")) == {"every Friday night": "XXXX-WXX-5TNI"}
    assert parsed_tag("A second, smaller fire broke out.") == []


def test_the_night_before_midafternoon_once_a_quarter_and_temperatures(parsed_tag: Tagger) -> None:
    text = "Police said he was shot on Oct. 14. The suspect had visited the house the night before the killing."
    assert _values(parsed_tag(text, Day(1996, 10, 15)))["the night before"] == "1996-10-13TNI"
    assert _values(parsed_tag("The storm made landfall by midafternoon.", Day(2005, 8, 29))) == {
        "midafternoon": "2005-08-29TAF"}
    assert [(e.type.value, e.value) for e in parsed_tag("The board meets once a quarter.")] == [("SET", "P1Q")]
    assert _values(parsed_tag("Temperatures on Friday had reached the mid-70s.", Day(2011, 12, 2))) == {
        "Friday": "2011-12-02"}


def test_liberation_day_by_country(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("Italy marks Liberation Day with marches.", Day(2016, 4, 25))) == {
        "Liberation Day": "2016-04-25"}
    found = _values(parsed_tag("The Dutch will celebrate Liberation Day with concerts.", Day(2016, 4, 25)))
    assert found["Liberation Day"] == "2016-05-05"
