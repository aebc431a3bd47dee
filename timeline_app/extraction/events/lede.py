"""The headline names the news the lede reports: a headline word naming a happening that repeats
no word of the text ("Earthquake Levels Villages", "Navy pins down pirates") is one more mention
of the lede's first event (the first asserted happening of the body, when it is news, not
background dated years before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.extraction.events.headline import Headline, stems
from timeline_app.extraction.events.lexicon import (
    HAPPENING_NOUNS,
    NON_EVENT_VERBS,
    NOUN_CATEGORY,
    OUTCOME_ADJECTIVES,
    STATEMENT,
    VERB_CATEGORY,
    verb_category,
)
from timeline_app.extraction.events.secondary import add_source, can_host, event_noun, repeatable

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.model import Article, Event
    from timeline_app.extraction.events.mentions import Mention


def join_headline_to_lede(events: list[Event], mentions: list[Mention], article: Article,
                          headline: Headline | None) -> None:
    """Headline words naming a happening that are no source yet join the lede's first event."""
    parsed = [m for m in mentions if m.parsed]
    if not parsed or headline is None:
        return
    lede = _lede_event(events, headline.sentence.end_char, article)
    if lede is None:
        return
    by_token = {m.token.i: m for m in parsed}
    taken = {s.trigger_start for e in events for s in e.sources}
    for token in headline.sentence:
        if token.idx not in taken and _names_happening(token, by_token.get(token.i), headline):
            add_source(lede, token, headline.bounds, article)


def _lede_event(events: list[Event], body_start: int, article: Article) -> Event | None:
    body = [(s.trigger_start, e) for e in events for s in e.sources[:1]
            if s.trigger_start is not None and s.trigger_start >= body_start]
    body = [c for c in body if can_host(c[1]) and repeatable(c[1], article)]
    return min(body, key=lambda c: c[0])[1] if body else None


def _names_happening(token: Token, mention: Mention | None, headline: Headline) -> bool:
    if mention is not None:
        return mention.category != STATEMENT and not mention.relayed
    if event_noun(token) or token.lemma_.lower() in OUTCOME_ADJECTIVES:
        return True
    if not headline.title_case or not token.is_alpha or not token.text[0].isupper():
        return False
    pos, lemma = headline.words.get(token.i, ("", ""))
    if pos == "VERB" and lemma not in NON_EVENT_VERBS and verb_category(lemma) != STATEMENT:
        return True  # "Gunman Kills Deputy", "Building Burns Down"
    forms = stems(token.lower_)
    return any((f in VERB_CATEGORY and VERB_CATEGORY[f] != STATEMENT) or f in NOUN_CATEGORY or f in HAPPENING_NOUNS
               or f in OUTCOME_ADJECTIVES for f in forms)
