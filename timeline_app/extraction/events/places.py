"""The place an article reports from: its dateline ("ROME (Reuters) -") or its headline
("... talks in Rome"). Events of the article's own days with no place of their own happen there."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.events.names import PLACE_LABELS, canonical_place

if TYPE_CHECKING:
    from spacy.tokens import Span

    from timeline_app.core.calendar import Day
    from timeline_app.core.timespan import TimeSpan

# "ROME (Reuters) -", "Rome, March 14 (AP) —", "GENEVA -"
_DATE = r",\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}"
_AGENCY = r"\s*\([A-Za-z.&/ ]{1,30}\)"
_DASH = r"\s*[-\u2013\u2014]{1,2}\s"
_REGION = r"(?:,\s*[A-Z][A-Za-z.' ]{1,25}?)?"  # "KYIV, Ukraine (AP) —"
DATELINE = re.compile(
    rf"^\s*(?:(?P<caps>[A-Z][A-Z.'\- ]{{2,30}}?){_REGION}(?:{_DATE})?(?:{_AGENCY})?"  # ROME (Reuters) -
    rf"|(?P<place>[A-Z][A-Za-z.'\- ]{{1,30}}?)(?:{_DATE}(?:{_AGENCY})?|{_AGENCY})){_DASH}")  # Rome, March 14 (AP) -
_RECENT_DAYS = 3
_MIN_LETTERS = 3  # "US - China talks" is no dateline


def article_place(text: str, ents: list[Span], title: str) -> str | None:
    """The dateline's place, else a place the headline puts its event in ("in Rome")."""
    body = text[text.find(title) + len(title):] if title and title in text else text
    for line in [line for line in body.splitlines() if line.strip()][:3]:
        match = DATELINE.match(line)
        if match and is_dateline_place(match):
            return (match["caps"].strip().title() if match["caps"] else match["place"].strip())
    if title and title in text:
        offset = text.find(title)
        for ent in ents:
            before = text[max(0, ent.start_char - 3):ent.start_char]
            in_title = offset <= ent.start_char < offset + len(title)
            if in_title and ent.label_ in PLACE_LABELS and before.lower() in ("in ", "at "):
                return canonical_place(ent)
    return None


def is_dateline_place(match: re.Match[str]) -> bool:
    """A real dateline: a place in capitals of a few letters ("US - China talks" is none) or with a date or agency."""
    return bool(match["caps"] and sum(c.isalpha() for c in match["caps"]) >= _MIN_LETTERS) or bool(match["place"])


def recent(span: TimeSpan | None, dct: Day | None) -> bool:
    """A span on the article's date or the few days before it."""
    if span is None or dct is None or span.days > _RECENT_DAYS + 1:
        return False  # "2022" holds the article's day but is no day of its own
    return span.start <= dct and span.end.number >= dct.number - _RECENT_DAYS
