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
_CLOCK_LINE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?\d{1,2}[:.]\d\d")
_AHEAD_WORDS = re.compile(r"\b(?:will|'ll|shall|would|to\s+be|due|expected|scheduled|set\s+to|plans?\s+to"
                          r"|planned|upcoming|next)\b", re.I)


# A list of what is to come: "the key dates ahead", "what happens next", "the road ahead".
_AHEAD_LIST = re.compile(r"\b(?:(?:dates?|days?|weeks?|months?|road|what\s+lies)\s+ahead|what\s+happens\s+next"
                         r"|what\s+comes\s+next|next\s+steps|upcoming|to\s+come|to\s+watch|coming\s+(?:days|weeks"
                         r"|months)|schedule|programme|program|agenda|calendar|fixtures|timetable|line-?up|this\s+week"
                         r"|next\s+week|what['\u2019]s\s+on|itinerary)\b", re.I)
# A bare "KEY DATES" title: a box of dates to come, or a chronology ("March 16 - JP Morgan agrees to buy ...").
_KEY_DATES = re.compile(r"^[ \t]*key\s+dates[ \t]*:?[ \t]*$", re.I | re.M)
_HEADER_LINES = 6  # lines above a list's first entry that may hold its title and lede
_HEADER_PARAGRAPHS = 2


def _header_of_list(text: str, line_start: int) -> str:
    """The lines right above the run of dated lines ``line_start`` belongs to: the list's title and lede."""
    lines = text[:line_start].split("\n")[:-1]
    while lines and (_ENTRY_LINE.match(lines[-1]) or _CLOCK_LINE.match(lines[-1])):
        lines.pop()  # the entries above this one
    header: list[str] = []
    for _ in range(_HEADER_PARAGRAPHS):  # the lede, then the title above it
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and lines[-1].strip() and len(header) < _HEADER_LINES:
            header.append(lines.pop())
    return "\n".join(reversed(header))


def in_historical_present(text: str, start: int, direction: int, verbless: bool = False) -> int:
    """``direction`` for an expression at ``start``, read again on a timeline's dated line: told in the present,
    it is gone by (PAST), unless the list is of what lies ahead (NEAREST). A ``verbless`` line (a label, as
    "Nov. 3: BOE decision") under a list of dates to come, or a bare "KEY DATES", is the nearest date."""
    if direction not in (FUTURE, UNKNOWN, PAST):
        return direction
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    entry = _ENTRY_LINE.match(line)
    if entry is None:
        return direction
    if verbless and entry.start("date") == start - line_start:
        header = _header_of_list(text, line_start)
        if _AHEAD_LIST.search(header) or _KEY_DATES.search(header):
            # "KEY DATES - Sept. 19: State funeral; markets closed - Nov. 3: BOE decision": the lines run into one
            # sentence, whose past-looking words say nothing of the entries' time
            return NEAREST
    if direction == PAST or _AHEAD_WORDS.search(line):
        return direction
    if _AHEAD_LIST.search(_header_of_list(text, line_start)):
        return NEAREST  # "Brexit: the key dates ahead ... September 2: Nominations close.", "Event schedule"
    return PAST  # "- Jan. 17: An earthquake strikes Kobe.", "Friday - Most Tube lines reopen."
