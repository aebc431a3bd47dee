"""Cue words that outweigh the tense of the governing verb when a relative date's direction is read.

"Brent crude for May delivery rose" is the coming May (a futures contract), "scrambled ahead of the winter"
the winter to come, "close to the record set in January" a January over. The verb says when the sentence
happens; these words say on which side of it the date lies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.lexicon import WRITTEN_MONTH
from timeline_app.extraction.temporal.resolve import FUTURE, NEAREST, PAST

if TYPE_CHECKING:
    from spacy.tokens import Token

# A traded month: "for May delivery", "the December contract", "June futures", "for delivery in May".
_CONTRACT_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures|loading|shipments?|options|expiry)\b", re.I)
_CONTRACT_BEFORE = re.compile(r"\b(?:delivery|loading|shipment|arrival)\s+(?:in|for)\s+$", re.I)
_MONTH_ONLY = re.compile(rf"(?:{WRITTEN_MONTH.pattern})")
# "ahead of the northern hemisphere winter", "two months ahead of a Nov. 1 target": what lies ahead of the event.
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+"
                              r"(?:(?:the|a|an|its|their|this|his|her)\s+)?(?:[\w.'-]+\s+){0,3}$", re.I)
# "the record set in January", "a high hit on Tuesday": a mark already reached.
_MARK_REACHED_BEFORE = re.compile(r"\b(?:records?|highs?|lows?|peaks?|troughs?|tops?|bottoms?)\s+"
                                  r"(?:(?:it|they|he|she|we|prices|shares)\s+)?(?:set|reached|hit|posted|touched|recorded|notched|struck"
                                  r"|marked|registered|seen)\s+(?:(?:back|earlier|late|early)\s+)?"
                                  r"(?:in|on|at|during)\s+(?:the\s+)?$", re.I)
_TOLD_IN_PAST = frozenset({"VBD"})
_DAY_PREPOSITIONS = frozenset({"on", "at", "in", "from", "until", "till", "by"})


def contract_month(text: str, start: int, end: int) -> bool:
    """A month named as a futures or delivery month: always the coming one."""
    if _MONTH_ONLY.fullmatch(text, start, end) is None:
        return False
    return _CONTRACT_AFTER.match(text, end) is not None or _CONTRACT_BEFORE.search(
        text, max(0, start - 24), start) is not None


def mark_reached(text: str, start: int) -> bool:
    """"the record set in January": a record, high or low reached at a time gone by."""
    return _MARK_REACHED_BEFORE.search(text, max(0, start - 60), start) is not None


def ahead_of(text: str, start: int, end: int) -> bool:
    """The expression lies in what something happens ahead of ("ahead of Sunday's vote" is read elsewhere)."""
    if text.startswith(("'s", "’s"), end):
        return False
    return _AHEAD_OF_BEFORE.search(text, max(0, start - 60), start) is not None


def cue_direction(text: str, start: int, end: int) -> int | None:
    """FUTURE or PAST when a cue fixes the direction whatever the verb; None when no cue does."""
    if contract_month(text, start, end):
        return FUTURE
    if mark_reached(text, start):
        return PAST
    return None


def ahead_direction(verb: Token | None, lexical: int) -> int:
    """What lies ahead of an event told in the past may be either side of today (NEAREST); ahead of an
    event to come it is to come (FUTURE). ``lexical`` is the blank pipeline's guess when there is no verb."""
    if verb is None:
        return NEAREST if lexical == PAST else FUTURE
    perfect = any(child.dep_ == "aux" and child.lower_ in ("has", "have", "had") for child in verb.children)
    return NEAREST if verb.tag_ in _TOLD_IN_PAST or perfect else FUTURE


def forecast_made(verb: Token, forecast_verbs: frozenset[str]) -> bool:
    """"National Grid forecast demand of 440 mcm on Friday": a forecast told in the past is for a day
    shortly ahead of it, or was made on a day just gone; either way the nearest day (NEAREST)."""
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    passive = any(child.dep_ == "auxpass" for child in verb.children)
    return verb.lemma_ in forecast_verbs and verb.tag_ in ("VBD", "VBN") and not passive and not aux & {"had", "'d"}


def owner_of_reduced_relative(verb: Token) -> Token | None:
    """"will vote on a resolution backing the deal on Wednesday": an -ing form that only describes a noun
    happens in the time of the verb the noun belongs to."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    token = verb.head
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def hangs_on_verb_through_nouns(date_root: Token, verb: Token) -> bool:
    """"marks 250 years since the Declaration of Independence on Saturday": a date hung by the parser on a
    noun of the verb's object still dates the verb, when no other verb and no possessive stands between; but
    "comes at the end of the summer season" names a part of a period, not the day of the verb."""
    if date_root.dep_ != "pobj" or date_root.head.lower_ not in _DAY_PREPOSITIONS:
        return False
    token = date_root
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return False
        if head.i == verb.i:
            return True
        if head.pos_ in ("VERB", "AUX") or any(child.tag_ == "POS" for child in head.children):
            return False
        token = head
    return False
