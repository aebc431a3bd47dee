"""The calendar told in the present, read from the words when the parse misses the verb: "Shops close at 2pm on
Christmas Eve", "Christmas Day and Boxing Day fall on a Friday and Saturday". A timetable or a holiday's place in
the week, told in the simple present, is the one to come (told in the past, "fell on", it is not)."""

from __future__ import annotations

import re

# "Shops close at 2pm on ", "Banks open late on ": opening hours told before the day.
_HOURS_BEFORE = re.compile(r"^\W*(?:[\w'\u2019-]+\s+){1,4}(?:open|close|shut)s?\s+(?:early\s+|late\s+)?"
                           r"(?:at\s+[\w.: ]{1,10}?\s+)?(?:on\s+|at\s+)?$", re.I)
# "Christmas Day and Boxing Day fall on": the named days' place in the week, after them.
_FALLS_ON_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,2})?\s+(?:falls?|lands?)"
                             r"\s+on\b")


def calendar_in_present(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """The expression at ``start:end`` is a day of opening hours or a named day whose weekday is given, told in
    the simple present in a sentence that closes with a full stop (a caption's present tells what happened)."""
    if text[sentence_start:sentence_end].rstrip()[-1:] not in (".", "!", "?"):
        return False
    return (_HOURS_BEFORE.match(text[sentence_start:start]) is not None
            or _FALLS_ON_AFTER.match(text, end) is not None)
