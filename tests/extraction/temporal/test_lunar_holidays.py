"""Holidays of the Islamic and Hebrew calendars and the Orthodox Church, DCT 2022-03-14 (a Monday)."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.lunar import canonical, last_day, lunar_days

from .conftest import Tagger


def test_lunar_holidays_fall_on_their_known_gregorian_days() -> None:
    assert lunar_days("eid al-fitr", 2023) == (Day(2023, 4, 21),)
    assert lunar_days("yom kippur", 1973) == (Day(1973, 10, 6),)
    assert lunar_days("passover", 2024) == (Day(2024, 4, 23),)
    assert lunar_days("purim", 2024) == (Day(2024, 3, 24),)  # Adar II in a Hebrew leap year
    assert lunar_days("orthodox easter", 2024) == (Day(2024, 5, 5),)
    assert lunar_days("eid al-fitr", 2000) == (Day(2000, 1, 8), Day(2000, 12, 27))  # twice in one year
    assert lunar_days("ramadan", 2200) == ()  # outside the Umm al-Qura tables: no guess


def test_ramadan_lasts_until_eid() -> None:
    assert last_day("ramadan", Day(2022, 4, 2)) == Day(2022, 5, 1)
    assert last_day("eid al-adha", Day(2022, 7, 9)) is None
    assert canonical("Eid-ul-Fitr") == canonical("Eid al Fitr") == "eid al-fitr"


def test_a_lunar_holiday_resolves_to_its_day_in_the_year_meant(tag: Tagger) -> None:
    found = {e.text: e.value for e in tag("Talks will resume after Eid al-Fitr. The truce held over Orthodox "
                                          "Easter 2021. Israel was attacked on Yom Kippur in 1973.")}
    assert found == {"Eid al-Fitr": "2022-05-02", "Orthodox Easter 2021": "2021-05-02", "Yom Kippur": "1973-10-06",
                     "1973": "1973"}


def test_ramadan_covers_the_month_on_the_timeline(tag: Tagger) -> None:
    (ramadan,) = tag("Officials will meet during Ramadan.")
    assert ramadan.value == "2022-04-02"
    assert ramadan.span is not None and ramadan.span.end == Day(2022, 5, 1)
