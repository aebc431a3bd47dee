"""Timelines and key-date lists: the historical present of dated lines, and clocks under a timeline's day."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


def test_dated_lines_in_the_present_are_gone_by(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Key dates\nMarch 16 – JP Morgan agrees to buy Bear Stearns.\nJune 9 – Lehman announces "
                               "a loss.\nFriday – Treasury summons bank chiefs.", Day(2008, 9, 16)))
    assert (found["March 16"], found["June 9"], found["Friday"]) == ("2008-03-16", "2008-06-09", "2008-09-12")


def test_a_list_of_dates_ahead_stays_ahead(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Brexit: the key dates ahead\n\nSeptember 2: Nominations close in the contest.\n"
                               "September 9: The new leader is announced.", Day(2016, 6, 27)))
    assert (found["September 2"], found["September 9"]) == ("2016-09-02", "2016-09-09")


def test_a_clock_on_a_dated_line_is_on_that_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("July 6 - A diver dies.\nJuly 8 - The rescue begins at 10 a.m.", Day(2018, 7, 10)))
    assert found["10 a.m."] == "2018-07-08T10:00"


def test_clocks_of_a_timeline_are_on_the_day_it_recounts(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Here is a timeline of the events of 7 July.\n\n08:50 BST - Three explosions hit "
                               "trains.\n09:47 - A bomb explodes on a bus.", Day(2005, 7, 9)))
    assert (found["08:50 BST"], found["09:47"]) == ("2005-07-07T08:50", "2005-07-07T09:47")


def test_a_live_blogs_entries_stay_on_the_day_written(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Russia's invasion began on Thursday.\n\n13:10 GMT - Russian forces captured the "
                               "airport.", Day(2022, 2, 26)))
    assert found["13:10 GMT"] == "2022-02-26T13:10"
