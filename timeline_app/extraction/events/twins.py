"""One happening told twice within one sentence or under one headline: the event noun and its
verb ("A powerful earthquake hit Aceh": "earthquake" and "hit"), or two mentions that read as the
same headline on the same day. Neither pair need share a named actor, which ``same_event`` asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.merge import fold

if TYPE_CHECKING:
    from timeline_app.core.model import Event
    from timeline_app.extraction.events.mentions import Mention

# An event noun in these roles names the happening its verb tells ("the quake struck", "a storm
# that hit", "carried out the attack").
_ARGUMENT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def clause_links(events: list[Event], mentions: list[Mention]) -> set[frozenset[str]]:
    """Pairs of event ids whose triggers are an event noun and the verb it is an argument of."""
    by_token = {m.token.i: e.id for e, m in zip(events, mentions, strict=True)}
    links: set[frozenset[str]] = set()
    for event, mention in zip(events, mentions, strict=True):
        token = mention.token
        if mention.trigger.is_noun and token.dep_ in _ARGUMENT_ROLES and token.head.i in by_token:
            links.add(frozenset((event.id, by_token[token.head.i])))
    return links


def twin_events(a: Event, b: Event, links: set[frozenset[str]]) -> bool:
    """Whether ``a`` and ``b`` are one happening told twice: of one kind and factuality, on
    overlapping dates, and either linked in one clause or titled alike."""
    if a.type != b.type or a.factuality != b.factuality or not a.when.overlaps(b.when):
        return False
    return frozenset((a.id, b.id)) in links or fold(a.title) == fold(b.title)
