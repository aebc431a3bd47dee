"""One happening told twice within one sentence or under one headline: the event noun and its
verb ("A powerful earthquake hit Aceh": "earthquake" and "hit"), or two mentions that read as the
same headline on the same day. Neither pair need share a named actor, which ``same_event`` asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.merge import fold, merge_into
from timeline_app.extraction.events.lexicon import GENERIC

if TYPE_CHECKING:
    from timeline_app.core.model import Event
    from timeline_app.extraction.events.mentions import Mention

# An event noun in these roles names the happening its verb tells ("the quake struck", "a storm
# that hit", "carried out the attack").
_ARGUMENT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


# Natural forces, by the word a report may use for each.
_FORCES = {"earthquake": "quake", "quake": "quake", "tremor": "quake", "temblor": "quake",
           "storm": "storm", "hurricane": "storm", "typhoon": "storm", "cyclone": "storm", "tornado": "tornado",
           "tsunami": "tsunami", "flood": "flood", "floods": "flood", "flooding": "flood", "wildfire": "fire",
           "eruption": "eruption", "avalanche": "avalanche", "landslide": "landslide", "mudslide": "landslide"}


_LIGHT_VERBS = frozenset({"happen", "occur", "unfold", "take"})
_POINTER_NOUNS = frozenset({"incident", "incidents", "attack", "shooting", "accident", "event", "explosion", "blast",
                            "crash", "fire", "clash", "clashes", "it"})
_TOLL_VERBS = frozenset({"injure", "kill", "wound", "hurt", "damage", "destroy", "flatten"})


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
    if a.factuality != b.factuality or not a.when.overlaps(b.when):
        return False
    linked = frozenset((a.id, b.id)) in links
    if a.type != b.type and not (linked and GENERIC in (a.type, b.type)):
        return False  # "The talks collapsed": the talks' kind and a verb of no kind of its own are one happening
    return linked or _letters(a.title) == _letters(b.title) or _one_force(a, b)


def same_toll(a: Event, b: Event, lemmas: dict[str, str]) -> bool:
    """The toll of one day told again ("Dozens of people injured", "At least five people injured"):
    the same harm verb, nobody named as its doer, one day, places not contradicting each other."""
    word = lemmas.get(a.id)
    if word not in _TOLL_VERBS or word != lemmas.get(b.id) or a.actors or b.actors:
        return False
    if a.type != b.type or a.factuality != b.factuality or a.when.start != b.when.start or a.when.days > 1:
        return False
    return not (a.location and b.location and fold(a.location) != fold(b.location))


def _one_force(a: Event, b: Event) -> bool:
    """Two reports of one day's earthquake (or storm...) as the subject of their titles: "6.1-magnitude
    earthquake kills child", "Quake hits Indonesian province". A natural force strikes once a day;
    people ("Police arrest ...", "Police evacuate ...") act many times, so they never merge this way."""
    if a.when.start != b.when.start or a.when.days > 1 or b.when.days > 1:
        return False
    force = _force(a)
    return force is not None and force == _force(b)


def _force(event: Event) -> str | None:
    for word in fold(event.title).replace("-", " ").split()[:5]:
        if word in _FORCES:
            return _FORCES[word]
    return None


def _letters(title: str) -> str:
    """A title's letters and digits only: "6. 1-magnitude" and "61-magnitude" read alike."""
    return "".join(c for c in fold(title) if c.isalnum())


def fold_light_mentions(events: list[Event], lemmas: dict[str, str]) -> list[Event]:
    """"The incident happened yesterday": a light verb whose subject only points back at a happening
    the article tells ("incident", "attack", "shooting") is one more source of that day's event."""
    kept: list[Event] = []
    for event in events:
        host = next((e for e in events if e is not event and _hosts(e, event, lemmas)), None) \
            if _light_pointer(event, lemmas) else None
        if host is None:
            kept.append(event)
        else:
            actors = list(host.actors)
            merge_into(host, event)
            host.actors = actors  # "the incident" is no actor of the rescue
    return kept


def _light_pointer(event: Event, lemmas: dict[str, str]) -> bool:
    return lemmas.get(event.id) in _LIGHT_VERBS and len(event.actors) == 1 and (
        event.actors[0].split()[-1].lower() in _POINTER_NOUNS)


def _hosts(host: Event, light: Event, lemmas: dict[str, str]) -> bool:
    return (not _light_pointer(host, lemmas) and host.factuality == light.factuality
            and host.when.start == light.when.start and host.when.days <= 1)
