"""Time words that open a compound noun rather than tell a time: "a day care center", "a day trip", "a day job".
("daily life" stays a SET: TimeBank annotates it so.)"""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.patterns import Candidate

_DAY_WORD_END = re.compile(r"(?<![\w-])day$", re.I)  # "a one-day trip" is a trip a day long
_NOUN_AFTER = re.compile(r"\s+(?:care|trips?|jobs?|pass(?:es)?|school|labou?rers?)\b", re.I)


def is_compound_noun(text: str, candidate: Candidate) -> bool:
    """"A day care center": "day" is part of the noun "day care", not a day's length."""
    return _DAY_WORD_END.search(text, candidate.start, candidate.end) is not None and (
        _NOUN_AFTER.match(text, candidate.end) is not None)
