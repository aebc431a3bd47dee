"""A month that owns an event in a noun phrase about a person: "Trump, Biden's rival in November's election, has
said ...". The election describes who Trump is; the verb "has said" does not date it, so the month is the one
nearest the story (a tie, six months either way, goes to the one ahead: an event named so is usually still to come).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_EVENT_AFTER = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:election|elections|vote|poll|polls|referendum|summit"
                          r"|primary|primaries|runoff|run-off|ballot|caucus|caucuses|contest|race)\b", re.I)
_DESCRIBING_DEPS = frozenset({"appos"})


def month_owns_event_in_description(text: str, span: Span | None, start: int, end: int) -> bool:
    """The bare month at ``start:end`` owns an event ("November's election") in a noun phrase that stands beside
    a name (an apposition), with no verb of its own between the month and the name."""
    if _MONTH.fullmatch(text, start, end) is None or _EVENT_AFTER.match(text, end) is None or span is None:
        return False
    token = span.root
    for _ in range(8):
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ in _DESCRIBING_DEPS and token.head.pos_ in ("NOUN", "PROPN"):
            return True
        token = token.head
    return False
