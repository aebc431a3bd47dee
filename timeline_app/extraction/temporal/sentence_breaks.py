"""Where a sentence ends between two expressions: a day or a year named in one sentence frames the next
expressions only up to a sentence break."""

from __future__ import annotations

import re

# The end of a sentence between two expressions: not the point of "14.1%" or "Sept. 30".
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'(])|[!?]|\n")
# The end of a sentence between two clocks or parts of the day: not the point of "9 a.m. Tuesday" or "J. Smith".
SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z\"\u201c])|\n")


def breaks_sentence(text: str, start: int, end: int) -> bool:
    """A sentence ends between ``start`` and ``end`` (the next sentence's first letter may be at ``end``)."""
    return SENTENCE_BREAK.search(text, start, min(len(text), end + 1)) is not None


# A full stop that ends a short form, not the sentence: "Mr. Smith", "the U.S. Senate", "9 a.m. Tuesday"
_SHORT_FORM = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Prof|Lt|Col|Capt|Sgt|Rev|Jr|Sr|Mt|No)"
                         r"|(?:\b[A-Za-z]\.)+[A-Za-z])$")
_REACH = 300


def _real_breaks(text: str, start: int, end: int) -> list[re.Match[str]]:
    return [m for m in SENTENCE_BREAK.finditer(text, start, end)
            if m.group().startswith(("!", "?", "\n")) or not _SHORT_FORM.search(text, max(0, m.start() - 12),
                                                                                 m.start())]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The characters of the sentence around ``start:end`` (at most 300 either side), not cut at the point of
    "Mr.", "U.S." or "a.m."."""
    window = max(0, start - _REACH)
    first = max((m.end() for m in _real_breaks(text, window, start)), default=window)
    after = _real_breaks(text, end, min(len(text), end + _REACH))
    return first, after[0].start() if after else min(len(text), end + _REACH)


_SHORT_FORM_POINT = re.compile(r"(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr|Mt|No))\.|(?<=\bMrs)\.|(?<=\b[A-Za-z])\.(?=[A-Za-z]?\.?\s)"
                               r"|(?<=\b(?:Sen|Rep|Gov|Gen|Col|Sgt|Rev))\.|(?<=\b(?:Prof|Capt))\.")


def without_short_form_points(text: str) -> str:
    """``text`` with the points of "Mr.", "U.S." and "a.m." made spaces (same length), so that a pattern
    that stops at a full stop reads on."""
    return _SHORT_FORM_POINT.sub(" ", text)
