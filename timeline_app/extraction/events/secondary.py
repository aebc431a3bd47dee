"""Secondary trigger mentions: further words naming a kept event become further sources of it.

"Four people were killed in an attack on Monday": the timeline shows one event (killed, Monday);
"attack" is a second mention of it and becomes one more ``Source`` of that event, with its own
trigger offsets, never an event of its own (no clutter, no invented date). Only asserted events
that are no statements take them (a statement's clause is what was said; a possible event's clause
is as uncertain as the event). A word joins the event whose trigger it depends on in the parse (or
the sentence's one event), and only when nothing says it happened at another time: not a word the
text dates differently, not the subject matter of a judgement ("charged with murder", "convicted of
arson" happened earlier), not something merely mentioned ("Russia's invasion") or relayed ("reports
that ..."), not what follows "after", "before", "since", "ahead of" or "if". A word of another
sentence (the headline included) repeating a word of an event is one more source of it too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.model import Event, Factuality, Source
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.events.categories import compound_category
from timeline_app.extraction.events.headline import Headline, headline_lemma
from timeline_app.extraction.events.lexicon import (
    HAPPENING_NOUNS,
    OUTCOME_ADJECTIVES,
    STATEMENT,
    STATIVE_VERBS,
    THING_NOUNS,
    verb_category,
)
from timeline_app.extraction.events.mentions import is_relayed
from timeline_app.extraction.events.timing import TimeSource

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from timeline_app.core.model import Article
    from timeline_app.extraction.events.mentions import Mention

# Prepositions that put the noun at another time than the clause, or make it a topic, not a part.
_OTHER_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until", "over", "about",
                                      "against", "despite", "like", "than"})
# "ahead of the meeting", "in the wake of the invasion": another time.
_OTHER_TIME_HEADS = frozenset({"ahead", "prior", "wake", "aftermath", "eve", "run-up", "lead-up", "anniversary"})
# Clauses at another time or in another world: "after he was fired", "if it offered support".
_OTHER_TIME_MARKS = _OTHER_TIME_PREPOSITIONS | {"once", "if", "unless", "whether", "because", "though", "although"}
# "charged with murder", "convicted of arson", "arrested for theft": the subject matter of a
# judgement happened earlier, it is no part of the judging.
_TOPIC_PREPOSITIONS = frozenset({"of", "with", "for"})
JUDGING = frozenset({"charge", "convict", "accuse", "suspect", "arrest", "indict", "try", "sentence", "jail",
                      "guilty", "suspicion", "acquit", "blame", "sue", "prosecute", "plead", "innocent",
                      "admit", "deny", "confess", "book", "detain", "investigate", "investigation", "trial",
                      "count", "responsible", "punish", "fine", "condemn", "criticize"})
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "parataxis", "pcomp", "conj"})
_PATH_LIMIT = 9
# Nouns made from verbs name what happened ("treatment", "confirmation", "disturbance").
_NOMINALISATIONS = ("tion", "sion", "ment", "ance", "ence", "ure")
_NEWS_DAYS = 2


def attach_secondary(events: list[Event], mentions: list[Mention], sentences: set[tuple[int, int]],
                     article: Article) -> None:
    """Add the clause-mates of the events' triggers in ``sentences`` to those events as further sources."""
    hosts = _host_triggers(events)
    parsed = [m for m in mentions if m.parsed]
    if not hosts or not parsed:
        return
    doc = parsed[0].token.doc
    by_token = {m.token.i: m for m in parsed}
    only = _sole_events(events, sentences, doc)
    taken = {s.trigger_start for e in events for s in e.sources}
    for bounds in sorted(sentences):
        span = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
        for token in span if span is not None else ():
            mention = by_token.get(token.i)
            if token.idx in taken or not _clause_mate(token, mention):
                continue
            host = _host(token, hosts, only.get(bounds))
            if host is not None and _same_time(mention, host):
                add_source(host, token, bounds, article)


def attach_secondary_mentions(events: list[Event], mentions: list[Mention], kept: list[Mention],
                              article: Article, headline: Headline | None = None) -> None:
    """Clause-mates of the kept events' triggers (and of the headline's), then words of other
    sentences repeating an event's own trigger word, and their clause-mates; all in place."""
    parsed = [m for m in mentions if m.parsed]
    if not parsed or not events:
        return
    attach_secondary(events, parsed, {m.sentence for m in kept} | {m.sentence for m in parsed if m.headline},
                     article)
    by_word = _trigger_words(events, parsed[0].token.doc)
    hosted = {(s.start, s.end) for e in events for s in e.sources}
    joined = join_repeated_words(events, parsed, by_word, article, headline)
    attach_secondary(events, parsed, joined - hosted, article)


def _trigger_words(events: list[Event], doc: Doc) -> dict[str, list[tuple[int, Event]]]:
    """The words naming each event (its triggers and secondary mentions) by lemma, with their positions."""
    tokens = {t.idx: t for t in doc}
    by_word: dict[str, list[tuple[int, Event]]] = {}
    for event in events:
        for source in event.sources:
            token = tokens.get(source.trigger_start) if source.trigger_start is not None else None
            if token is not None:
                by_word.setdefault(token.lemma_.lower(), []).append((token.idx, event))
    return by_word


def join_repeated_words(events: list[Event], parsed: list[Mention], by_word: dict[str, list[tuple[int, Event]]],
                        article: Article, headline: Headline | None = None) -> set[tuple[int, int]]:
    """A word of another sentence (the headline, a later "the fire was reported at 3:33") that names
    an event by its own trigger word repeats it (the event last named so): one more source of it.
    Returns the sentences that got one."""
    doc = parsed[0].token.doc
    taken = {s.trigger_start for e in events for s in e.sources}
    by_token = {m.token.i: m for m in parsed}
    joined: set[tuple[int, int]] = set()
    sentences = {m.sentence for m in parsed} | ({headline.bounds} if headline is not None else set())
    for bounds in sorted(sentences):
        span = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
        for token in span if span is not None else ():
            mention = by_token.get(token.i)
            if token.idx in taken:
                continue
            lemma = token.lemma_.lower() if _repeats(token, mention) else None
            if lemma is None and headline is not None and headline.title_case and token in headline:
                lemma = headline_lemma(token, headline, by_word)
            if lemma is None:
                continue
            elsewhere = [c for c in by_word.get(lemma, [])
                         if not bounds[0] <= c[0] < bounds[1] and repeatable(c[1], article)]
            host = _nearest_before(elsewhere, token.idx)
            if host is None or _is_source(host, token):
                continue
            if _same_time(mention, host):
                add_source(host, token, bounds, article)
                joined.add(bounds)
    return joined


def repeatable(event: Event, article: Article) -> bool:
    """An event the text dates explicitly before the news ("a tsunami killed 230,000 people in
    2004") is told once with its date; a later bare mention of the word is another occasion."""
    if event.factuality is not Factuality.ASSERTED:
        return False  # "PRC's support to Russia" does not repeat "China has not supported"
    if event.when.anchor is not Anchor.EXPLICIT or article.published is None:
        return True
    return event.when.days <= _NEWS_DAYS and event.when.end >= article.published.plus_days(-1)


def _nearest_before(candidates: list[tuple[int, Event]], at: int) -> Event | None:
    """The event last named by the word before ``at`` (the one a reader has in mind), else the first."""
    before = [c for c in candidates if c[0] < at]
    if before:
        return max(before, key=lambda c: c[0])[1]
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def _clause_mate(token: Token, mention: Mention | None) -> bool:
    """A word of a kept event's clause that names a happening: a trigger, an event noun, a verb of
    action ("went on trial", "gave a standing count"), an outcome ("found guilty", "left dead")."""
    if mention is not None or token.pos_ == "NOUN":
        return _repeats(token, mention)
    if is_relayed(token):
        return False
    if token.pos_ == "VERB":
        return token.lemma_.lower() not in STATIVE_VERBS
    return token.pos_ == "ADJ" and token.lemma_.lower() in OUTCOME_ADJECTIVES


def _repeats(token: Token, mention: Mention | None) -> bool:
    """A word that can repeat an event: an event noun, or a trigger that is no statement; never
    inside a relayed claim ("reports that Russia has asked ...")."""
    if mention is None:
        return event_noun(token) and not is_relayed(token) and not _possessed(token)
    return mention.category != STATEMENT and not mention.relayed


def _is_source(event: Event, token: Token) -> bool:
    return any(s.trigger_start == token.idx for s in event.sources)


def _sole_events(events: list[Event], sentences: set[tuple[int, int]], doc: Doc) -> dict[tuple[int, int], Event]:
    """The event of each sentence that has exactly one in its main time (a trigger on an open path
    to the root: not "since the two met in Zurich", not "if it offered support")."""
    tokens = {t.idx: t for t in doc}
    found: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        for source in event.sources:
            token = tokens.get(source.trigger_start) if source.trigger_start is not None else None
            bounds = (source.start, source.end)
            if token is not None and bounds in sentences and _open_path(token):
                found.setdefault(bounds, [])
                if all(e is not event for e in found[bounds]):
                    found[bounds].append(event)
    return {bounds: hosted[0] for bounds, hosted in found.items() if len(hosted) == 1 and can_host(hosted[0])}


def _host_triggers(events: list[Event]) -> dict[int, Event]:
    """Asserted event per trigger start of its sources (what a planned or possible event's clause
    names besides it is as uncertain as the event: "would face penalties for offering support")."""
    return {s.trigger_start: e for e in events for s in e.sources if s.trigger_start is not None and can_host(e)}


def can_host(event: Event) -> bool:
    return event.factuality is Factuality.ASSERTED and event.type != STATEMENT


def event_noun(token: Token) -> bool:
    """An event noun of the lexicon, a happening ("fire", "chase") or an event verb used as a noun
    ("a punch", "the cut"); a statement noun ("reports that ...") is none."""
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    if compound_category(token) is not None or lemma in HAPPENING_NOUNS:
        return True
    if lemma.endswith(_NOMINALISATIONS) and len(lemma) > 7 and lemma not in THING_NOUNS:
        return True
    return verb_category(lemma) not in (None, STATEMENT)


def _possessed(token: Token) -> bool:
    """"Russia's invasion": a thing mentioned, not a part of the clause; "fell to his death" is one."""
    return any(child.dep_ == "poss" and child.pos_ != "PRON" for child in token.children)


def _host(token: Token, hosts: dict[int, Event], only: Event | None) -> Event | None:
    """The kept event whose trigger ``token`` depends on, through parts of one happening only;
    ``only`` (the sentence's one event in its main time) when the path reaches the root unblocked."""
    if _possessed(token):
        return None  # "Russia's invasion": a thing mentioned, not a part of this clause's event
    current = token
    for _ in range(_PATH_LIMIT):
        head = current.head
        if head.i == current.i:
            return only
        if current.dep_ == "pobj" and other_time_or_topic(head):
            return None
        if other_time_clause(current):
            return None
        if head.idx in hosts:
            return hosts[head.idx]
        current = head
    return None


def _open_path(token: Token) -> bool:
    current = token
    for _ in range(_PATH_LIMIT):
        if current.head.i == current.i:
            return True
        if (current.dep_ == "pobj" and other_time_or_topic(current.head)) or other_time_clause(current):
            return False
        current = current.head
    return False


def other_time_or_topic(preposition: Token) -> bool:
    word = preposition.lower_
    if word in _OTHER_TIME_PREPOSITIONS:
        return True
    head = preposition.head.lemma_.lower()
    return word in _TOPIC_PREPOSITIONS and (head in JUDGING or head in _OTHER_TIME_HEADS)


def other_time_clause(token: Token) -> bool:
    """A clause set at another time: "after he was fired", "before leaving"."""
    if token.dep_ not in _CLAUSES:
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _OTHER_TIME_MARKS for c in token.children)


def _same_time(mention: Mention | None, host: Event) -> bool:
    """A mention the text dates by an expression of its own joins only an event of that day."""
    if mention is None or mention.timing.source is not TimeSource.GOVERNED or mention.timing.span is None:
        return True
    return mention.timing.span.overlaps(host.when)


def add_source(event: Event, token: Token, bounds: tuple[int, int], article: Article) -> None:
    start, end = bounds
    if any(s.trigger_start == token.idx for s in event.sources):
        return
    event.sources.append(Source(
        article_id=article.id, sentence=article.text[start:end], start=start, end=end,
        trigger=token.text, trigger_start=token.idx, trigger_end=token.idx + len(token.text),
    ))
