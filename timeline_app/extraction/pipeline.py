"""The extraction facade: an Article in, its timeline events out.

One parse of the text, temporal tagging against the article date, event
building, and one event per real-world event within the article. spaCy loads
lazily, on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.core.model import Article, Event


def extract_events(article: Article) -> list[Event]:
    """The events of ``article`` (deterministic: same text and date, same events and ids)."""
    from timeline_app.extraction.events import build_mentions, events_of
    from timeline_app.extraction.events.parse import parse
    from timeline_app.extraction.nlp import base_pipeline
    from timeline_app.extraction.temporal import tag_doc

    if not article.text.strip():
        return []
    doc = parse(base_pipeline(), article.text)
    expressions = tag_doc(doc, article.published)
    mentions = build_mentions(doc, expressions, article.published, article.title)
    return events_of(mentions, article)
