"""Words that look like times in news but are not: "fell by a quarter" (a fraction), "hours of the fall" (a
tumble), "more than 1000 jury trials" (a count), "the days after each strike" (any such days), "a night-time
crossing" (a compound adjective)."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.compound_nouns import is_compound_noun
from timeline_app.extraction.temporal.patterns import Candidate

# "fell by a third and exports by a quarter", "cut by one quarter": a share of an amount
_A_QUARTER = re.compile(r"(?:an?|one)\s+quarter", re.I)
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_OF_BEFORE = re.compile(r"\bof\s+$", re.I)
# "more than 1000 jury trials": a number of things after a word of amount, with a noun after it
_AMOUNT_BEFORE = re.compile(r"\b(?:more|fewer|less|other)\s+than\s+$|\b(?:at\s+least|up\s+to|upwards\s+of|some"
                            r"|nearly|almost|a\s+total\s+of|backlog\s+of|total\s+of)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|the|a|an|in|on|at|by|for|when|as|than|of|with|from|until|before"
                         r"|after|is|was|were|are|will|had|has|BC|AD|CE|BCE)\b)[a-z]{3,}", re.I)
_ANY_AFTER = re.compile(r"\s+(?:after|before|following|preceding)\s+(?:each|every|any)\b", re.I)
_TIME_COMPOUND_AFTER = re.compile(r"-(?:time|times)\b", re.I)
# "the last Wednesday of the Iranian year": a weekday counted in a period the rules cannot place
_NTH_WEEKDAY = re.compile(r"the\s+(?:first|second|third|fourth|last|final)\s+(?-i:Monday|Tuesday|Wednesday|Thursday"
                          r"|Friday|Saturday|Sunday)", re.I)
_OF_A_PERIOD_AFTER = re.compile(r"\s+(?:of|in)\s", re.I)


def is_share_of_an_amount(text: str, candidate: Candidate) -> bool:
    """"exports fell by a quarter": a fraction, not a quarter of a year."""
    return _A_QUARTER.fullmatch(text, candidate.start, candidate.end) is not None and (
        _BY_BEFORE.search(text, max(0, candidate.start - 6), candidate.start) is not None)


def is_a_tumble(text: str, candidate: Candidate) -> bool:
    """"within 48 hours of the fall": the fall someone had, not the autumn."""
    return text[candidate.start:candidate.end] == "the fall" and (
        _OF_BEFORE.search(text, max(0, candidate.start - 4), candidate.start) is not None)


def is_a_count(text: str, candidate: Candidate) -> bool:
    """"a backlog of more than 1000 jury trials": a count of things, not a year."""
    if re.fullmatch(r"\d{4}", text[candidate.start:candidate.end]) is None:
        return False
    return _AMOUNT_BEFORE.search(text, max(0, candidate.start - 16), candidate.start) is not None and (
        _NOUN_AFTER.match(text, candidate.end) is not None)


def is_any_such_span(text: str, candidate: Candidate) -> bool:
    """"the days after each strike": days after any of several events, no one time."""
    return candidate.kind == "units_around" and _ANY_AFTER.match(text, candidate.end) is not None


def is_time_compound(text: str, candidate: Candidate) -> bool:
    """"a night-time crossing", "day-time television": a compound adjective, not a night or a day."""
    return _TIME_COMPOUND_AFTER.match(text, candidate.end) is not None


def is_weekday_counted_in_a_period(text: str, candidate: Candidate) -> bool:
    """"the last Wednesday of the Iranian year" is not "last Wednesday" (a month's is read by nth_weekday)."""
    return _NTH_WEEKDAY.fullmatch(text, candidate.start, candidate.end) is not None and (
        _OF_A_PERIOD_AFTER.match(text, candidate.end) is not None)


def is_not_a_time(text: str, candidate: Candidate) -> bool:
    """A fraction, a fall, a count, any such days, a time compound or a weekday counted in a period."""
    return (is_share_of_an_amount(text, candidate) or is_a_tumble(text, candidate) or is_a_count(text, candidate)
            or is_any_such_span(text, candidate) or is_time_compound(text, candidate)
            or is_weekday_counted_in_a_period(text, candidate) or is_compound_noun(text, candidate))
