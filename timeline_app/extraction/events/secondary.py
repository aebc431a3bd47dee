"""Secondary trigger mentions: the other words of a kept event's clause that name the same happening.

"Four people were killed in an attack on Monday": the timeline shows one event (killed, Monday);
"attack" is a second mention of it and becomes one more ``Source`` of that event, with its own
trigger offsets, never an event of its own (no clutter, no invented date). A word only joins the
event whose trigger it depends on in the parse, and only when nothing says it happened at another
time: not a word the text dates differently, not the subject matter of a charge or a suspicion
("charged with murder", "suspected of shooting" happened earlier), not something merely mentioned
("Russia's invasion"), not what follows "after", "before" or "since".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.model import Event, Source
from timeline_app.extraction.events.categories import compound_category
from timeline_app.extraction.events.lexicon import HAPPENING_NOUNS, STATEMENT
from timeline_app.extraction.events.timing import TimeSource

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.model import Article
    from timeline_app.extraction.events.mentions import Mention

# Prepositions that put the noun at another time than the clause, or make it a topic, not a part.
_OTHER_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until", "of", "with", "for",
                                      "over", "about", "against", "despite", "like", "than", "to"})
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "parataxis", "pcomp", "conj"})
_PATH_LIMIT = 6


def attach_secondary(events: list[Event], mentions: list[Mention], kept: list[Mention],
                     article: Article) -> None:
    """Add the clause-mates of kept events' triggers to those events as further sources (in place)."""
    hosts = _host_triggers(events)
    if not hosts:
        return
    kept_tokens = {m.token.i for m in kept}
    by_token = {m.token.i: m for m in mentions if m.parsed}
    sentences = {m.sentence for m in kept if m.parsed}
    only = _sole_events(events, sentences)
    for bounds in sorted(sentences):
        doc = next(m.token.doc for m in kept if m.sentence == bounds)
        span = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.i in kept_tokens or token.idx in hosts:
                continue
            mention = by_token.get(token.i)
            if (mention is None and not _event_noun(token)) or (mention and mention.category == STATEMENT):
                continue  # not a happening, or a statement about it: an act of its own
            host = _host(token, hosts, only.get(bounds))
            if host is not None and _same_time(mention, host) and not (mention and mention.relayed):
                _add_source(host, token, bounds, article)


def join_headline_words(events: list[Event], mentions: list[Mention], article: Article) -> None:
    """A headline word that names an event of the text by the same word ("charged" in the headline
    and in the body) is one more source of it, and so are its clause-mates; never a new event."""
    headline = [m for m in mentions if m.headline and m.parsed]
    if not headline or not events:
        return
    tokens = {t.idx: t for t in headline[0].token.doc}
    by_word: dict[str, Event] = {}
    for event in events:
        for source in event.sources:
            token = tokens.get(source.trigger_start) if source.trigger_start is not None else None
            if token is not None:
                by_word.setdefault(token.lemma_.lower(), event)
    joined = []
    for mention in headline:
        host = by_word.get(mention.token.lemma_.lower())
        if host is not None and _same_time(mention, host) and not _is_source(host, mention.token):
            _add_source(host, mention.token, mention.sentence, article)
            joined.append(mention)
    if joined:
        attach_secondary(events, headline, joined, article)


def _is_source(event: Event, token: Token) -> bool:
    return any(s.trigger_start == token.idx for s in event.sources)


def _sole_events(events: list[Event], sentences: set[tuple[int, int]]) -> dict[tuple[int, int], Event]:
    """The event of each sentence that has exactly one."""
    found: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        for bounds in {(s.start, s.end) for s in event.sources} & sentences:
            found.setdefault(bounds, []).append(event)
    return {bounds: hosted[0] for bounds, hosted in found.items() if len(hosted) == 1}


def _host_triggers(events: list[Event]) -> dict[int, Event]:
    """Event per trigger start of its own (primary) sources."""
    return {s.trigger_start: e for e in events for s in e.sources if s.trigger_start is not None}


def _event_noun(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    return compound_category(token) is not None or token.lemma_.lower() in HAPPENING_NOUNS


def _host(token: Token, hosts: dict[int, Event], only: Event | None) -> Event | None:
    """The kept event whose trigger ``token`` depends on, through parts of one happening only;
    ``only`` (the sentence's one event) when the path reaches the root unblocked."""
    if any(child.dep_ == "poss" for child in token.children):
        return None  # "Russia's invasion": a thing mentioned, not a part of this clause's event
    current = token
    for _ in range(_PATH_LIMIT):
        head = current.head
        if head.i == current.i:
            return only
        if current.dep_ == "pobj" and head.lower_ in _OTHER_TIME_PREPOSITIONS:
            return None
        if _other_time_clause(current):
            return None
        if head.idx in hosts:
            return hosts[head.idx]
        current = head
    return None


def _other_time_clause(token: Token) -> bool:
    """A clause set at another time: "after he was fired", "before leaving"."""
    if token.dep_ not in _CLAUSES:
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _OTHER_TIME_PREPOSITIONS for c in token.children)


def _same_time(mention: Mention | None, host: Event) -> bool:
    """A mention the text dates by an expression of its own joins only an event of that day."""
    if mention is None or mention.timing.source is not TimeSource.GOVERNED or mention.timing.span is None:
        return True
    return mention.timing.span.overlaps(host.when)


def _add_source(event: Event, token: Token, bounds: tuple[int, int], article: Article) -> None:
    start, end = bounds
    if any(s.trigger_start == token.idx for s in event.sources):
        return
    event.sources.append(Source(
        article_id=article.id, sentence=article.text[start:end], start=start, end=end,
        trigger=token.text, trigger_start=token.idx, trigger_end=token.idx + len(token.text),
    ))
