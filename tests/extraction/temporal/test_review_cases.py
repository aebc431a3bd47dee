"""Cases a code review found: crashes, a clock taken for a range end, frames and plans firing too widely."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _values(found: list) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in found]


def test_year_lists_with_a_short_range_do_not_crash(tag: Tagger) -> None:
    assert _values(tag("The club won the league in 2010-11, 2014 and 2017.")) == [
        ("2010-11", "2010"), ("2014", "2014"), ("2017", "2017")]
    assert [e.text for e in tag("from now to 5, 2022.")] == ["now", "2022"]


def test_a_clock_after_a_dash_is_no_range_end(tag: Tagger) -> None:
    assert _values(tag("Monday, March 14 - 15:30 GMT: Russian forces shelled Kyiv.")) == [
        ("Monday, March 14", "2022-03-14"), ("15:30 GMT", "2022-03-14T15:30")]


def test_a_clock_range_across_midnight_ends_the_next_day(tag: Tagger) -> None:
    assert _values(tag("The curfew runs on March 14 from 10pm-2am.")) == [
        ("March 14", "2022-03-14"), ("10pm", "2022-03-14T22:00"), ("2am", "2022-03-15T02:00")]


def test_a_frame_year_stops_at_bounds_other_clauses_and_the_future(parsed_tag: Tagger) -> None:
    cases = [("Since 2014, Russia has occupied Crimea, and on 24 February it invaded the rest of Ukraine.",
              "24 February", "2022-02-24"),
             ("By 2030, emissions must be halved, the minister said in February.", "February", "2022-02"),
             ("In 2019, he was elected president, and he says he will step down in May.", "May", "2022-05")]
    for text, surface, value in cases:
        assert dict(_values(parsed_tag(text)))[surface] == value, text


def test_plan_rules_do_not_fire_on_look_alike_words(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("Support for the strike waned by October.")) == [("October", "2021-10")]
    assert _values(parsed_tag("Protesters gathered next to parliament on Friday.")) == [("Friday", "2022-03-11")]


def test_no_29_february_in_a_common_year(tag: Tagger) -> None:
    found = tag("The games in 2025 will open on 29 February.", Day(2024, 1, 10))
    assert all(e.span is not None for e in found)


def test_seasons_before_and_after_the_story_time(tag: Tagger) -> None:
    found = dict(_values(tag("It rained in January 2021. The previous winter had been dry.")))
    assert found["The previous winter"] == "2019-WI"  # 2020-WI ran from December 2020 into that January
    found = dict(_values(tag("It rained in January 2021. The following spring was wet.")))
    assert found["The following spring"] == "2021-SP"
