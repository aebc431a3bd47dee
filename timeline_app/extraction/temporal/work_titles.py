"""Titles of works and brand names that contain a time word: the film "Last Summer in Tangier", the single
"Tuesday Girl", "The Winter's Tale", the brand Friday Rush. None of them dates anything.

A title is told by its capitals: a quoted run of title-case words, a time word that is written with a capital
in the middle of a sentence although it is lower case in prose ("the thriller Midnight in Lisbon"), or a
weekday or season glued to another capitalised word ("Friday Rush tickets", "The Winter's Tale"). A line that
is all title case (a headline) tells nothing by its capitals.
"""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.lexicon import (
    FULL_WEEKDAYS,
    MONTHS,
    NUMBER_WORDS,
    REPORTING_VERBS,
    SEASONS,
    WEEKDAYS,
)
from timeline_app.extraction.temporal.patterns import Candidate

# Short words a title keeps in lower case ("Midnight in Lisbon", "The Day of the Jackal").
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
                          "the", "to", "with", "vs", "via", "nor", "over"})
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}
_TITLE_WORD = re.compile(r"[A-Za-z0-9][\w'\u2019-]*")
_MAX_TITLE = 60
# Quoted speech: 'told reporters: "Tomorrow We Vote."', 'said "Next Tuesday"'
_SPOKEN = [past for past in REPORTING_VERBS.values() if past != "showed"] + ["says", "tells", "writes", "tweets"]
_SPEECH_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(_SPOKEN)})|:)\s*$", re.I)
# Time words that prose writes in lower case: a capital mid-sentence makes them part of a name.
_LOWER_IN_PROSE = frozenset({"last", "next", "this", "every", "each", "other", "midnight", "noon", "midday",
                             "morning", "evening", "afternoon", "night", "tonight", "weekend", "today", "tomorrow",
                             "yesterday", "dawn", "dusk"})  # not seasons, which some style guides capitalise
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n\u2014\"\u201c\u2018(\[]|\s-)\s*$")
# Capitalised words that still belong to a date: "Friday Morning" in a headline, "Monday March 3", "Summer 2019".
_CAPITALISED_DATE_WORDS = frozenset({*(w.capitalize() for w in WEEKDAYS), *(m.capitalize() for m in MONTHS),
                                     "Morning", "Afternoon", "Evening", "Night", "Week", "Weekend", "Last", "Next",
                                     "This", "Eve", "Day", "Night's", "I", "A", "The", "Noon"})
_GLUED_NAME_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?P<word>[A-Z][a-z]+)(?P<rest>\s+(?P<next>[a-z]+))?")
_CALENDAR_SEASONS = [s for s in SEASONS if s != "fall"]  # "Fall" opens many a sentence
_WEEKDAY_OR_SEASON = re.compile(r"(?:the\s+|The\s+)?(?-i:" + "|".join(
    w.capitalize() for w in (*FULL_WEEKDAYS, *_CALENDAR_SEASONS)) + ")")
_SEASON_END = re.compile(rf"(?i:{'|'.join(_CALENDAR_SEASONS)})$")
# Words after "Friday Trump" that make the capitalised word a subject, so the weekday a date ("Friday Trump said").
_VERB_LIKE = re.compile(r"(?:said|says|say|told|will|would|could|can|may|might|is|was|are|were|has|had|have|did"
                        r"|does|urged|warned|announced|added|called|signed|met|visited|\w+ed"
                        r"|flew|went|came|took|gave|made|left|spoke|began|rose|fell|held|won|lost|sent|wrote|saw"
                        r"|struck|drove|ran|sat|stood|brought|bought|found|kept|led|paid|sold|spent|got|broke|chose"
                        r"|threw|knew|became|fought|sought|swore|shook|woke|froze|hid|bid|quit|upheld|withdrew)$")
# "Wednesday Macron flies to Berlin": a verb in -s when a preposition, article or pronoun follows (but "Friday
# Rush tickets will go on sale": a plural noun, with the verb after it).
_VERB_IN_S = re.compile(r"[a-z]+[^s\W]s$")
_OBJECT_AFTER = re.compile(r"\s+(?:to|for|from|in|on|at|into|with|back|home|out|up|down|a|an|the|his|her|its|their"
                           r"|him|them|it|us|new|off|over|after|against|amid|ahead)\b")


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
        if _is_title(inside) and not _quoted_for_itself(text, candidate, open_at, close_at):
            return True
    return False


def _quoted_for_itself(text: str, candidate: Candidate, open_at: int, close_at: int) -> bool:
    """"The deadline, "March 31," was firm", "for "Black Friday"": the quotation is the time expression itself
    (with no capital prose would not write); 'told reporters: "Tomorrow We Vote."': quoted speech, whose capitals
    are the speaker's."""
    inside = text[open_at + 1:close_at].strip(" ,.!?")
    if inside == text[candidate.start:candidate.end].strip(" ,.!?"):
        later = _TITLE_WORD.findall(inside)[1:]  # a title capitalises what prose would not: "Every Other Weekend"
        return not any(w[0].isupper() and _lower_in_prose(w, inside) for w in later)
    return _SPEECH_BEFORE.search(text, max(0, open_at - 24), open_at) is not None


def _lower_in_prose(word: str, quoted: str) -> bool:
    """Whether prose would write ``word`` in lower case: "Last Summer", "Nineteen Eighty-Four" are titles (a
    season with a year, "Summer 2019", may be a style's capital)."""
    lowered = word.lower()
    if lowered in SEASONS:
        return not re.search(r"\d", quoted)
    return lowered in _LOWER_IN_PROSE or lowered.split("-")[0] in NUMBER_WORDS


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
    if glued is None or glued["word"] in _CAPITALISED_DATE_WORDS or in_title_case_line(text, candidate.start):
        return False
    season = _SEASON_END.search(text, candidate.start, candidate.end)
    if text[candidate.end:glued.start("word")].strip().startswith(("'s", "\u2019s")):
        return season is not None  # "The Winter's Tale" (but "Tuesday's General Election" is that day's)
    return season is None and glued["next"] is not None and not _is_verb(text, glued) and (
        _SENTENCE_OPENING.search(text[max(0, candidate.start - 40):candidate.start]) is not None)


def _is_verb(text: str, glued: re.Match[str]) -> bool:
    """Whether the word after "Friday Trump" is its verb ("said", "flies to"), so the weekday is a date."""
    word = glued["next"]
    return _VERB_LIKE.match(word) is not None or (
        _VERB_IN_S.match(word) is not None and _OBJECT_AFTER.match(text, glued.end()) is not None)


def is_title_of_a_work(text: str, candidate: Candidate) -> bool:
    """A time word that is part of the title of a work or a brand name."""
    return _quoted_title(text, candidate) or _capital_mid_sentence(text, candidate) or _glued_to_a_name(
        text, candidate)
