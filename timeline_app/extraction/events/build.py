"""From mentions to timeline events: which mentions a careful reader keeps, and one event
per real-world event (the lede and the body reporting one meeting become one event)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.merge import merge_into, same_event
from timeline_app.core.model import Event, Factuality, Source, event_id
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.events.headline import find_headline
from timeline_app.extraction.events.judged import join_judged_offences
from timeline_app.extraction.events.lede import join_headline_to_lede
from timeline_app.extraction.events.lexicon import GENERIC, STATEMENT
from timeline_app.extraction.events.same_word import same_word_event
from timeline_app.extraction.events.secondary import attach_secondary_mentions
from timeline_app.extraction.events.subordinate import told_as_fact
from timeline_app.extraction.events.timing import TimeSource
from timeline_app.extraction.events.twins import clause_links, fold_light_mentions, same_toll, twin_events

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from timeline_app.core.model import Article
    from timeline_app.extraction.events.mentions import Mention

_STATED = frozenset({TimeSource.GOVERNED, TimeSource.SENTENCE})
# Speech acts: on a timeline only when the text says when they were made.
VERBAL = frozenset({STATEMENT, "DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"})
_LIGHT_VERBS = frozenset({"happen", "occur", "begin", "start", "continue", "end", "result", "unfold", "ensue"})
_BASE_CONFIDENCE = {
    TimeSource.GOVERNED: 0.85, TimeSource.SENTENCE: 0.65, TimeSource.REFERENCE: 0.45,
    TimeSource.DOCUMENT: 0.4, TimeSource.NONE: 0.2,
}


def keep(mention: Mention) -> bool:
    """Whether ``mention`` belongs on a timeline.

    Dated by the expression its trigger governs: kept (a statement that merely
    frames a kept event, "..., officials said", is dropped later). Dated by another
    expression of its sentence that no other trigger governs: kept when it has participants.
    Undated and asserted: only actions named by a verb (no speech acts, no mere mentions by
    a noun: no clutter from every "said", no invented dates), in a main clause, or in a clause
    the text tells as a fact of the same story (see ``told_as_fact``) with a participant. Undated
    but planned, possible or negated: kept, flagged, when a named actor is involved and the text
    does not merely relay "reports that ...".
    """
    if mention.timing.span is None or (mention.trigger.is_noun and mention.timing.source not in _STATED):
        return False
    if mention.timing.source is TimeSource.GOVERNED:
        return True
    if _light(mention):
        return False
    if mention.timing.source is TimeSource.SENTENCE:
        participants = bool(mention.args.actors or mention.args.targets) or not mention.parsed
        return mention.category != STATEMENT and participants and not mention.relayed
    if mention.factuality is not Factuality.ASSERTED:
        participants = mention.args.named or bool(mention.args.targets)
        kind_ok = mention.category != STATEMENT and (mention.category != GENERIC or mention.args.named)
        return kind_ok and participants and not mention.relayed and _stated_modality(mention.token)
    if mention.category in VERBAL:
        return False
    if mention.main:
        return True
    participants = bool(mention.args.actors or mention.args.targets)
    return participants and not mention.relayed and told_as_fact(mention.token)


def _light(mention: Mention) -> bool:
    """"The incident happened", "the protesters began": a verb that only says something took place,
    of a subject no name identifies, without a date of its own, adds nothing the timeline can show."""
    return (mention.category == GENERIC and mention.token.lemma_.lower() in _LIGHT_VERBS
            and not mention.args.named and not mention.args.targets)


def _stated_modality(token: Token) -> bool:
    """The clause itself (or the verb whose "-ing"/"to" complement it is) says "would", "could",
    "will" or "not": "would face", "could include withdrawing"; not a mere "urged X to stop"."""
    for _ in range(2):
        if any(c.dep_ in ("aux", "neg") and c.lower_ != "to" for c in token.children):
            return True
        if token.dep_ != "xcomp" or token.tag_ != "VBG":
            return False
        token = token.head
    return False


def confidence(mention: Mention) -> float:
    """How sure we are of the event and its date."""
    value = _BASE_CONFIDENCE[mention.timing.source]
    if mention.category == GENERIC:
        value -= 0.1
    if not mention.args.actors:
        value -= 0.15 if mention.parsed else 0.25
    if mention.factuality is not Factuality.ASSERTED:
        value -= 0.1
    return round(min(0.95, max(0.05, value)), 2)


def to_source(mention: Mention, article: Article) -> Source:
    start, end = mention.sentence
    expr = mention.timing.expression if mention.timing.source in (TimeSource.GOVERNED, TimeSource.SENTENCE) else None
    token = mention.token
    return Source(
        article_id=article.id,
        sentence=article.text[start:end],
        start=start,
        end=end,
        time_start=expr.start if expr else None,
        time_end=expr.end if expr else None,
        trigger=token.text,
        trigger_start=token.idx,
        trigger_end=token.idx + len(token.text),
    )


def to_event(mention: Mention, article: Article) -> Event:
    when = mention.timing.span
    assert when is not None
    if mention.timing.source in (TimeSource.REFERENCE, TimeSource.DOCUMENT) and when.anchor is not Anchor.INFERRED:
        when = when.with_anchor(Anchor.INFERRED)
    token = mention.token
    return Event(
        id=event_id(article.id, token.idx, token.idx + len(token.text)),
        title=mention.title,
        when=when,
        type=mention.category,
        actors=list(mention.args.actors),
        location=mention.args.location,
        confidence=confidence(mention),
        sources=[to_source(mention, article)],
        factuality=mention.factuality,
    )


def merge_within(events: list[Event], lemmas: dict[str, str] | None = None,
                 links: set[frozenset[str]] | None = None) -> list[Event]:
    """One event per real-world event, in order of first mention (``lemmas``: each event's word,
    by event id, so that one happening told twice by the same word is one event; ``links``: pairs
    of ids told by an event noun and its verb, see ``twin_events``)."""
    words = lemmas or {}
    pairs = links or set()
    merged = _merge_pass(events, lambda a, b: same_event(a, b) or same_word_event(a, b, words)
                         or twin_events(a, b, pairs) or same_toll(a, b, words))
    # A merge can pin an event's day ("fell" takes "on Saturday" of "climbing"): then it may be
    # the one told earlier by the same word ("has fallen to his death"); one more pass finds those.
    return _merge_pass(merged, lambda a, b: same_word_event(a, b, words))


def _merge_pass(events: list[Event], same: Callable[[Event, Event], bool]) -> list[Event]:
    merged: list[Event] = []
    for event in events:
        target = next((e for e in merged if same(e, event)), None)
        if target is None:
            merged.append(event)
        else:
            inferred_title = target.when.anchor is Anchor.INFERRED and event.when.anchor is not Anchor.INFERRED
            headline = is_sentence_title(target) and not is_sentence_title(event)
            merge_into(target, event)
            if headline or (inferred_title and len(event.title) > len(target.title)
                            and is_sentence_title(event) <= is_sentence_title(target)):
                target.title = event.title
    return merged


def is_sentence_title(event: Event) -> bool:
    """The title is the start of its sentence (no headline could be made): any headline reads better."""
    words = event.title.rstrip("\u2026").split()
    sentence = " ".join(event.sources[0].sentence.split()) if event.sources else ""
    return len(words) > 3 and sentence.startswith(" ".join(words))


def events_of(mentions: list[Mention], article: Article) -> list[Event]:
    """The timeline events of one article."""
    kept = [m for m in mentions if keep(m) and not m.headline]
    framed = {m.token.i for m in kept if m.factuality is Factuality.ASSERTED}
    kept = [m for m in kept if not framed.intersection(m.embedded)]
    events = [to_event(m, article) for m in kept]
    lemmas = {e.id: m.token.lemma_.lower() for e, m in zip(events, kept, strict=True)}
    events = fold_light_mentions(merge_within(events, lemmas, clause_links(events, kept)), lemmas)
    for mention in (m for m in mentions if m.headline and m.timing.span is not None):
        _join_headline(events, to_event(mention, article))
    parsed = [m for m in mentions if m.parsed]
    headline = find_headline(parsed[0].token.doc, article.title) if parsed else None
    attach_secondary_mentions(events, mentions, kept, article, headline)
    join_headline_to_lede(events, mentions, article, headline)
    join_judged_offences(events, mentions, article)
    # Joins above can make two events read alike ("Strong earthquake strikes ..."): one more pass.
    return _merge_pass(events, lambda a, b: twin_events(a, b, set()))


def _join_headline(events: list[Event], headline: Event) -> None:
    """A headline repeats an event of the text: it becomes one more source, never an event."""
    target = next((e for e in events if same_event(e, headline)), None)
    if target is not None:
        merge_into(target, headline)

