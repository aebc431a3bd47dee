"""core.merge: when two records are one event, and what the merged record keeps."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.merge import merge_into, same_event
from timeline_app.core.model import Event, Factuality, Source
from timeline_app.core.timespan import Anchor, TimeSpan


def _event(value: str, actors: list[str], location: str | None = "Rome", kind: str = "CONSULT",
           anchor: Anchor = Anchor.EXPLICIT, article: str = "a", start: int = 0) -> Event:
    when = TimeSpan.from_value(value, anchor=anchor)
    assert when is not None
    source = Source(article, "sentence", start, start + 8, trigger="met", trigger_start=start, trigger_end=start + 3)
    return Event(f"{article}{start}", f"title {article}", when, kind, list(actors), location, 0.6, [source])


def test_same_meeting_reported_twice_is_one_event() -> None:
    assert same_event(_event("2022-03-14", ["Jake Sullivan"]), _event("2022-03-14", ["Sullivan", "Yang"], "rome"))


def test_accents_and_case_do_not_separate_places() -> None:
    assert same_event(_event("2021-10", ["Yang Jiechi"], "Zurich"), _event("2021-10", ["Yang"], "Zürich"))


def test_different_places_days_kinds_or_factuality_stay_apart() -> None:
    base = _event("2022-03-14", ["Jake Sullivan"])
    assert not same_event(base, _event("2022-03-14", ["Jake Sullivan"], "Zurich"))
    assert not same_event(base, _event("2022-04-14", ["Jake Sullivan"]))
    assert not same_event(base, _event("2022-03-14", ["Jake Sullivan"], kind="STATEMENT"))
    planned = _event("2022-03-14", ["Jake Sullivan"])
    planned.factuality = Factuality.PLANNED
    assert not same_event(base, planned)


def test_nothing_shared_is_not_the_same_event() -> None:
    assert not same_event(_event("2022-03-14", ["Jake Sullivan"], None), _event("2022-03-14", ["Macron"], None))


def test_an_article_date_accepts_a_stated_date_of_the_days_before() -> None:
    inferred = _event("2022-03-15", ["Jake Sullivan"], anchor=Anchor.INFERRED)
    assert same_event(inferred, _event("2022-03-14", ["Sullivan"]))
    assert not same_event(inferred, _event("2022-02-14", ["Sullivan"]))


def test_merge_keeps_all_sources_the_stated_date_and_the_fullest_names() -> None:
    target = _event("2022-03-15", ["Sullivan"], None, anchor=Anchor.INFERRED, article="a")
    other = _event("2022-03-14", ["Jake Sullivan", "Yang Jiechi"], "Rome", article="b", start=40)
    merged = merge_into(target, other)
    assert merged is target
    assert [s.article_id for s in merged.sources] == ["a", "b"]
    assert merged.when.value == "2022-03-14" and merged.when.anchor is Anchor.EXPLICIT
    assert merged.actors == ["Jake Sullivan", "Yang Jiechi"] and merged.location == "Rome"
    assert merged.confidence > 0.6
    merge_into(target, other)
    assert len(merged.sources) == 2, "merging the same report twice adds nothing"


def test_narrower_stated_date_wins() -> None:
    month = _event("2022-03", ["Sullivan"])
    merge_into(month, _event("2022-03-14", ["Sullivan"], start=9))
    assert month.when.value == "2022-03-14" and month.when.start == Day(2022, 3, 14)
