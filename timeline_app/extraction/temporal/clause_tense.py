"""Verb-tense predicates on the verb a date hangs on: whether its clause is an act or a report, told ahead, in
the past, as how things stand now, or in a relative clause. They decide which day a story is at, for the tense
reading (tense.py) and the days clock readings are on (story.py, tagger.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.resolve import FUTURE

if TYPE_CHECKING:
    from spacy.tokens import Token

# Reporting verbs that, with a noun object and no clause, are acts: "claimed victory", "declared a state of
# emergency", "claimed responsibility" happen on the story's day; "claimed that he won" reports.
_ACT_WITH_OBJECT = frozenset({"claim", "declare"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
_PRESENT_PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re"})
PRESENT_OR_MODAL_TAGS = frozenset({"VBZ", "VBP", "MD"})  # a verb told as now or ahead, not in the past
# "had shown", "had been seen": a clause told in the past perfect, looking back from a later time ...
PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+)?(?:been\s+)?\w+(?:ed|en|wn)\b", re.I)
# ... unless it is a plan: "had been due to land at 6.30am" looks ahead
PLAN_IN_PAST_PERFECT = re.compile(r"\bhad\s+been\s+(?:due|scheduled|expected|set|supposed|slated|planned)\b", re.I)


def aux_words(verb: Token) -> set[str]:
    """The auxiliaries of ``verb`` ("will", "has", "was"), lower-cased."""
    return {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}


def is_act_not_report(verb: Token) -> bool:
    """"claimed victory on Wednesday": the date of the claim is the day the story happened."""
    if verb.lemma_ not in _ACT_WITH_OBJECT:
        return False
    children = list(verb.children)
    if any(child.dep_ in _CLAUSE_DEPS for child in children):
        return False
    return any(child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") for child in children)


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "wo"})


def told_ahead(verb: Token | None) -> bool:
    """"will report results on Thursday, Nov. 17", "plans to announce on Monday": a reporting verb told ahead is
    an event the story looks forward to, so its day is one the later clocks ("that day") can be on."""
    if verb is None:
        return False
    aux = aux_words(verb)
    return bool(aux & _FUTURE_AUX) or (verb.tag_ == "VB" and "to" in aux)


def in_relative_clause(verb: Token | None) -> bool:
    """"following negotiations that began on Friday afternoon": a past day that describes a thing is background
    (but "The summit, which opens on Monday, will start at 9 a.m." is the day ahead, and "a climber who fell on
    Friday morning" is the story's own event)."""
    if verb is None or verb.dep_ != "relcl":
        return False
    had = any(child.lower_ == "had" for child in verb.children if child.dep_ == "aux")
    if not had and any(child.lower_ == "who" and child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return False
    return verb.tag_ == "VBD" or had


def told_as_now(verb: Token | None) -> bool:
    """A clause in the present or present perfect ("has imposed a curfew", "are patrolling") tells how things
    stand on the day of writing."""
    while verb is not None and verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head  # "have ordered shops to close at 4 p.m.": an infinitive takes its head's tense
    if verb is None:
        return False
    aux = aux_words(verb)
    if verb.tag_ == "VBN" and aux and aux <= _PRESENT_PERFECT_AUX:
        return True
    if verb.tag_ == "VBG" and aux and aux <= _PRESENT_AUX:
        return True
    return verb.tag_ in ("VBZ", "VBP") and not aux and verb.lemma_ != "be"


def timetable_ahead(verb: Token | None, direction: int) -> bool:
    """"It starts at 10:00" after "will be on Saturday": a simple present told ahead is the event's timetable,
    not how things stand today."""
    return direction == FUTURE and verb is not None and verb.tag_ in ("VBZ", "VBP")


def told_in_the_past(verb: Token | None) -> bool:
    """"Voting was extended until 9pm": a bound told in the past is on the story's day gone by, not ahead."""
    if verb is None:
        return False
    aux = aux_words(verb)
    return (verb.tag_ == "VBD" and not aux) or (verb.tag_ == "VBN" and bool(aux) and aux <= {"was", "were"})


def past_then_ahead(first: Token | None, second: Token | None) -> bool:
    """"was arrested at 9 p.m. and will appear in court on Friday": two clauses, the first told in the past and the
    second ahead, so the day of the second is not the first one's."""
    return first is not None and second is not None and first.i != second.i and told_in_the_past(first) and (
        told_ahead(second))


def told_as_gone_by(verb: Token | None) -> bool:
    """"closed at 6 p.m.", "had stopped voting by 8 p.m.", "closed ..., starting at 7 p.m.": told in the past, or
    hanging on a clause that is."""
    for _ in range(3):
        if verb is None:
            return False
        aux = aux_words(verb)
        if told_in_the_past(verb) or "had" in aux:
            return True
        if verb.tag_ != "VBG" or aux or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_MODAL_AUX = frozenset({"will", "'ll", "shall", "would", "wo", "can", "could", "may", "might", "must", "should"})


def looks_ahead(verb: Token | None) -> bool:
    """"results would come by 6 p.m.", "is to be announced at 9 p.m.": a clause told with a modal or an infinitive."""
    if verb is None:
        return False
    aux = aux_words(verb)
    return bool(aux & _MODAL_AUX) or (verb.tag_ == "VB" and "to" in aux)
