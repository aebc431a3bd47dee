"""The historical present of a timeline: "- Jan. 17: An earthquake strikes Kobe.", "July 8 - The rescue begins at
10 a.m.". On a line a chronology opens with a date, the simple present tells what happened that day, not a plan;
only a word of the future ("will", "is due to", "scheduled") makes the line look ahead."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.resolve import FUTURE, NEAREST, PAST, UNKNOWN

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
          r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_ENTRY_DATE = (rf"(?:{_WEEKDAY}(?:,?\s+{_MONTH}\s+\d{{1,2}}|,?\s+\d{{1,2}}\s+{_MONTH})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd"
               rf"|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)")
_ENTRY_LINE = re.compile(rf"[ \t]*(?:[-*\u2022][ \t]*)?(?P<date>{_ENTRY_DATE})[ \t]*(?::|[-\u2013\u2014][ \t])")
_AHEAD_WORDS = re.compile(r"\b(?:will|'ll|shall|would|to\s+be|due|expected|scheduled|set\s+to|plans?\s+to"
                          r"|planned|upcoming|next)\b", re.I)


# A list of what is to come: "the key dates ahead", "what happens next", "the road ahead".
_AHEAD_LIST = re.compile(r"\b(?:ahead|what\s+happens\s+next|what\s+comes\s+next|next\s+steps|upcoming|to\s+come"
                         r"|to\s+watch|coming\s+(?:days|weeks|months))\b", re.I)
_HEADER_REACH = 1500  # characters above a line: the list's title and lede


def in_historical_present(text: str, start: int, direction: int) -> int:
    """``direction`` for an expression at ``start``, read again on a timeline's dated line: told in the present,
    it is gone by (PAST), unless the list is of what lies ahead (NEAREST)."""
    if direction not in (FUTURE, UNKNOWN):
        return direction
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    entry = _ENTRY_LINE.match(line)
    if entry is None or _AHEAD_WORDS.search(line):
        return direction
    if _AHEAD_LIST.search(text, max(0, line_start - _HEADER_REACH), line_start):
        return NEAREST  # "Brexit: the key dates ahead ... September 2: Nominations close."
    return PAST  # "- Jan. 17: An earthquake strikes Kobe.", "Friday - Most Tube lines reopen."
