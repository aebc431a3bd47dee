"""Month names inside proper names and halves of a match: "the April Spring Friendship Art Festival", "the
April 25 House of Culture", "Second half under way". None of them is a month or a half-year. And the year
of a tournament ("World Cup 2026", "Euro 2024"), which is that year although a capitalised word comes first."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.lexicon import MONTHS, WEEKDAYS
from timeline_app.extraction.temporal.patterns import Candidate

_MONTH_OR_DAY = re.compile(r"(?-i:" + "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
                           + r")(?:\s+[0-3]?\d)?")
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
# Two capitalised words, or "Word of Word", after the month: the rest of a name ("Spring Friendship", "House of
# Culture"); a place before a common noun ("the April 25 Paris summit") is still a date.
_NAME_AFTER = re.compile(r"\s+(?-i:(?P<first>[A-Z][a-z]+)\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z]+)\b")
_DATE_WORDS_AFTER = frozenset({w.capitalize() for w in WEEKDAYS} | {m.capitalize() for m in MONTHS})


def is_month_in_a_name(text: str, candidate: Candidate) -> bool:
    """"the April Spring Friendship Art Festival", "the April 25 House of Culture": a month (and day) that
    starts a name, not a date."""
    if not _MONTH_OR_DAY.fullmatch(text, candidate.start, candidate.end):
        return False
    if not _THE_BEFORE.search(text, max(0, candidate.start - 5), candidate.start):
        return False
    after = _NAME_AFTER.match(text, candidate.end)
    return after is not None and after["first"] not in _DATE_WORDS_AFTER


# "World Cup 2026", "the 2026 FIFA World Cup", "Euro 2024": the tournaments are named by the year they are in.
TOURNAMENT_BEFORE = re.compile(r"\b(?-i:Cup|Euro|Euros|Olympics|Paralympics|Games|Championships?|Open|Series"
                               r"|Slam|Trophy|Expo|Classic|Masters|Grand\s+Prix)\s+$")

_HALF = re.compile(r"(?:[a-z]+\s+){0,3}(?:the\s+)?(?:first|second)[\s-]+half", re.I)  # "early in the second half"
_MATCH_WORDS = re.compile(r"\b(?:under\s*way|kick(?:ed)?[\s-]*off|scor(?:e|es|ed|ing)|goals?|match|game|whistle"
                          r"|penalt(?:y|ies)|striker|keeper|goalkeeper|substitutes?|half[\s-]*time|equali[sz](?:er|ed)"
                          r"|header|pitch|referee|red\s+card|yellow\s+card|innings|quarterback|touchdown|basket)\b",
                          re.I)
_SENTENCE_END = re.compile(r"[.!?\n]")


def is_half_in_a_match(text: str, candidate: Candidate) -> bool:
    """"Second half under way", "scored early in the second half": a half of a game, told by words of sport in
    its sentence (a year's half has none)."""
    if not _HALF.fullmatch(text, candidate.start, candidate.end):
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, candidate.start - 200), candidate.start)),
                default=max(0, candidate.start - 200))
    end_match = _SENTENCE_END.search(text, candidate.end)
    end = end_match.start() if end_match else len(text)
    return _MATCH_WORDS.search(text, start, end) is not None
