"""Titles of works and brand names that contain a time word: the film "Last Summer in Tangier", the single
"Tuesday Girl", "The Winter's Tale", the brand Friday Rush. None of them dates anything.

A title is told by its capitals: a quoted run of title-case words, a time word that is written with a capital
in the middle of a sentence although it is lower case in prose ("the thriller Midnight in Lisbon"), or a
weekday or season glued to another capitalised word ("Friday Rush tickets", "The Winter's Tale"). A line that
is all title case (a headline) tells nothing by its capitals.
"""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.lexicon import MONTHS, WEEKDAYS
from timeline_app.extraction.temporal.patterns import Candidate

# Short words a title keeps in lower case ("Midnight in Lisbon", "The Day of the Jackal").
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
                          "the", "to", "with", "vs", "via", "nor", "over"})
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}
_TITLE_WORD = re.compile(r"[A-Za-z0-9][\w'\u2019-]*")
_MAX_TITLE = 60
# Time words that prose writes in lower case: a capital mid-sentence makes them part of a name.
_LOWER_IN_PROSE = frozenset({"last", "next", "this", "every", "each", "other", "midnight", "noon", "midday",
                             "morning", "evening", "afternoon", "night", "tonight", "weekend", "today", "tomorrow",
                             "yesterday", "dawn", "dusk"})  # not seasons, which some style guides capitalise
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n\u2014\"\u201c\u2018(\[]|\s-)\s*$")
# Capitalised words that still belong to a date: "Friday Morning" in a headline, "Monday March 3", "Summer 2019".
_DATE_WORDS = frozenset({*(w.capitalize() for w in WEEKDAYS), *(m.capitalize() for m in MONTHS),
                         "Morning", "Afternoon", "Evening", "Night", "Week", "Weekend", "Last", "Next", "This",
                         "Eve", "Day", "Night's", "I", "A", "The", "Noon"})
_GLUED_NAME_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?P<word>[A-Z][a-z]+)(?P<rest>\s+(?P<next>[a-z]+))?")
_WEEKDAY_OR_SEASON = re.compile(r"(?:the\s+|The\s+)?(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Summer|Winter"
                                r"|Autumn|Spring)")
# Words after "Friday Trump" that make the capitalised word a subject, so the weekday a date ("Friday Trump said").
_VERB_LIKE = re.compile(r"(?:said|says|say|told|will|would|could|can|may|might|is|was|are|were|has|had|have|did"
                        r"|does|urged|warned|announced|added|called|signed|met|visited|\w+ed)$")


def in_title_case_line(text: str, start: int) -> bool:
    """A headline in Title Case: its capitals name nothing."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = _TITLE_WORD.findall(text[line_start:line_end if line_end >= 0 else len(text)])
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(big) >= 3 and sum(w[0].isupper() or w[0].isdigit() for w in big) >= 0.8 * len(big)


def _quoted_title(text: str, candidate: Candidate) -> bool:
    """The candidate sits in a short quotation of title-case words ("Every Other Weekend", "Tuesday Girl")."""
    window_start = max(0, candidate.start - _MAX_TITLE)
    for opening, closing in _QUOTES.items():
        open_at = text.rfind(opening, window_start, candidate.start)
        if open_at < 0 or (opening == '"' and text[:open_at].count('"') % 2 == 1):
            continue  # a straight quote that closes an earlier quotation
        close_at = text.find(closing, candidate.end, candidate.end + _MAX_TITLE)
        if close_at < 0 or close_at - open_at > _MAX_TITLE:
            continue
        inside = text[open_at + 1:close_at]
        if _is_title(inside):
            return True
    return False


def _is_title(inside: str) -> bool:
    """Two to eight words, none lower case but the small ones, no sentence punctuation."""
    if re.search(r"[,.;!?\n]", inside.rstrip(",.!?")):
        return False
    words = _TITLE_WORD.findall(inside)
    if not 2 <= len(words) <= 8 or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _capital_mid_sentence(text: str, candidate: Candidate) -> bool:
    """"her single Every Other Weekend", "the thriller Midnight in Lisbon": a capital prose would not write."""
    first = _TITLE_WORD.match(text, candidate.start)
    if first is None or not first.group()[0].isupper() or first.group().lower() not in _LOWER_IN_PROSE:
        return False
    before = text[max(0, candidate.start - 40):candidate.start]
    if _SENTENCE_OPENING.search(before) or not re.search(r"[a-z0-9,]\s+$", before):
        return False
    return not in_title_case_line(text, candidate.start)


def _glued_to_a_name(text: str, candidate: Candidate) -> bool:
    """"Friday Rush tickets": a capitalised weekday followed by a capitalised word that is not a date word, and
    then by a noun (not a verb: "Friday Trump said" is a date); "The Winter's Tale": a season's possessive before
    a capitalised word (but "The Autumn Forecast" is the autumn's, and "Sunday's Grand Prix" that day's)."""
    if _WEEKDAY_OR_SEASON.fullmatch(text, candidate.start, candidate.end) is None:
        return False
    glued = _GLUED_NAME_AFTER.match(text, candidate.end)
    if glued is None or glued["word"] in _DATE_WORDS or in_title_case_line(text, candidate.start):
        return False
    season = re.search(r"(?i:summer|winter|autumn|spring)$", text[candidate.start:candidate.end])
    if text[candidate.end:glued.start("word")].strip().startswith(("'s", "\u2019s")):
        return season is not None  # "The Winter's Tale" (but "Tuesday's General Election" is that day's)
    return season is None and glued["next"] is not None and _VERB_LIKE.match(glued["next"]) is None and (
        _SENTENCE_OPENING.search(text[max(0, candidate.start - 40):candidate.start]) is not None)


def is_title_of_a_work(text: str, candidate: Candidate) -> bool:
    """A time word that is part of the title of a work or a brand name."""
    return _quoted_title(text, candidate) or _capital_mid_sentence(text, candidate) or _glued_to_a_name(
        text, candidate)
