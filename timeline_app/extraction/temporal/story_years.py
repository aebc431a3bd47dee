"""When the date the story named last is no year for the months that follow it: a comparison base ("rose 2.6%
from a year earlier, up from 2.4% in September") or a year that names a thing whose end the clause tells ("the
1991 treaty, which expired in December")."""

from __future__ import annotations

import re

_YEAR_BACK = re.compile(r"(?:the\s+same\s+(?:period|month|quarter|time)\s+)?"
                        r"(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year)", re.I)
# "up from a year earlier", "hopes to match last year's profit": a figure's base, met or beaten
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|with|versus|vs\.?|over|on|match(?:es|ed|ing)?|beat(?:s|ing)?"
                              r"|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|equal(?:s|led|ling)?|repeat(?:s|ed|ing)?)"
                              r"\s+(?:the\s+same\s+\w+\s+)?$", re.I)
# "the 1991 treaty", "its 2015 deal", "the 1994 Budapest Memorandum": a year used as a modifier of a noun
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?[A-Za-z]{3,}")
_ENDING_VERB = re.compile(r"\b(?:expired?|expires|expiring|lapsed?|lapses|ended|ends|collapsed|quit|abandoned"
                          r"|withdr[ae]w|withdrawn|scrapped|torn\s+up|tore\s+up|replaced|superseded|terminated"
                          r"|renounced|exited|left|pulled\s+out\s+of)\b", re.I)


def is_comparison_base(text: str, start: int, end: int) -> bool:
    """"from a year earlier", "than a year ago": what a figure is compared with, not the year the story is in."""
    return _YEAR_BACK.fullmatch(text, start, end) is not None and _COMPARED_BEFORE.search(
        text, max(0, start - 24), start) is not None


_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|as\s+against|versus)\b", re.I)


def compared_across(text: str, year_end: int, start: int) -> bool:
    """"shrink 0.5% this year, compared with the 1.5% pencilled in at the November meeting": what the year is
    compared with is told in its own time."""
    return _COMPARED_WITH.search(text, year_end, start) is not None


def ends_a_thing_named_by_year(text: str, year_start: int, year_end: int, start: int) -> bool:
    """"the 1991 treaty, which expired in December": a thing named by the year it began, whose end the words
    between tell; the month is of its end, not of its year."""
    return _DETERMINER_BEFORE.search(text, max(0, year_start - 8), year_start) is not None and (
        _NOUN_AFTER.match(text, year_end) is not None) and _ENDING_VERB.search(text, year_end, start) is not None
