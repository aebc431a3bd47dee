"""Deciding when two event records describe one real-world event.

Used within an article (the lede and the body report the same meeting) and
across articles (five reports of one summit become one event, five sources).
"""

from __future__ import annotations

from timeline_app.core.model import Event


def _names(event: Event) -> set[str]:
    """Lower-cased actor names and their last words ("Jake Sullivan" -> "sullivan")."""
    names: set[str] = set()
    for actor in event.actors:
        lowered = actor.lower()
        names.add(lowered)
        names.add(lowered.split()[-1] if lowered.split() else lowered)
    return names


def same_event(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` overlap in time, share a type and share an
    actor or a place: then they are one event with the sources of both."""
    if a.type != b.type or not a.when.overlaps(b.when):
        return False
    if a.factuality != b.factuality:
        return False
    shared_actor = bool(_names(a) & _names(b))
    shared_place = a.location is not None and a.location == b.location
    return shared_actor or shared_place


def merge_into(target: Event, other: Event) -> Event:
    """Add ``other``'s sources (and any missing details) to ``target``.

    The narrower date wins, because a second report often pins the day.
    """
    known = {(s.article_id, s.start, s.end) for s in target.sources}
    for source in other.sources:
        if (source.article_id, source.start, source.end) not in known:
            target.sources.append(source)
    for actor in other.actors:
        if actor not in target.actors:
            target.actors.append(actor)
    if target.location is None:
        target.location = other.location
    if other.when.days < target.when.days:
        target.when = other.when
    target.confidence = max(target.confidence, other.confidence)
    return target
