"""Offsets of every source on ten EventStoryLine documents point at the right characters."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from timeline_app.core.model import Article
from timeline_app.core.timespan import TimeSpan
from timeline_app.extraction.pipeline import extract_events

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


@pytest.fixture(scope="module")
def documents(model_required: None) -> list[Article]:
    sys.path.insert(0, str(BENCHMARKS))
    from cat_xml import CORPUS, corpus_files, read_cat

    if not CORPUS.exists():
        pytest.skip("../shared/data/events is not present")
    articles = []
    for path in corpus_files()[::25][:10]:
        doc = read_cat(path)
        span = TimeSpan.from_value(doc.dct) if doc.dct else None
        articles.append(Article(text=doc.text, title=doc.title, published=span.start if span else None))
    return articles


def test_every_source_offset_points_at_its_text(documents: list[Article]) -> None:
    checked = 0
    for article in documents:
        for event in extract_events(article):
            for source in event.sources:
                assert source.article_id == article.id
                assert article.text[source.start:source.end] == source.sentence
                assert source.sentence.strip() == source.sentence
                assert source.trigger is not None
                assert article.text[source.trigger_start:source.trigger_end] == source.trigger
                assert source.start <= source.trigger_start and source.trigger_end <= source.end
                if source.time_start is not None:
                    assert source.start <= source.time_start < source.time_end <= source.end
                    assert event.when.anchor.value != "inferred"
                checked += 1
    assert checked >= 20
