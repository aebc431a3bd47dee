"""User corrections outlive re-import and re-extraction; deletion keeps what the user made."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline_app.core import Day, Event, Granularity, TimeSpan
from timeline_app.storage import Store

from .factories import make_article, make_event


def _span(value: str) -> TimeSpan:
    span = TimeSpan.from_value(value)
    assert span is not None
    return span


def _corrected_store(store: Store) -> tuple[Event, Event]:
    article = make_article(1)
    kept, other = make_event(article, 0, "2022-03"), make_event(article, 20, "2022-03-14")
    store.import_article(article, [kept, other])
    store.correct_event(kept.id, title="Sullivan meets Yang", when=_span("2022-03-14"), type="MEET")
    return kept, other


def test_a_correction_shows_everywhere(store: Store) -> None:
    kept, other = _corrected_store(store)
    shown = store.get_event(kept.id)
    assert shown is not None
    assert (shown.title, shown.when.value, shown.type) == ("Sullivan meets Yang", "2022-03-14", "MEET")
    assert {e.id for e in store.list_events(Day(2022, 3, 14), Day(2022, 3, 14))} == {kept.id, other.id}
    assert store.list_events(Day(2022, 3, 1), Day(2022, 3, 13)) == []  # the extracted month no longer counts
    assert store.bucket_counts(Granularity.DAY) == [(Day(2022, 3, 14), 2)]
    assert [e.id for e in store.search("Yang")] == [kept.id]


def test_corrections_survive_reimport_and_reextraction(store: Store) -> None:
    kept, other = _corrected_store(store)
    article = make_article(1)
    assert store.import_article(article, [kept, other]).already_present

    upgraded = [
        replace(kept, title="new extractor title", when=_span("2022-W11"), type="CONSULT", location="Rome"),
        replace(other, title="better title for the other"),
    ]
    store.reextract_article(article.id, upgraded)

    shown = store.get_event(kept.id)
    assert shown is not None
    assert (shown.title, shown.when.value, shown.type) == ("Sullivan meets Yang", "2022-03-14", "MEET")
    assert shown.location == "Rome"  # untouched fields take the new extraction
    untouched = store.get_event(other.id)
    assert untouched is not None and untouched.title == "better title for the other"


def test_reextraction_drops_stale_events_but_keeps_corrected_ones(store: Store) -> None:
    kept, other = _corrected_store(store)
    article = make_article(1)
    fresh = make_event(article, 40, "2022-03-15")
    result = store.reextract_article(article.id, [fresh])

    assert result.events_added == 1
    ids = {e.id for e in store.list_events()}
    assert ids == {kept.id, fresh.id}
    assert other.id not in ids


def test_reextraction_matches_moved_ids_by_sentence(store: Store) -> None:
    kept, _ = _corrected_store(store)
    renamed = replace(kept, id="new-id-from-new-extractor", title="new title")
    store.reextract_article(make_article(1).id, [renamed])
    ids = {e.id for e in store.list_events()}
    assert ids == {kept.id}
    shown = store.get_event(kept.id)
    assert shown is not None and shown.title == "Sullivan meets Yang"


def test_a_merged_report_never_overwrites_a_corrected_date(store: Store) -> None:
    article = make_article(1)
    event = make_event(article, 0, "2022", actors=["Yang"])
    store.import_article(article, [event])
    store.correct_event(event.id, when=_span("2022-03"))
    second = make_article(2)
    store.import_article(second, [make_event(second, 0, "2022-03-14", actors=["Yang"])])
    shown = store.get_event(event.id)
    assert shown is not None
    assert shown.when.value == "2022-03"  # the report's narrower day only replaces the extracted year
    assert len(shown.sources) == 2
    reverted = store.revert_event(event.id)
    assert reverted.when.value == "2022-03-14"


def test_revert_brings_back_the_extracted_values(store: Store) -> None:
    kept, _ = _corrected_store(store)
    reverted = store.revert_event(kept.id)
    assert (reverted.title, reverted.when.value, reverted.type) == (kept.title, "2022-03", kept.type)


def test_correcting_a_missing_event_is_an_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.correct_event("nope", title="x")


def test_deleting_an_article_keeps_shared_and_user_created_events(store: Store) -> None:
    first, second = make_article(1), make_article(2)
    shared = make_event(first, 0, actors=["Yang"], location="Rome")
    only_first = make_event(first, 20, "2021-10", actors=["Blinken"])
    store.import_article(first, [shared, only_first])
    store.import_article(second, [make_event(second, 0, actors=["Yang"], location="Rome")])
    mine = store.add_event(make_event(first, 40, "2022-01", title="my own note-worthy event"))
    store.correct_event(only_first.id, title="corrected, but its only source goes")

    store.delete_article(first.id)

    assert not store.has_article(first.id)
    events = {e.id: e for e in store.list_events()}
    assert set(events) == {shared.id, mine.id}
    assert [s.article_id for s in events[shared.id].sources] == [second.id]
    assert events[mine.id].user_created and events[mine.id].sources == []
    store.delete_article(second.id)
    assert [e.id for e in store.list_events()] == [mine.id]


def test_an_event_says_whether_the_user_corrected_it(store: Store) -> None:
    kept, other = _corrected_store(store)
    assert [(e.id, e.corrected) for e in store.list_events()] == [(kept.id, True), (other.id, False)]
    assert store.revert_event(kept.id).corrected is False
    fetched = store.get_event(kept.id)
    assert fetched is not None and fetched.corrected is False


def test_several_articles_go_in_one_transaction(store: Store) -> None:
    first, second, third = make_article(1), make_article(2), make_article(3)
    for article in (first, second, third):
        store.import_article(article, [make_event(article, 0, "2022-03-14")])
    store.delete_articles([first.id, third.id])
    assert [a.id for a in store.list_articles()] == [second.id]
    assert len(store.list_events()) == 1
