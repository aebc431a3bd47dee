"""Regressions a second review found in this session's rules, each with the case that showed it."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal import tag_text

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


def test_weekdays_listed_after_every_without_a_dct_do_not_crash() -> None:
    found = tag_text("Protests are held every Monday and Tuesday.", None)
    assert [e.value for e in found] == ["XXXX-WXX-1", "XXXX-WXX-2"]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Shareholders approved the plan at the annual general meeting in April.", "April", "2024-04"),
    ("UN Secretary-General Antonio Guterres called for a ceasefire on Thursday.", "Thursday", "2024-05-30"),
    ("Police have called for witnesses after a man was stabbed on Saturday.", "Saturday", "2024-06-01"),
    ("The Met Office had warned that snow was possible on Friday.", "Friday", "2024-05-31"),
    ("Organizers have called for a rally Wednesday evening.", "Wednesday evening", "2024-06-05TEV"),
])
def test_calls_meetings_and_forecasts_told_as_done(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _values(parsed_tag(sentence, Day(2024, 6, 3)))[text] == value


def test_a_live_blogs_entries_stay_on_the_day_written_after_a_named_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Russia launched the offensive on May 10. Follow our live coverage (all times GMT):\n"
                               "13:10 - Russian forces captured a village.", Day(2024, 6, 4)))
    assert found["13:10"] == "2024-06-04T13:10"


def test_every_entry_of_a_timeline_is_on_its_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Here is a timeline of the events of 7 July.\n\n08:50 BST - Explosions hit trains.\n"
                               "10:30 - Police confirm the attacks.\n17:00 - The prime minister returns.",
                               Day(2005, 7, 9)))
    assert (found["10:30"], found["17:00"]) == ("2005-07-07T10:30", "2005-07-07T17:00")


@pytest.mark.parametrize(("sentence", "clock", "value"), [
    ("The court heard he attacked her at 11pm on January 5. He then fled at 11.30pm.", "11.30pm", "2024-01-05T23:30"),
    ("She has been missing since Friday. She was last seen at 6pm leaving a shop.", "6pm", "2024-02-09T18:00"),
])
def test_clocks_of_an_account_keep_its_day(parsed_tag: Tagger, sentence: str, clock: str, value: str) -> None:
    assert _values(parsed_tag(sentence, Day(2024, 2, 12)))[clock] == value


def test_a_schedule_list_keeps_its_days_ahead(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Event schedule\nFriday, June 7: Doors open at 6pm.\nSaturday, June 8: The main show "
                               "starts at 7pm.", Day(2024, 6, 2)))
    assert (found["6pm"], found["7pm"]) == ("2024-06-07T18:00", "2024-06-08T19:00")


def test_a_day_put_off_to_that_has_come(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The hearing was adjourned to Tuesday, when he pleaded guilty.", Day(2024, 2, 14)))
    assert found["Tuesday"] == "2024-02-13"


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The November election will decide control of Congress.", "November", "2024-11"),
    ("In March two days of strikes paralysed the country.", "two days", "P2D"),
    ("Heatwave To Hit UK This Summer As Temperatures Soar", "This Summer", "2024-SU"),
])
def test_months_counts_and_headline_seasons(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _values(parsed_tag(sentence, Day(2024, 5, 20)))[text] == value


def test_since_giving_a_reason_is_no_day_counted_from(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Ruto will lead the Madaraka Day celebrations in Homa Bay on Sunday. The minister, in a "
                               "gazette notice published on Thursday, declared Monday, June 2, a public holiday since "
                               "Madaraka Day falls on a Sunday this year. Gates at the stadium will open at 6am.",
                               Day(2025, 5, 30)))
    assert found["6am"] == "2025-06-01T06:00"


def test_a_day_counted_from_does_not_hide_the_day_ahead(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("In three days, the moon will slide in front of the sun. It will be the first total "
                               "eclipse to cross the country since June 8, 1918. The shadow first touches land near "
                               "Lincoln Beach, Oregon, at 10:16 a.m. PDT.", Day(2017, 8, 18)))
    assert found["10:16 a.m. PDT"] == "2017-08-21T10:16"
