"""Words of sport. A half or quarter of a match ("Second half under way", "scored early in the second half",
"led in the first and third quarters but lost 110-104") is no half-year or quarter of a year; a business story's
half ("Game maker Ubisoft expects sales to rise in the second half", "to match last year's profit", "a basket of
currencies", "its credit score") still is, so only words that sport alone uses count. And tournaments named by the
year they are held in ("World Cup 2026", "Euro 2024")."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.patterns import Candidate

# "World Cup 2026", "the 2026 FIFA World Cup", "Euro 2024": the tournaments are named by the year they are in.
TOURNAMENT_BEFORE = re.compile(r"\b(?-i:Cup|Euro|Euros|Olympics|Paralympics|Games|Championships?|Open|Series"
                               r"|Slam|Trophy|Expo|Classic|Masters|Grand\s+Prix)\s+$")

# "the IPL 2022 opener", "the Paris 2024 fan zone": a competition or host city's year before a word of the event
EVENT_NOUN_AFTER = re.compile(r"\s+(?:opener|final|finals|season|fan\s+zones?|organi[sz]ers|organi[sz]ing|Games"
                              r"|Olympics|Paralympics|tournament|edition|qualifiers?|qualifying|auction|draft|playoffs?"
                              r"|opening\s+ceremony|closing\s+ceremony|squad|champions?|title)\b", re.I)

_RESULT_VERB = r"(?:won|wins?|lost|lose|loses|beat|beats|led|leads?|trailed|trails?|drew|tied)"
_SPORT_WORDS = re.compile(
    r"\b(?:goals?|goalless|goalscorers?|scored|scorers?|kick(?:ed)?[\s-]*off|half[\s-]*time|full[\s-]*time|referee"
    r"|striker|goalkeeper|keeper|whistle(?![\s-]*blow)|equali[sz](?:er|ed|ing)|red\s+card|yellow\s+card|substitutes?"
    r"|free[\s-]kick|corner[\s-]kick|touchdowns?|quarterback|innings|wickets?|three-pointers?"
    r"|penalty[\s-]+(?:kick|spot|area|box|shoot[\s-]*out)|(?:missed|saved|converted|awarded|conceded)\s+a\s+penalty"
    # the match or the game as the contest itself: won, led, resumed
    rf"|(?:{_RESULT_VERB}|played|leading|trailing|into)\s+the\s+(?:match|game)"
    r"|the\s+(?:match|game)\s+(?:resumed|restarted|ended|finished|began|started|kicked|was\s+(?:level|goalless"
    r"|tied|halted|abandoned|stopped))"
    # a scoreline after a result: "lost 110-104", "beat Chelsea 2-1"
    rf"|{_RESULT_VERB}\s+(?:[A-Z][\w.]*\s+){{0,2}}\d{{1,3}}-\d{{1,3}})\b(?!\s*%)", re.I)
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")

_HALF = re.compile(r"(?:[a-z]+\s+){0,3}(?:the\s+)?(?:first|second)[\s-]+half", re.I)  # "early in the second half"
# "another second-half goal": a noun of a match right after the half
_MATCH_NOUN_AFTER = re.compile(r"[\s-]+(?:goals?|penalty|penalties|try|tries|header|equali[sz]er|winner|strike"
                               r"|substitutes?|red\s+card|yellow\s+card|comeback|display|collapse|brace)\b", re.I)
_UNDER_WAY_AFTER = re.compile(r"\s+(?:is\s+)?under\s*way\b", re.I)  # a live report: "Second half under way."


def in_a_sporting_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start``-``end`` uses a word that only sport uses."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)),
                         default=max(0, start - 200))
    sentence_end = _SENTENCE_END.search(text, end)
    return _SPORT_WORDS.search(text, sentence_start, sentence_end.start() if sentence_end else len(text)) is not None


def is_half_of_a_match(text: str, candidate: Candidate) -> bool:
    """"another second-half goal", "Second half under way", "scored early in the second half": a half of a match,
    not of a year."""
    if not _HALF.fullmatch(text, candidate.start, candidate.end):
        return False
    return (_MATCH_NOUN_AFTER.match(text, candidate.end) is not None
            or _UNDER_WAY_AFTER.match(text, candidate.end) is not None
            or in_a_sporting_sentence(text, candidate.start, candidate.end))
