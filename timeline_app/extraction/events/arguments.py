"""Who did it, to whom, and where: arguments of a trigger from the dependency parse and entities."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from timeline_app.extraction.events.names import (
    ACTOR_LABELS,
    PLACE_LABELS,
    NameBook,
    canonical_actor,
    canonical_place,
    clean,
)
from timeline_app.extraction.temporal.lexicon import TIME_ZONES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "csubj"})
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
_PARTNER_PREPS = frozenset({"with", "between", "among"})
_TARGET_PREPS = frozenset({"against", "to", "on", "at", "toward", "towards", "into", "from"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
# Clauses and modifiers that belong to another predicate.
_OTHER_CLAUSE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "appos_clause"})
_GROUP_WORDS = frozenset({"two", "both", "pair", "sides", "leaders", "men", "women"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_SPEAKER_PRONOUNS = _PERSONAL | {"it", "they", "we", "i"}
_CLOCK = re.compile(r"^(?:(?:about|around|at|by|after|before|until)\s+)?\d{1,2}(?:[:.]\s?\d\d)?\s*"
                    r"(?:a\.?\s?m\.?|p\.?\s?m\.?)(?:\s+|$)", re.I)
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
_TIME_NOUNS = frozenset({"time", "day", "night", "morning", "afternoon", "evening", "hour", "minute", "week",
                         "month", "year", "moment", "period", "while", "weekend", "season", "decade", "lifetime"})
# Verbs whose object takes part as much as the subject ("Sullivan met Yang"); "police shot Gray" and
# "the navy captured three boats" have a victim, not a partner, whatever their category.
_MUTUAL_VERBS = frozenset({"meet", "fight", "battle", "clash", "talk", "negotiate", "confer", "consult", "agree",
                           "sign", "cooperate", "collaborate", "partner", "ally", "engage", "wrestle", "spar",
                           "debate", "discuss", "hold", "join", "host", "visit", "receive", "welcome", "reach",
                           "conclude", "play", "face", "embrace", "exchange", "shake", "settle", "mediate"})
_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "gunman", "suspect", "resident",
                           "native", "mother", "father", "student", "driver", "climber", "tourist", "couple"})
_VISIT_VERBS = frozenset({"visit", "tour", "reach", "enter", "leave", "host"})
# Verbs whose subject does not do what their complement says ("consequences could include withdrawing").
_NO_CONTROL = frozenset({"include", "mean", "involve", "require", "entail", "risk"})


@dataclass
class Arguments:
    """Actors (the ones who act, partners included), targets and the place of one trigger."""

    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    location: str | None = None
    named: bool = False


@dataclass
class _Finder:
    book: NameBook
    persons_before: list[tuple[int, str]]
    all_ents: list[Span]

    def entities(self, head: Token) -> list[str]:
        """Actors named in the phrase headed by ``head`` (people first, their titles dropped)."""
        ents = [e for e in self.all_ents if e.label_ in ACTOR_LABELS and _inside_phrase(e, head)
                and e.text.strip("() ") not in TIME_ZONES]  # "1052 GMT (1852 HKT)" of a dateline
        if head.lemma_.lower() in _PERSON_NOUNS and all(e.root.i != head.i for e in ents):
            ents = []  # "a Michigan man": the man acts, not Michigan (``common`` names him)
        people = [e for e in ents if e.label_ == "PERSON"]
        chosen = people or [e for e in ents if e.label_ != "NORP"]
        names = [canonical_actor(e, self.book) for e in chosen]
        if not names:
            norp = [e for e in ents if e.label_ == "NORP"]
            if norp and head.pos_ == "NOUN":
                names = [f"{clean(norp[0].text)} {head.text}"]
        if not names and head.lower_ in _GROUP_WORDS | _PERSONAL:
            names = self.antecedents(head)
        return _unique(names)

    def common(self, head: Token) -> list[str]:
        """A subject named by a common noun ("police", "a powerful earthquake"); never a time
        ("about 10am", "a short time") that the parse took for one."""
        if head.pos_ != "NOUN" or head.ent_type_ in _NOT_ACTOR_ENTS or head.lemma_.lower() in _TIME_NOUNS:
            return []
        if any(t.tag_ == "VBD" for t in head.lefts):
            return []  # a misparse that puts a verb in the name ("26-year-old fired 11 shots")
        from timeline_app.extraction.events.titles import phrase

        times = {t.lower_ for t in head.subtree if t.ent_type_ in ("DATE", "TIME")}
        words = " ".join(w for w in _CLOCK.sub("", phrase(head, dateless=True)).split() if w.lower() not in times)
        return [words] if words else []

    def antecedents(self, word: Token) -> list[str]:
        """"the two" -> the last two people named before; "he" -> the last one."""
        earlier = [name for start, name in self.persons_before if start < word.idx]
        recent: list[str] = []
        for name in reversed(earlier):
            if name not in recent:
                recent.append(name)
        wanted = 1 if word.lower_ in _PERSONAL else 2
        return list(reversed(recent[:wanted])) if len(recent) >= wanted else []


def _inside_phrase(ent: Span, head: Token) -> bool:
    """The entity lies in ``head``'s phrase, not in a clause hanging from it."""
    if not (head.left_edge.i <= ent.root.i <= head.right_edge.i):
        return False
    token = ent.root
    while token.i != head.i:
        if token.dep_ in _OTHER_CLAUSE or (token.dep_ == "prep" and token.head.i == head.i
                                           and token.lower_ not in ("of",)):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen


def _conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.conjuncts if c.pos_ in ("PROPN", "NOUN", "PRON", "NUM")]]


def subject_heads(trigger: Token) -> list[Token]:
    """Subjects of the trigger, its passive agent, or those it inherits (control, conjunction)."""
    heads = [c for c in trigger.children if c.dep_ in _SUBJECTS]
    agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:
        return agents
    if reduced_passive(trigger):
        return []
    if heads:
        return [h for c in heads for h in _conjuncts(c)]
    governor = trigger.head
    controller = [c for c in governor.children if c.dep_ == "dobj"] if trigger.dep_ == "xcomp" else []
    if controller:
        return controller  # "urged Washington to stop": Washington would stop
    if governor.lemma_ in _NO_CONTROL:
        return []
    if trigger.dep_ in ("conj", "xcomp", "advcl") and governor.i != trigger.i and governor.pos_ in ("VERB", "AUX"):
        return subject_heads(governor)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and governor.pos_ in ("NOUN", "PROPN"):
        return []  # "a man charged in the shooting": the man is charged, the main verb's subject is no agent
    if trigger.dep_ in ("acl", "dobj", "pobj", "attr") and governor.i != trigger.i:
        verb = governor if governor.pos_ in ("VERB", "AUX") else governor.head
        if verb.pos_ in ("VERB", "AUX") and verb.i != trigger.i:
            return [h for c in verb.children if c.dep_ in _SUBJECTS for h in _conjuncts(c)]
    return []


def reduced_passive(verb: Token) -> bool:
    """A participle with a subject and no auxiliary: "with Mr Jenkin arrested shortly afterwards",
    "buildings destroyed after the quake" (the subject is what was done to)."""
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "pcomp" and verb.head.lower_ == "with")
    return participle and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)  # "Lohan rear-ended a truck" is active


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            found.extend(h for p in prep.children if p.dep_ == "pobj" for h in _conjuncts(p))
    return found


def _place(token: Token, ents: list[Span]) -> str | None:
    for obj in _prep_objects(token, _PLACE_PREPS):
        for ent in ents:
            if ent.label_ in PLACE_LABELS and ent.root.i == obj.i:
                return canonical_place(ent)
    return None


def _place_object(trigger: Token, objects: list[Token], ents: list[Span]) -> tuple[Token, str] | None:
    """"visited Zurich": the object of a visit is where it happens, not a participant."""
    if trigger.lemma_.lower() not in _VISIT_VERBS:
        return None
    for obj in objects:
        for ent in ents:
            if ent.label_ in PLACE_LABELS and ent.root.i == obj.i:
                return obj, canonical_place(ent)
    return None


def find_arguments(trigger: Token, book: NameBook, persons_before: list[tuple[int, str]],
                   reciprocal: bool, ents: list[Span]) -> Arguments:
    """Actors, targets and place of ``trigger``; partners ("met with X") join the actors
    of a ``reciprocal`` event."""
    finder = _Finder(book, persons_before, ents)
    subjects = subject_heads(trigger)
    actors = _unique([n for h in subjects for n in finder.entities(h)])
    if not actors and trigger.dep_ == "ccomp" and any(h.lower_ in _SPEAKER_PRONOUNS for h in subjects):
        # "Bukele said on Sunday that he had won": the speaker is the one reported on
        speakers = subject_heads(trigger.head)
        actors = _unique([n for h in speakers for n in finder.entities(h)] or [
            n for h in speakers for n in finder.common(h)])
    named = bool(actors)
    if not actors:
        actors = _unique([n for h in subjects for n in finder.common(h)])
    if trigger.pos_ == "NOUN":
        actors += [n for c in trigger.children if c.dep_ == "poss" for n in finder.entities(c)]
    partners = [n for h in _prep_objects(trigger, _PARTNER_PREPS) for n in finder.entities(h)]
    objects = [h for c in trigger.children if c.dep_ in _OBJECTS | {"nsubjpass"}
               or (c.dep_ == "nsubj" and reduced_passive(trigger)) for h in _conjuncts(c)]
    visited = _place_object(trigger, objects, ents)
    if visited is not None:
        objects = [o for o in objects if o.i != visited[0].i]
    targets = [n for h in objects + _prep_objects(trigger, _TARGET_PREPS) for n in finder.entities(h)]
    patients = [h for c in trigger.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and reduced_passive(trigger))
                for h in _conjuncts(c)]
    if not targets:
        targets = [n for h in patients for n in finder.common(h)]
    if reciprocal and (trigger.pos_ != "VERB" or trigger.lemma_.lower() in _MUTUAL_VERBS):
        actors, targets = _unique(actors + partners + targets), []
    elif reciprocal:
        actors, targets = _unique(actors + partners), _unique(targets)
    else:
        targets = _unique(partners + targets)
    agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    location = (visited[1] if visited else None) or _place(trigger, ents) or next(
        (p for o in objects + agents if (p := _place(o, ents))), None)
    return Arguments(_unique(actors), [t for t in targets if t not in actors], location, named)
