"""Where a sentence ends between two expressions: a day or a year named in one sentence frames the next
expressions only up to a sentence break."""

from __future__ import annotations

import re

# The end of a sentence between two expressions: not the point of "14.1%" or "Sept. 30".
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'(])|[!?]|\n")


def breaks_sentence(text: str, start: int, end: int) -> bool:
    """A sentence ends between ``start`` and ``end`` (the next sentence's first letter may be at ``end``)."""
    return SENTENCE_BREAK.search(text, start, min(len(text), end + 1)) is not None
