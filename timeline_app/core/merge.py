"""Deciding when two event records describe one real-world event.

Used within an article (the lede and the body report the same meeting) and
across articles (five reports of one summit become one event, five sources).
Two records are one event when they are of the same kind, their dates agree,
their places do not contradict each other, and they share an actor or the place.
"""

from __future__ import annotations

import unicodedata

from timeline_app.core.model import Event, Factuality
from timeline_app.core.timespan import Anchor, TimeSpan

# An event dated only by its article's date happened on or shortly before it.
INFERRED_SLACK_DAYS = 7
_MAX_CONFIDENCE = 0.98
# "Jr." ends many names and says nothing about who is meant.
_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def fold(name: str) -> str:
    """Case- and accent-insensitive form ("Zürich" == "zurich")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _names(event: Event) -> set[str]:
    """Folded actor names and their last words ("Jake Sullivan" -> "sullivan")."""
    names: set[str] = set()
    for actor in event.actors:
        folded = fold(actor)
        words = [w for w in folded.replace(",", " ").split() if w not in _GENERATIONS] or folded.split()
        names.add(folded)
        if words:
            names.add(words[-1])
    return names


def _dates_agree(a: TimeSpan, b: TimeSpan) -> bool:
    if a.overlaps(b):
        return True
    for inferred, other in ((a, b), (b, a)):
        if inferred.anchor is Anchor.INFERRED and other.anchor is not Anchor.INFERRED:
            lower = inferred.start.plus_days(-INFERRED_SLACK_DAYS)
            if other.start <= inferred.end and other.end >= lower:
                return True
    return False


def _compatible_factuality(a: Factuality, b: Factuality) -> bool:
    return a == b or (Factuality.NEGATED not in (a, b) and Factuality.ASSERTED not in (a, b))


def same_event(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` agree in kind, date and place, and share an actor or
    the place: then they are one event with the sources of both."""
    if a.type != b.type or not _dates_agree(a.when, b.when):
        return False
    if not _compatible_factuality(a.factuality, b.factuality):
        return False
    places = (fold(a.location) if a.location else None, fold(b.location) if b.location else None)
    if None not in places and places[0] != places[1]:
        return False
    shared_actor = bool(_names(a) & _names(b))
    shared_place = places[0] is not None and places[0] == places[1]
    return shared_actor or shared_place


def _better_when(current: TimeSpan, other: TimeSpan) -> bool:
    """A stated date beats an inferred one; among equals the narrower wins."""
    current_inferred = current.anchor is Anchor.INFERRED
    other_inferred = other.anchor is Anchor.INFERRED
    if current_inferred != other_inferred:
        return current_inferred
    return other.days < current.days


def _add_actors(target: Event, other: Event) -> None:
    for actor in other.actors:
        folded = fold(actor)
        same = [a for a in target.actors if fold(a) == folded or fold(a).split()[-1:] == folded.split()[-1:]]
        if not same:
            target.actors.append(actor)
        elif len(actor) > len(same[0]):
            target.actors[target.actors.index(same[0])] = actor


def merge_into(target: Event, other: Event) -> Event:
    """Add ``other``'s sources (and any missing details) to ``target``.

    A stated date beats an inferred one and a narrower one a wider one, because a
    second report often pins the day. Every further sentence adds a little confidence.
    """
    known = {(s.article_id, s.start, s.end, s.trigger_start) for s in target.sources}
    sentences = {(s.article_id, s.start, s.end) for s in target.sources}
    for source in other.sources:
        if (source.article_id, source.start, source.end, source.trigger_start) not in known:
            target.sources.append(source)
    # Confidence grows per further sentence: several words of one sentence are one report.
    added = len({(s.article_id, s.start, s.end) for s in target.sources} - sentences)
    _add_actors(target, other)
    if target.location is None:
        target.location = other.location
    if _better_when(target.when, other.when):
        target.when = other.when
    target.confidence = round(min(_MAX_CONFIDENCE, max(target.confidence, other.confidence) + 0.03 * added), 2)
    return target


def merge_reports(events: list[Event], new_events: list[Event]) -> list[Event]:
    """Add another article's events to ``events`` in place, folding each into
    the first event it is the same as; returns ``events``."""
    for event in new_events:
        target = next((e for e in events if same_event(e, event)), None)
        if target is None:
            events.append(event)
        else:
            merge_into(target, event)
    return events
