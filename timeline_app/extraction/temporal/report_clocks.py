"""Clock readings that are on the day of the report whatever day the story named before them: a wire's market
time ("shares fell 4.5 percent to 612 pence by 1130 GMT") and the notes after a story ("(Corrects time reference
to 0630 GMT ...)", "NEXT SUMMARY AT 1200 GMT"), which speak of the report itself."""

from __future__ import annotations

import re

from timeline_app.core.timespan import TimeSpan
from timeline_app.extraction.temporal.lexicon import ZONE_NAMES_RE
from timeline_app.extraction.temporal.sentence_breaks import sentence_bounds

# "by 1130 GMT", "at 0930 GMT", "as of 1445 ET": the time of a market reading on a wire
_MARKET_CLOCK = re.compile(rf"(?:[01]\d|2[0-3])[0-5]\d\s+(?:{ZONE_NAMES_RE})")
_MARKET_CLOCK_BEFORE = re.compile(r"\b(?:by|at|as\s+of)\s+$", re.I)
# A price or a move in the clock's sentence: "4.5 percent", "612 pence", "104.90 yen", "up 12 points"
_MARKET_FIGURE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|pence|cents|points|yen|euros?|dollars?)"
                            r"|\b\d+\.\d+\b", re.I)
_DAY_WORD = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|tomorrow|overnight)\b"
                       r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.I)
# A note after the story, on a line or in a bracket of its own
_NOTE_OPENING = re.compile(r"(?:^|\n|\(|[.!?]\s+)\s*(?:\(\s*)?(?:(?i:corrects|correcting|updates|recasts|adds|refiles)"
                           r"\b|NEXT\s+(?:SUMMARY|UPDATE)\b|(?i:next\s+summary|next\s+update)\s+at\b)[^\n()]*$")


def on_the_report_day(text: str, start: int, end: int) -> bool:
    """Whether the clock reading at ``start:end`` is a wire's market time or in a note about the report."""
    if _NOTE_OPENING.search(text, max(0, start - 120), start) is not None:
        return True
    if _MARKET_CLOCK.fullmatch(text, start, end) is None or _MARKET_CLOCK_BEFORE.search(
            text, max(0, start - 8), start) is None:
        return False
    begin, finish = sentence_bounds(text, start, end)
    if _DAY_WORD.search(text, begin, finish) is not None:
        return False  # "fell 4 percent on Tuesday by 1130 GMT": the sentence's own day
    return _MARKET_FIGURE.search(text, begin, start) is not None


_HEADING_LINE = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u2014][ \t]*)?(?:[A-Za-z]+,?[ \t]+)?")  # "- Sept. 22:"


def is_day_heading(text: str, day: TimeSpan, end: int) -> bool:
    """A day written on a line of its own ("WEDNESDAY, JANUARY 14", "Monday, Jan. 12:"): the heading of a diary,
    whose clocks opening the lines below are on it."""
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    start = end - len(day.text or "")
    return rest.strip(" \t:") == "" and _HEADING_LINE.fullmatch(text, line_start, max(line_start, start)) is not None


_LABEL_AFTER = re.compile(r"[ \t]*(?::|[-\u2013\u2014][ \t])")


def is_line_label(text: str, day: TimeSpan, end: int, start: int) -> bool:
    """"Sept. 22: BOE rate decision, 12 p.m.": a day labelling the line of a list of key dates dates the clock
    later on that line."""
    line_start = text.rfind("\n", 0, end) + 1
    day_start = end - len(day.text or "")
    return "\n" not in text[end:start] and _LABEL_AFTER.match(text, end) is not None and (
        _HEADING_LINE.fullmatch(text, line_start, max(line_start, day_start)) is not None)


# "Markets rallied", "the Ibovespa up 5%", "shares fell": a sentence about trading, which no weekend day has
_MARKET_WORDS = re.compile(r"\b(?:markets?|stocks?|shares|equities|bourses?|index|indices|futures|bonds|traders"
                           r"|trading|investors)\b", re.I)


def on_a_market(text: str, start: int, end: int) -> bool:
    """Whether the clock reading's sentence speaks of a market trading, which it does only on weekdays."""
    begin, finish = sentence_bounds(text, start, end)
    return _MARKET_WORDS.search(text, begin, finish) is not None
