"""Words that must (or must not) come just before a kind of candidate for it to count.

"on the 14th" is a day but "the 14th" alone may be a rank; "unemployment rose by 2200" is a change, not
the year 2200. The pattern bodies live in patterns.py; these tables say where each may stand.
"""

from __future__ import annotations

import re

from timeline_app.extraction.temporal import broadcast, unit_forms
from timeline_app.extraction.temporal.month_forms import MONTH_FULL

# Some kinds never count after certain words: "unemployment rose by 2200" is a change, not the year 2200.
_PRICE_AT = re.compile(r"\b(?:closed|closing|opened|opening|ended|ending|stood|standing|traded|trading|priced"
                       r"|fixed|settled|finished|rose|fell|was|is|valued|quoted|pegged|sold|bought|set|apiece"
                       r"|rate|price|shares?|index|stock)\s+at\s+$", re.I)
NOT_PRECEDED_BY: dict[str, re.Pattern[str]] = {
    # "the decades of", "three centuries of", "recent decades of": counted or pointed at elsewhere
    "long_units_of": re.compile(r"\b(?:the|these|those|its|their|his|her|our|my|your|recent|past|last|next|few"
                                r"|several|many|two|three|four|five|some|\d+|of)\s+$", re.I),
    "dotted_clock": _PRICE_AT,
    "wire_clock_on": _PRICE_AT,
    # "the rate fell to one in twenty-one", "he ranked second in forty-two": a ratio or a field, not a year
    "short_year": re.compile(r"\b(?:one|a|an|two|three|four|five|\d+|first|second|third|fourth|fifth|last|ranked"
                             r"|placed|finished)\s+in\s+$", re.I),
    "far_year": re.compile(r"\b(?:rose|rise[sn]?|fell|falls?|fallen|up|down|cut|cuts|increased?|decreased?|grew|grow"
                           r"|grown|dropped|drops?|reduced?|raised?|climbed|slipped|gained|lost|jumped|declined|shrank"
                           r"|expanded|carried|won|beat|led|trailed|outnumbered)\s+by\s+$", re.I),
} | unit_forms.NOT_PRECEDED_BY
# Some kinds count only after a cue word: "on the 14th", "twice a year", "for years".
PRECEDED_BY: dict[str, re.Pattern[str]] = {
    "day_of_month": re.compile(r"\b(?:on|by|until|since|from|before|after|through|till)\s+$", re.I),
    "rate": re.compile(r"\b(?:times|twice|once)\s+$", re.I),
    "another_span": re.compile(r"\b(?:for|extended|extend|extends|last|lasts|lasted|take|takes|took|wait|waited"
                               r"|within|in|stay|stayed|remain|remained|live|lives|lived|survive|survives"
                               r"|survived)\s+(?:(?:at\s+least|up\s+to|nearly|almost|about)\s+)?$", re.I),
    "for_units": re.compile(r"\b(?:for|in|over|within|take|takes|took|taking|last|lasts|lasted|lasting|spend|spent"
                            r"|back|(?:take|takes|took|taking)\s+(?:him|her|them|us|me|you|it)"
                            r"|matter\s+of)\s+$", re.I),
    "the_part": re.compile(r"\b(?:in|during|by|through|throughout|late|early|spend|spent|spending|all"
                           r"|(?:most|much|all|part|some|the\s+rest)\s+of)\s+$", re.I),
    "hour_of_part": re.compile(r"\b(?:at|by|around|about|until|till|before|after|from|to)\s+$", re.I),
    "bare_units": re.compile(rf"\b(?:{unit_forms.SPAN_OF_CUES})\s+$|(?:^|[.!?\n]\s*|\b(?:and|but)\s+)$", re.I),
    "then": re.compile(r"\b(?:until|till|by)\s+$", re.I),
    "bare_season": re.compile(r"\b(?:an?\s+(?!(?:few|couple|lot|bit|number|second|third|new)\b)[a-z]+[\s-]+"
                              r"|(?:spring|summer|autumn|fall|winter)\s+(?:and|or)\s+)$", re.I),
    "bare_part": re.compile(r"\b(?:by|until|till|before|towards?)\s+$", re.I),  # "brought out by evening"
    "day_turn": re.compile(r"\b(?:since|at|by|before|after|until|till|from|around|near|towards?|it's|it\u2019s"
                           r"|it\s+is(?:\s+now)?)\s+$", re.I),
    "month_after_dash": re.compile(rf"{MONTH_FULL}\s*[-\u2013]$"),
    "spoken_clock_at": re.compile(r"\b(?:at|by|until|till|it's|it\u2019s|it\s+is)\s+(?:(?:about|around|approximately"
                                  r"|roughly|exactly|precisely|just\s+(?:before|after))\s+)?$", re.I),
    "short_year": re.compile(r"\b(?:in|since)\s+$", re.I),
    "apostrophe_year": re.compile(r"\b(?:in|since|of|from|by|until|till|through|to|and|or)\s+$", re.I),
    # contrasted, not joined: TimeBank keeps "weeks or months", "recent weeks and months" as one expression
    "joined_units": re.compile(r"\b(?:hours|days|weeks|months|years|decades|centuries),?\s+(?:not|nor|if\s+not"
                               rf"|but\s+not|rather\s+than|let\s+alone|{unit_forms.HEDGES})\s+$", re.I),
} | broadcast.PRECEDED_BY
# How far back a cue may start: most are one word; the spoken ones may take a qualifier ("at about").
CUE_WINDOW = {"spoken_clock_at": 30, "joined_units": 28} | broadcast.CUE_WINDOW


def cue_ok(kind: str, text: str, start: int) -> bool:
    """Whether the words before ``start`` allow a candidate of ``kind`` there."""
    cue, against = PRECEDED_BY.get(kind), NOT_PRECEDED_BY.get(kind)
    if against is not None and against.search(text, max(0, start - 48), start):
        return False
    return cue is None or cue.search(text, max(0, start - CUE_WINDOW.get(kind, 12)), start) is not None
