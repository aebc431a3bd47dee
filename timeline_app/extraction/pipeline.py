"""The extraction facade: an Article in, its timeline events out.

One parse of the text, temporal tagging against the article date, event
building, and one event per real-world event within the article. spaCy loads
lazily, on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.core.model import Article, Event
    from timeline_app.extraction.events import Mention


def _mentions(article: Article) -> list[Mention]:
    from timeline_app.extraction.events import build_mentions
    from timeline_app.extraction.events.parse import parse
    from timeline_app.extraction.nlp import base_pipeline
    from timeline_app.extraction.temporal import tag_doc

    doc = parse(base_pipeline(), article.text)
    expressions = tag_doc(doc, article.published)
    return build_mentions(doc, expressions, article.published, article.title)


def extract_events(article: Article) -> list[Event]:
    """The events of ``article`` (deterministic: same text and date, same events and ids)."""
    from timeline_app.extraction.events import events_of

    if not article.text.strip():
        return []
    return events_of(_mentions(article), article)


def extract_mention_events(article: Article) -> list[Event]:
    """Every dated mention as its own event, nothing chosen or merged (for measurements)."""
    from timeline_app.extraction.events.build import to_event

    if not article.text.strip():
        return []
    return [to_event(m, article) for m in _mentions(article) if m.timing.span is not None]
