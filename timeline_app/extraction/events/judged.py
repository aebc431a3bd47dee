"""The offence a judgement names ("charged with murder", "arrested on suspicion of arson",
"convicted of two counts of murder") is no part of the judging, which happened later: it is the
crime the article reports, one more mention of that event (the violent or criminal event last
named before it, else the first one), never an event of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.extraction.events.categories import compound_category
from timeline_app.extraction.events.lexicon import verb_category
from timeline_app.extraction.events.secondary import JUDGING, add_source, can_host

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.model import Article, Event
    from timeline_app.extraction.events.mentions import Mention

_OFFENCES = frozenset({"ASSAULT", "CRIME"})
# Names of offences that are no trigger of our lexicon.
_OFFENCE_NOUNS = frozenset({"arson", "homicide", "manslaughter", "assault", "battery", "rape", "burglary",
                            "kidnapping", "carjacking", "vandalism", "mugging"})
_LINKS = frozenset({"of", "with", "for", "on", "in"})
_PATH_LIMIT = 6


def join_judged_offences(events: list[Event], mentions: list[Mention], article: Article) -> None:
    """Offence nouns under a judgement become further sources of the crime they name."""
    parsed = [m for m in mentions if m.parsed]
    crimes = [(s.trigger_start, e) for e in events if e.type in _OFFENCES and can_host(e)
              for s in e.sources[:1] if s.trigger_start is not None]
    if not parsed or not crimes:
        return
    doc = parsed[0].token.doc
    taken = {s.trigger_start for e in events for s in e.sources}
    for bounds in sorted({m.sentence for m in parsed}):
        span = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
        for token in span if span is not None else ():
            if token.idx in taken or not _judged_offence(token):
                continue
            before = [c for c in crimes if c[0] < token.idx]
            host = max(before, key=lambda c: c[0])[1] if before else min(crimes, key=lambda c: c[0])[1]
            add_source(host, token, bounds, article)


def _judged_offence(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    if compound_category(token) not in _OFFENCES and verb_category(lemma) not in _OFFENCES \
            and lemma not in _OFFENCE_NOUNS:
        return False
    current = token
    for _ in range(_PATH_LIMIT):
        head = current.head
        if head.i == current.i:
            return False
        if head.lemma_.lower() in JUDGING:
            return True
        if not (current.dep_ in ("pobj", "conj", "compound") or (current.dep_ == "prep" and head.lower_ in _LINKS)
                or head.lower_ in _LINKS):
            return False
        current = head
    return False
