"""Cues that a day named in a noun phrase lies ahead: what is called for, what is likely, what a thing of that day
is set for, and what must happen before a day.

"Activists have called for a march of millions on Tuesday" and "The forecast calls for clouds on Monday" name the
day of the thing called for, not of the call; "heavy rain likely on Sunday" is a forecast; "Monday's launch is set
for 9 a.m." is a launch to come; "What you need to know before Monday" looks ahead of today.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.clause_tense import aux_words
from timeline_app.extraction.temporal.resolve import AFTER_REPORT, FUTURE, NEAREST, PAST
from timeline_app.extraction.temporal.schedule_tense import starting_on

if TYPE_CHECKING:
    from spacy.tokens import Token

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_STARTS_WITH_WEEKDAY = re.compile(_WEEKDAY)
_NAMES_A_WEEKDAY = re.compile(rf"\b{_WEEKDAY}\b")
# What is called for on a day is an event to come: a rally, a strike, a vote, clouds in a forecast (not "called for a
# ceasefire on Thursday", the day of the call, nor "called for witnesses after a man was stabbed on Saturday").
_CALLED_EVENTS = (r"rally|rallies|march|marches|protests?|demonstrations?|strikes?|walkouts?|boycotts?|vigils?|sit-ins?"
                  r"|shutdowns?|day\s+of\s+action|referendum|votes?|elections?|meeting|talks|summit|clouds|rain|sun"
                  r"|sunshine|showers|snow|storms?")
# "have called for a rally", "calls for clouds", "called a strike for" is read in tense.py.
_CALLED_FOR = re.compile(r"\b(?P<perfect>(?:has|have|'ve|is|are|had)\s+(?:(?:also|now|already|again)\s+)?)?"
                         r"(?P<verb>call(?:s|ed|ing)?)\s+for\s+(?:[\w'-]+\s+){0,3}?(?:" + _CALLED_EVENTS + r")"
                         r"(?:\s+(?!after\b|when\b|as\b)[\w'-]+){0,5}?\s+(?:on\s+|for\s+)?$", re.I)
# "further heavy rain likely on Sunday", "the strongest winds were likely on Friday".
_LIKELY = re.compile(r"\b(?P<was>(?:was|were)\s+(?:\w+\s+)?)?(?:likely|possible|probable|unlikely)\s+"
                     r"(?:on\s+|by\s+|from\s+)?$", re.I)
# "Monday's launch is set for", "Sunday's final is scheduled to start".
_THING_SET_AFTER = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:now\s+|still\s+)?"
                              r"(?:set|scheduled|slated|planned|due|expected)\b", re.I)
_BEFORE = re.compile(r"\bbefore\s+(?:(?:midnight|noon|midday|dawn|sunset)\s+)?(?:on\s+)?$", re.I)
# "subject to approval at the annual general meeting on May 24": a condition yet to be met, on the nearest such day.
_PENDING = re.compile(r"\bsubject\s+to\s+[^.;!?]{0,60}?\b(?:on|at|in|by)\s+$"
                      r"|\b(?:annual|general|shareholders['\u2019]?|extraordinary)\s+meeting\s+(?:on|in)\s+$", re.I)
_PAST_AUX = frozenset({"had", "was", "were", "did"})
_HAD = re.compile(r"\bhad\b", re.I)
# A clause told as done before the meeting's day: "approved the plan at", "held its annual general meeting on".
_TOLD_DONE = re.compile(r"\b(?:approved|held|voted|rejected|adopted|backed|passed|completed|was\s+(?:approved|"
                        r"held|completed)|were\s+(?:approved|held))\b", re.I)
_SENTENCE_OPENING = re.compile(r"[.!?\n]\s+")


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (at most 300 characters back)."""
    return max((m.end() for m in _SENTENCE_OPENING.finditer(text, max(0, start - 300), start)),
               default=max(0, start - 300))


def ahead_cue(text: str, start: int, end: int) -> int | None:
    """The direction the words around a day give it whatever the verb, or None."""
    pending = _PENDING.search(text, max(0, start - 80), start)
    if pending is not None and not _TOLD_DONE.search(text, _sentence_start(text, start), start):
        return NEAREST  # (but "approved the plan at the annual general meeting in April" is gone by)
    if (starting := starting_on(text, start)) is not None:
        return starting  # "a strike starting at 6am on Friday", "courses starting in September"
    if not _NAMES_A_WEEKDAY.search(text, start, end):
        return None
    called = _CALLED_FOR.search(text, max(0, start - 90), start)
    if called is not None and not re.search(r"[.;!?]", text[called.start():start]):
        return _called_direction(called)
    likely = _LIKELY.search(text, max(0, start - 40), start)
    if likely is not None and not _HAD.search(text, _sentence_start(text, start), min(len(text), end + 60)):
        return AFTER_REPORT if likely["was"] else FUTURE  # (not "had warned that snow was possible on Friday")
    if _STARTS_WITH_WEEKDAY.match(text, start) and _THING_SET_AFTER.match(text, end):
        return FUTURE
    return None


def _called_direction(called: re.Match[str]) -> int:
    """"had called for" is over, "called for" may be either side, "have called for" and "calls for" are ahead."""
    perfect = (called["perfect"] or "").lower()
    if perfect.startswith("had"):
        return PAST
    return NEAREST if called["verb"].lower() == "called" and not perfect else FUTURE


def before_a_day_ahead(text: str, start: int, end: int, verb: Token | None, lexical: int) -> bool:
    """"Preorders placed before midnight on Sunday get a discount": a day something must happen before, in a
    sentence told in the present, is the nearest one. ``lexical`` is the blank pipeline's reading (no verb)."""
    if _BEFORE.search(text, max(0, start - 24), start) is None or not _NAMES_A_WEEKDAY.search(text, start, end):
        return False
    if verb is None:
        return lexical != PAST
    root = verb.sent.root if verb.doc.has_annotation("SENT_START") or verb.doc.has_annotation("DEP") else verb
    if root.pos_ not in ("VERB", "AUX"):
        root = verb  # "Eclipse countdown: What you need to know before Monday": a headline's noun root
    aux = aux_words(root)
    return root.tag_ in ("VBZ", "VBP", "VB") and not aux & _PAST_AUX
