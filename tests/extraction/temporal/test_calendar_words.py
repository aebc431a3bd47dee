"""Calendar words of local news, listings and features: holidays with curly apostrophes, days fixed by their
place in the month, weekdays and weekends as sets, a day of every year, bare seasons. DCT 2026-03-10."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

DCT = Day(2026, 3, 10)


@pytest.mark.parametrize(("sentence", "text", "type_", "value"), [
    ("Parades are held on St Patrick's Day.", "St Patrick's Day", "DATE", "2026-03-17"),
    ("Parades are held on St. Patrick\u2019s Day.", "St. Patrick\u2019s Day", "DATE", "2026-03-17"),
    ("The party is on New Year\u2019s Eve.", "New Year\u2019s Eve", "DATE", "2025-12-31"),
    ("It was held on the last Friday of June 2021.", "the last Friday of June 2021", "DATE", "2021-06-25"),
    ("Trains run on weekdays.", "weekdays", "SET", "XXXX-WXX-WD"),
    ("The office is closed at weekends.", "weekends", "SET", "XXXX-WXX-WE"),
    ("Tanks must be full by Nov. 1 each year.", "Nov. 1 each year", "SET", "XXXX-11-01"),
    ("After a mild autumn, prices fell.", "autumn", "DATE", "2025-FA"),
    ("It followed a washout summer in 2009.", "summer", "DATE", "2009-SU"),
    ("He stayed that summer and fall.", "fall", "DATE", "2025-FA"),
    ("Sales peak in the fortnight before Christmas.", "the fortnight", "DURATION", "P2W"),
    ("Revenue for the 2010 calendar year rose.", "2010", "DATE", "2010"),
])
def test_calendar_words(tag: Tagger, sentence: str, text: str, type_: str, value: str) -> None:
    found = {e.text: (e.type.value, e.value) for e in tag(sentence, DCT)}
    assert found[text] == (type_, value)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The vote will be held on the second Sunday of December.", "the second Sunday of December", "2026-12-13"),
    ("The court will sit on the first Monday in October.", "the first Monday in October", "2026-10-05"),
])
def test_a_weekday_by_its_place_in_a_month_ahead(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert {e.text: e.value for e in parsed_tag(sentence, DCT)}[text] == value


@pytest.mark.parametrize(("sentence", "word"), [
    ("Call police on 0845 604 3043.", "0845"),
    ("Call police on 0845 604 3043.", "3043"),
    ("They launched a millennium programme.", "millennium"),
    ("A winter storm hit the coast.", "winter"),
    ("It was a bad fall in the market.", "fall"),
    ("They bathed in a hot spring in Iceland.", "spring"),
    ("There is no fifth Monday of February 2026.", "the fifth Monday of February 2026"),
])
def test_words_that_are_not_these_times(tag: Tagger, sentence: str, word: str) -> None:
    assert not any(word in e.text for e in tag(sentence, DCT))


def test_the_years_of_a_range_are_not_a_phone_number(tag: Tagger) -> None:
    assert [e.value for e in tag("Sales in 1990 1991 and 1992 fell.", DCT)] == ["1990", "1991", "1992"]


def test_clock_readings_under_a_date_heading_are_on_its_day(tag: Tagger) -> None:
    text = ("MARCH 11\n\n2:46 p.m. - A magnitude 9.0 earthquake strikes off the coast.\n"
            "3:12 p.m. - A tsunami warning is issued.\n\nMARCH 12\n\n3:36 p.m. - An explosion hits reactor 1.\n")
    found = [(e.text, e.value) for e in tag(text, Day(2011, 3, 15)) if e.type.value == "TIME"]
    assert found == [("2:46 p.m.", "2011-03-11T14:46"), ("3:12 p.m.", "2011-03-11T15:12"),
                     ("3:36 p.m.", "2011-03-12T15:36")]


def test_a_chronology_entry_dates_the_months_and_weekdays_on_its_line(tag: Tagger) -> None:
    text = ("Summer 1989: Thousands flee through Hungary, which opened its border in May.\n"
            "9 November 1989: The Wall falls. Crowds gather on Monday at the Brandenburg Gate.\n")
    found = {e.text: e.value for e in tag(text, Day(2009, 11, 9))}
    assert (found["May"], found["Monday"]) == ("1989-05", "1989-11-13")


def test_a_day_told_in_prose_ends_a_headings_reach(tag: Tagger) -> None:
    text = "MARCH 11\n\nThe quake struck at 2:46 p.m. Talks began on March 14. A deal came at 5 p.m.\n"
    found = {e.text: e.value for e in tag(text, Day(2011, 3, 15))}
    assert found["2:46 p.m."] == "2011-03-11T14:46" and not found["5 p.m."].startswith("2011-03-11")


def test_a_live_blogs_entry_clock_is_no_chronology_year(tag: Tagger) -> None:
    text = "1210 GMT: The blast, which struck shortly after 6 p.m. (1500 GMT) on Tuesday, was caused by fertiliser.\n"
    assert {e.text: e.value for e in tag(text, Day(2020, 8, 5))}["Tuesday"] == "2020-08-04"
