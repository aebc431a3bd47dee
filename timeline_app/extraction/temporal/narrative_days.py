"""A day that a story told in the past is at, however long ago: "The flight crashed on August 19. At 21:26, the
crew declared an emergency." An accident report or a feature written weeks later goes on with the day its last
sentence's own verb happened on; a day inside a noun phrase ("The quake on Sept. 7 killed 100. Flights resumed
after 5 p.m.") is background, and the clock is on the DCT."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.core.timespan import TimeSpan

if TYPE_CHECKING:
    from timeline_app.extraction.temporal.tense import DocView

_PAST_TAGS = frozenset({"VBD", "VBN"})
# "At 21:26, the crew ...", "Shortly after 9 p.m., ...": a clock that opens its sentence carries the narrative on
_OPENING = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?:(?:At|By|Around|About|Shortly\s+(?:after|before)|Just"
                      r"\s+(?:after|before)|Until)\s+)?(?:about\s+|around\s+)?$")
# "between 11 April and 19 May", "from June 3 to June 9": the day that opens a range is no story's day
_RANGE_OPENING = re.compile(r"\b(?:between|from)\s+$", re.I)


def is_the_narrated_day(doc: DocView, day: TimeSpan, day_end: int) -> bool:
    """Whether the calendar day written just before ``day_end`` ("on August 19") dates the main verb of its
    sentence, told in the past."""
    if not doc.parsed or day.text is None or not any(char.isdigit() for char in day.text):
        return False
    day_start = day_end - len(day.text)
    if _RANGE_OPENING.search(doc.text, max(0, day_start - 10), day_start):
        return False
    span = doc.doc.char_span(day_start, day_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if head.pos_ == "ADP":  # "on August 19": the preposition's head
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.tag_ not in _PAST_TAGS:
        return False
    return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")


def opens_its_sentence(text: str, start: int) -> bool:
    """Whether the expression at ``start`` opens its sentence, perhaps after "At" or "Shortly after"."""
    return _OPENING.search(text, max(0, start - 30), start) is not None
