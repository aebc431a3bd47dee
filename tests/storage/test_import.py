"""Importing articles: once per content, all or nothing, merging reports of one event."""

from __future__ import annotations

import pytest

from timeline_app.core import Anchor, Article, Day
from timeline_app.storage import Store
from timeline_app.storage.articles import ArticleRepository

from .factories import make_article, make_event


def test_an_article_imported_twice_even_renamed_is_stored_once(store: Store) -> None:
    article = make_article(1)
    first = store.import_article(article, [make_event(article, 0)])
    renamed = Article("  " + article.text.replace(" ", "\n  ", 3), title="Another name", source="copy.html")
    second = store.import_article(renamed, [make_event(renamed, 0)])

    assert (first.already_present, first.events_added) == (False, 1)
    assert (second.already_present, second.events_added, second.events_merged) == (True, 0, 0)
    assert second.article_id == article.id
    assert [a.title for a in store.list_articles()] == ["Report 1"]
    assert len(store.list_events()) == 1


def test_a_failing_article_is_rolled_back_and_the_others_are_stored(store: Store) -> None:
    """The 50th article raises inside the import, after its row and first events
    were written: the transaction must leave nothing of it behind."""
    articles = [make_article(n) for n in range(100)]
    failures = []
    for number, article in enumerate(articles):
        events = [make_event(article, 0), make_event(article, 20)]
        if number == 49:
            bad = make_event(article, 40)
            bad.sources[0] = bad.sources[0].__class__("no-such-article", "x", 0, 1)
            events.append(bad)
        try:
            store.import_article(article, events)
        except ValueError as error:
            failures.append((number, str(error)))

    assert [n for n, _ in failures] == [49]
    assert "no-such-article" in failures[0][1]
    assert not store.has_article(articles[49].id)
    stored = {a.id for a in store.list_articles()}
    assert stored == {a.id for n, a in enumerate(articles) if n != 49}
    events = store.list_events()
    assert len(events) == 99 * 2
    assert all(s.article_id != articles[49].id for e in events for s in e.sources)


def test_the_repository_raises_inside_its_transaction(store: Store) -> None:
    """Same guarantee one level down: the repository call fails, the store's
    transaction around it rolls everything back."""
    article = make_article(7)
    original = ArticleRepository.import_article

    def explode(self: ArticleRepository, *args: object) -> object:
        original(self, *args)  # type: ignore[arg-type]
        raise RuntimeError("disk on fire")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ArticleRepository, "import_article", explode)
        with pytest.raises(RuntimeError):
            store.import_article(article, [make_event(article, 0)])
    assert not store.has_article(article.id)
    assert store.list_events() == []
    assert store.import_article(article, [make_event(article, 0)]).events_added == 1


def test_reports_of_one_event_become_one_event_with_all_sources(store: Store) -> None:
    first, second = make_article(1), make_article(2)
    store.import_article(first, [make_event(first, 0, "2022-03", actors=["Jake Sullivan"], location="Rome")])
    result = store.import_article(
        second, [make_event(second, 0, "2022-03-14", actors=["Sullivan"], location="Rome")]
    )

    assert (result.events_added, result.events_merged) == (0, 1)
    [event] = store.list_events()
    assert {s.article_id for s in event.sources} == {first.id, second.id}
    assert event.when.value == "2022-03-14"  # the narrower date wins
    assert event.actors == ["Jake Sullivan"]  # "Sullivan" is the same person


def test_reports_merge_on_a_place_written_differently(store: Store) -> None:
    first, second = make_article(1), make_article(2)
    store.import_article(first, [make_event(first, 0, "2021-10", actors=["A"], location="Zürich")])
    result = store.import_article(second, [make_event(second, 0, "2021-10-05", actors=["B"], location="zurich")])
    assert (result.events_added, result.events_merged) == (0, 1)
    [event] = store.list_events()
    assert len(event.sources) == 2


def test_an_inferred_date_merges_with_a_stated_date_a_few_days_earlier(store: Store) -> None:
    """core.merge lets an event dated only by its article's date match a stated
    day shortly before it; the store must offer that stored event as a candidate."""
    first, second = make_article(1), make_article(2)
    stated = make_event(first, 0, "2022-03-10", actors=["Jake Sullivan"])
    store.import_article(first, [stated])
    inferred = make_event(second, 0, "2022-03-14", actors=["Sullivan"])
    inferred.when = inferred.when.with_anchor(Anchor.INFERRED)
    result = store.import_article(second, [inferred])
    assert (result.events_added, result.events_merged) == (0, 1)
    [event] = store.list_events()
    assert event.when.value == "2022-03-10"  # a stated date beats an inferred one


def test_different_events_on_the_same_day_stay_apart(store: Store) -> None:
    article = make_article(1)
    result = store.import_article(article, [
        make_event(article, 0, actors=["Yang"]),
        make_event(article, 20, actors=["Blinken"]),
        make_event(article, 40, actors=["Yang"], type_="THREATEN"),
    ])
    assert (result.events_added, result.events_merged) == (3, 0)
    assert len(store.list_events(Day(2022, 3, 14), Day(2022, 3, 14))) == 3


def test_article_round_trips_through_the_store(store: Store) -> None:
    article = make_article(3, words="Ünïcode — “quotes” and 44 BCE.")
    article.published = Day(-43, 3, 15)
    store.import_article(article, [])
    assert store.get_article(article.id) == article
    assert store.get_article("missing") is None


def test_event_round_trips_through_the_store(store: Store) -> None:
    article = make_article(4)
    event = make_event(article, 0, "-0043-03-15", location="Rome")
    store.import_article(article, [event])
    assert store.get_event(event.id) == event
    assert store.get_event("missing") is None
