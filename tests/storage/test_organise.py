"""Collections of articles, tags and notes on events."""

from __future__ import annotations

import pytest

from timeline_app.storage import Store

from .factories import make_article, make_event


def test_an_article_can_be_in_several_collections(store: Store) -> None:
    first, second = make_article(1), make_article(2)
    store.import_article(first, [])
    store.import_article(second, [])
    store.add_to_collection("US-China", first.id)
    store.add_to_collection("US-China", second.id)
    store.add_to_collection("Diplomacy 2022", first.id)
    store.add_to_collection("Diplomacy 2022", first.id)  # twice is once

    assert store.list_collections() == ["Diplomacy 2022", "US-China"]
    assert [a.id for a in store.collection_articles("US-China")] == [first.id, second.id]
    assert [a.id for a in store.collection_articles("Diplomacy 2022")] == [first.id]

    store.remove_from_collection("US-China", second.id)
    assert [a.id for a in store.collection_articles("US-China")] == [first.id]
    store.delete_article(first.id)
    assert store.collection_articles("US-China") == []
    store.delete_collection("US-China")
    assert store.list_collections() == ["Diplomacy 2022"]
    assert store.has_article(second.id)  # deleting a collection keeps its articles


def test_an_empty_collection_can_be_created(store: Store) -> None:
    store.create_collection("Later")
    store.create_collection("Later")
    assert store.list_collections() == ["Later"]
    assert store.collection_articles("Later") == []


def test_tags_and_notes_stay_with_their_event(store: Store) -> None:
    article = make_article(1)
    talks, other = make_event(article, 0), make_event(article, 3, "2021-10")
    store.import_article(article, [talks, other])
    store.tag_event(talks.id, "rome")
    store.tag_event(talks.id, "follow up")
    store.tag_event(talks.id, "rome")
    store.tag_event(other.id, "follow up")
    note = store.add_note(talks.id, "Check the readout of the White House.")

    assert store.event_tags(talks.id) == ["follow up", "rome"]
    assert [e.id for e in store.events_tagged("follow up")] == [other.id, talks.id]  # by date
    assert [n.text for n in store.event_notes(talks.id)] == ["Check the readout of the White House."]
    assert store.event_notes(talks.id)[0].id == note.id

    store.untag_event(talks.id, "rome")
    store.correct_event(talks.id, title="retitled")  # corrections do not touch annotations
    assert store.event_tags(talks.id) == ["follow up"]
    store.delete_note(note.id)
    assert store.event_notes(talks.id) == []


def test_annotating_a_missing_event_is_an_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.tag_event("missing", "x")
    with pytest.raises(KeyError):
        store.add_note("missing", "x")
    with pytest.raises(KeyError):
        store.add_to_collection("c", "missing-article")
