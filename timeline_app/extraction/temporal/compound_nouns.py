"""Time words that open a compound noun rather than tell a time: "a day care center", "a day trip", "a day job".
("daily life" stays a SET: TimeBank annotates it so.)"""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.patterns import Candidate

_DAY_WORD_END = re.compile(r"(?<![\w-])day$", re.I)  # "a one-day trip" is a trip a day long
_NOUN_AFTER = re.compile(r"\s+(?:care|trips?|jobs?|pass(?:es)?|school|labou?rers?)\b", re.I)


# "three one-day internationals", "the Twenty20 and one-day series": cricket's formats, named for a match's length
_ONE_DAY = re.compile(r"(?i:one[\s-]day)$")
_CRICKET_AFTER = re.compile(r"[\s-]+(?:internationals?|series|cricket|cup|format|squad|side|captain|matche?s?"
                            r"|games?|World\s+Cup|leg|ranking|rankings)\b|\s+(?-i:International|Cup)", re.I)


# "a mid-century modern house": a style of design, not a time
_MID_CENTURY = re.compile(r"(?i:mid[\s-]century)$")
_STYLE_AFTER = re.compile(r"[\s-]+(?:modern|furniture|design|style|architecture|chairs?|houses?|homes?|decor|look)\b",
                          re.I)


def is_compound_noun(text: str, candidate: Candidate) -> bool:
    """"A day care center": "day" is part of the noun "day care", not a day's length; "one-day internationals"
    are a kind of cricket match."""
    if _ONE_DAY.search(text, candidate.start, candidate.end) and _CRICKET_AFTER.match(text, candidate.end):
        return True
    if _MID_CENTURY.search(text, candidate.start, candidate.end) and _STYLE_AFTER.match(text, candidate.end):
        return True
    return _DAY_WORD_END.search(text, candidate.start, candidate.end) is not None and (
        _NOUN_AFTER.match(text, candidate.end) is not None)
