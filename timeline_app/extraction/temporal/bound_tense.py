"""Bounds and put-off days: "until Tuesday", "adjourned the case to January 10", "gave him until midnight on
Tuesday". A bound told ahead runs ahead; one told in the past may be either side of the DCT; a day a thing is put
off to lies ahead of the putting off, unless the text goes on to tell what happened on it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.clause_tense import aux_words
from timeline_app.extraction.temporal.resolve import AFTER_REPORT, FUTURE, NEAREST, PAST

if TYPE_CHECKING:
    from spacy.tokens import Token


def until_direction(verb: Token | None, text: str, end: int) -> int:
    """The direction of a day after "until" (or "through") governed by ``verb``, the day ending at ``end``."""
    direction = _until_direction(verb)
    return NEAREST if direction == AFTER_REPORT and _TOLD_AS_DONE_AFTER.match(text, end) else direction


def put_off_to(text: str, start: int) -> bool:
    """"adjourned the case to", "was postponed to": the day at ``start`` is the one a thing is put off to."""
    return _PUT_OFF_TO.search(text, max(0, start - 60), start) is not None


def put_off_direction(text: str, end: int) -> int:
    """"The case was adjourned to Thursday" lies ahead of the adjournment; "adjourned to Tuesday, when he pleaded
    guilty" has come."""
    return NEAREST if _TOLD_AS_DONE_AFTER.match(text, end) else AFTER_REPORT


def _until_direction(verb: Token | None) -> int:
    """"loans through January" and "postponed until Tuesday" run ahead; "had stayed until May" is over; a bound
    told in the simple past ("gave him until noon on Monday", "sales ... through August") may be either side of
    the DCT, so the nearest date wins. "was not confirmed until March" is over."""
    if verb is None:
        return FUTURE
    aux = aux_words(verb)
    if "had" in aux:
        return PAST
    told_in_past = verb.tag_ == "VBD" or bool(aux & {"did", "was", "were"})
    if told_in_past and any(child.dep_ == "neg" for child in verb.children):
        return PAST  # "was not confirmed until March", "did not leave until May": when it finally happened
    if verb.tag_ == "VBD" and verb.lemma_ in _PUT_OFF_VERBS:
        return AFTER_REPORT  # "adjourned the case until Tuesday", "gave him until midnight on Tuesday": a day ahead
    return NEAREST if verb.tag_ == "VBD" else FUTURE


# What happened on the day put off to: ", when he pleaded guilty", " and it closed with 90% acceptance".
_TOLD_AS_DONE_AFTER = re.compile(r"\s*,?\s+(?:when|and)\s+(?:\w+\s+){0,2}?(?:\w+ed|won|went|came|began|fell|rose"
                                 r"|took|made|met|left|saw|gave|held|sent)\b", re.I)
# Verbs that put a thing off to a later day, or give someone time until a day.
_PUT_OFF_VERBS = frozenset({"adjourn", "postpone", "defer", "delay", "reschedule", "give", "extend", "grant", "allow"})
_PUT_OFF_TO = re.compile(r"\b(?:adjourn|postpon|defer|reschedul)\w*\b[^.;!?]{0,40}\bto\s+$", re.I)
