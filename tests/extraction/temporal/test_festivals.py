"""Festivals of the regional press: Diwali, Holi, Chinese New Year, Nowruz, Vesak, Republic Day, Black Friday,
the spellings of Eid, stated festival days, bracketed weekdays and other calendars' years."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.festivals import festival_days
from timeline_app.extraction.temporal.lunar import canonical

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


def test_festivals_fall_on_their_known_days() -> None:
    assert festival_days("diwali", 2017) == (Day(2017, 10, 19),)
    assert festival_days("holi", 2020) == (Day(2020, 3, 10),)
    assert festival_days("chinese new year", 2012) == (Day(2012, 1, 23),)
    assert festival_days("nowruz", 2023) == (Day(2023, 3, 21),)
    assert festival_days("vesak", 2019) == (Day(2019, 5, 18),)
    assert festival_days("black friday", 2022) == (Day(2022, 11, 25),)
    assert festival_days("diwali", 1950) == ()  # before the tables: unresolved, not guessed


def test_festivals_resolve_in_the_year_meant(tag: Tagger) -> None:
    found = _values(tag("Fewer crackers were burst on Diwali night.", Day(2017, 10, 20)))
    assert found == {"Diwali night": "2017-10-19TNI"}
    assert _values(tag("The city will celebrate Holi.", Day(2020, 1, 27))) == {"Holi": "2020-03-10"}
    assert _values(tag("Prices have doubled since last Nowruz.", Day(2023, 3, 19))) == {"last Nowruz": "2022-03-21"}
    assert _values(tag("Shoppers thronged Chinatown ahead of the Lunar New Year.", Day(2012, 1, 20))) == {
        "Lunar New Year": "2012-01-23"}
    assert _values(tag("Stores will open on Black Friday.", Day(2022, 11, 1))) == {"Black Friday": "2022-11-25"}


def test_a_holiday_with_a_part_of_day_is_a_time(tag: Tagger) -> None:
    assert _values(tag("The parade began on Thanksgiving morning.", Day(2022, 11, 30))) == {
        "Thanksgiving morning": "2022-11-24TMO"}
    assert _values(tag("Dubai's Ramadan night market opened.", Day(2024, 3, 10))) == {"Ramadan": "2024-03-11"}


def test_republic_day_is_the_named_countrys(tag: Tagger) -> None:
    assert _values(tag("India will celebrate Republic Day on Sunday.", Day(2020, 1, 20)))["Republic Day"] == (
        "2020-01-26")
    assert _values(tag("Turkey celebrated Republic Day with a parade.", Day(2022, 11, 2))) == {
        "Republic Day": "2022-10-29"}


def test_regional_spellings_of_eid_are_the_same_holiday(tag: Tagger) -> None:
    assert canonical("Eidul Fitr") == canonical("Eid Al Fitr") == canonical("Idul Fitri") == "eid al-fitr"
    assert canonical("Lebaran") == canonical("Hari Raya Puasa") == "eid al-fitr"
    assert canonical("Eid-ul-Azha") == canonical("Idul Adha") == canonical("Hari Raya Haji") == "eid al-adha"
    found = _values(tag("Millions travel home ahead of Idul Fitri.", Day(2023, 4, 17)))
    assert found == {"Idul Fitri": "2023-04-21"}


def test_a_bare_eid_is_the_eid_the_story_is_about(tag: Tagger) -> None:
    ramadan = "Ramadan ends soon. Shops will close for Eid."
    assert _values(tag(ramadan, Day(2023, 4, 10)))["Eid"] == "2023-04-21"
    hajj = "Pilgrims began the Hajj. Shops will close for Eid."
    assert _values(tag(hajj, Day(2023, 4, 10)))["Eid"] == "2023-06-28"


def test_the_day_an_article_states_for_a_festival_is_its_day(tag: Tagger) -> None:
    found = _values(tag("The opposition met after Eidul Fitr, which was celebrated on June 5.", Day(2019, 6, 12)))
    assert found == {"Eidul Fitr": "2019-06-05", "June 5": "2019-06-05"}
    # a stated day far from the festival's is about something else
    found = _values(tag("Talks began after Diwali, which was followed on March 5 by a strike.", Day(2017, 10, 25)))
    assert found["Diwali"] == "2017-10-19"


def test_a_weekday_in_brackets_after_a_date_is_not_a_second_date(tag: Tagger) -> None:
    found = tag("The bill will be put to vote on June 28, 2019 (Friday).", Day(2019, 6, 12))
    assert [(e.text, e.value) for e in found] == [("June 28, 2019", "2019-06-28")]
    found = tag("The bazaar runs till Sunday (Jan 22).", Day(2012, 1, 20))
    assert [e.value for e in found] == ["2012-01-22", "2012-01-22"]


def test_years_of_other_calendars_and_the_zodiac_are_not_gregorian_years(tag: Tagger) -> None:
    found = _values(tag("The new year 1402 in the Iranian calendar starts on March 21.", Day(2023, 3, 19)))
    assert found == {"March 21": "2023-03-21"}
    assert _values(tag("The last Year of the Dragon was in 2000.", Day(2012, 1, 20))) == {"2000": "2000"}
    assert _values(tag("The war ended in 1402.", Day(2023, 3, 19))) == {"1402": "1402"}
