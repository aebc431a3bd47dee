"""Reading the store as the timeline does: windows, bucket counts, search."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core import Day, Granularity, TimeSpan
from timeline_app.storage import Store

from .factories import make_article, make_event

# spans from one day to a millennium, across the BCE/CE boundary
_VALUES = ["2022-03-14", "2022-W10", "2021-10", "2021-Q3", "2021-SU", "2021-WI", "2021", "199X", "19XX",
           "1XXX", "-0043-03-15", "-0043", "-004X", "0000-12-31", "0001-01-01", "1999-12-31", "2000-02-29"]


@pytest.fixture
def filled(store: Store) -> tuple[Store, list[TimeSpan]]:
    """300 events over random TIMEX3 values, one article per 30 events."""
    rng = random.Random(7)
    spans: list[TimeSpan] = []
    for number in range(10):
        article = make_article(number)
        events = []
        for index in range(30):
            value = rng.choice(_VALUES)
            if value == "2022-03-14":
                value = Day.from_number(Day(2022, 3, 14).number + rng.randint(-4000, 4000)).iso()
            events.append(make_event(article, index * 3, value))
            spans.append(events[-1].when)
        store.import_article(article, events)
    return store, spans


_days = st.integers(min_value=Day(-100, 1, 1).number, max_value=Day(2040, 1, 1).number)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=_days, length=st.integers(min_value=0, max_value=40000))
def test_a_window_lists_exactly_the_overlapping_events_in_order(
    filled: tuple[Store, list[TimeSpan]], first: int, length: int
) -> None:
    store, spans = filled
    start, end = Day.from_number(first), Day.from_number(first + length)
    listed = store.list_events(start, end)
    expected = sorted(s.start.number for s in spans if s.start <= end and start <= s.end)
    assert [e.when.start.number for e in listed] == expected
    assert all(e.when.start <= end and start <= e.when.end for e in listed)


def test_limit_and_open_ended_windows(filled: tuple[Store, list[TimeSpan]]) -> None:
    store, spans = filled
    assert len(store.list_events()) == len(spans)
    assert [e.when.start for e in store.list_events(limit=5)] == sorted(s.start for s in spans)[:5]
    cut = Day(2000, 1, 1)
    assert len(store.list_events(start=cut)) == sum(1 for s in spans if s.end >= cut)
    assert len(store.list_events(end=cut)) == sum(1 for s in spans if s.start <= cut)


_FIRST_DAY_OF_BUCKET: dict[Granularity, Callable[[Day], Day]] = {
    Granularity.DAY: lambda d: d,
    Granularity.WEEK: lambda d: d.plus_days(-d.weekday),
    Granularity.MONTH: lambda d: Day(d.year, d.month, 1),
    Granularity.QUARTER: lambda d: Day(d.year, (d.month - 1) // 3 * 3 + 1, 1),
    Granularity.HALF: lambda d: Day(d.year, 1 if d.month <= 6 else 7, 1),
    Granularity.YEAR: lambda d: Day(d.year, 1, 1),
    Granularity.DECADE: lambda d: Day(d.year // 10 * 10, 1, 1),
    Granularity.CENTURY: lambda d: Day(d.year // 100 * 100, 1, 1),
    Granularity.MILLENNIUM: lambda d: Day(d.year // 1000 * 1000, 1, 1),
}


def test_bucket_counts_match_counting_by_hand(filled: tuple[Store, list[TimeSpan]]) -> None:
    store, spans = filled
    for granularity, first_day in _FIRST_DAY_OF_BUCKET.items():
        expected = Counter(first_day(s.start) for s in spans)
        assert store.bucket_counts(granularity) == sorted(expected.items()), granularity


def test_bucket_counts_within_a_range(filled: tuple[Store, list[TimeSpan]]) -> None:
    store, spans = filled
    start, end = Day(-50, 1, 1), Day(1999, 12, 31)
    counts = store.bucket_counts(Granularity.YEAR, start, end)
    assert sum(n for _, n in counts) == sum(1 for s in spans if start <= s.start <= end)
    earliest = min(s.start for s in spans if start <= s.start <= end)
    assert counts[0][0] == Day(earliest.year, 1, 1)
    assert earliest == Day(-49, 1, 1)  # "-004X": the decade 50-41 BC, counted backwards from 41 BC


def test_season_buckets_start_in_december_march_june_september(store: Store) -> None:
    article = make_article(1)
    store.import_article(article, [make_event(article, 0, "2022-01-15"), make_event(article, 3, "2021-12-02"),
                                   make_event(article, 6, "2022-03-01")])
    assert store.bucket_counts(Granularity.SEASON) == [(Day(2021, 12, 1), 2), (Day(2022, 3, 1), 1)]


def test_search_finds_event_titles_and_article_text(store: Store) -> None:
    rome = make_article(1, words="The envoys discussed Ukraine over dinner.")
    other = make_article(2, words="Nothing about that here.")
    store.import_article(rome, [make_event(rome, 0, title="Sullivan and Yang hold talks in Rome")])
    store.import_article(other, [make_event(other, 0, "2021-10", title="Leaders meet in Zurich")])

    assert [e.title for e in store.search("Zurich")] == ["Leaders meet in Zurich"]
    assert [e.title for e in store.search("ukraine dinner")] == ["Sullivan and Yang hold talks in Rome"]
    assert [e.title for e in store.search("talks")] == ["Sullivan and Yang hold talks in Rome"]
    assert store.search("Atlantis") == []
    assert [e.title for e in store.search("meetings")] == ["Leaders meet in Zurich"]  # English stemming


@pytest.mark.parametrize("query", ['"', "AND (", "*", "NEAR(", "  ", "rome OR", "-x", "a:b"])
def test_search_accepts_any_text(store: Store, query: str) -> None:
    article = make_article(1)
    store.import_article(article, [make_event(article, 0, title="Talks in Rome")])
    assert isinstance(store.search(query), list)
