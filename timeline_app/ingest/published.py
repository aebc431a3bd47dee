"""Finding an article's title and publication date in its first lines."""

from __future__ import annotations

import re

from timeline_app.core import Day

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_PREFIX = r"(?:(?:published|updated|posted|date|last updated)\s*(?:on)?\s*:?\s*)?(?:[A-Za-z]{3,9},?\s+)?"
_TIME = r"(?:\s*(?:,|at|-|\||\u2013)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
# The forms of a date, each with named groups year, month and day.
_DATE_BODIES = (
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})",
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})",
    r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)",
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})",
)
_ISO_TIME = r"(?:T[\d:.+\-Z]*)?"  # "2022-03-14T09:00:00+01:00"
_DATE_LINES = tuple(
    re.compile(rf"^{_PREFIX}{body}{_ISO_TIME}{_TIME}\.?$", re.IGNORECASE)
    for body in _DATE_BODIES
)
# "PUBLISHED: 13:32 EST, 2 May 2013 | UPDATED: 11:00 EST, 3 May 2013": a labelled line of page furniture.
_LABELLED = re.compile(r"^(?:(?:first\s+)?(?:published|updated|posted|last\s+updated|last\s+modified)\b\s*(?:on|at)?"
                       r"\s*:?|date\s*:)", re.IGNORECASE)
_DATES_IN_LINE = tuple(re.compile(rf"\b{body}\b", re.IGNORECASE) for body in _DATE_BODIES)
_MAX_LABELLED = 120
_HEAD_LINES = 12
_MAX_TITLE = 200


def parse_date_line(line: str) -> Day | None:
    """The date of a line that is nothing but a date ("March 14, 2022",
    "Published 14 March 2022 10:00", "2022-03-14"), else None."""
    stripped = line.strip()
    for pattern in _DATE_LINES:
        match = pattern.match(stripped)
        if match:
            return _to_day(match.group("year"), match.group("month"), match.group("day"))
    return _labelled_date(stripped)


def _labelled_date(line: str) -> Day | None:
    """The first date of a short "Published: ... | Updated: ..." line (the publication date comes first)."""
    if len(line) > _MAX_LABELLED or not _LABELLED.match(line):
        return None
    found = [(match.start(), match) for pattern in _DATES_IN_LINE for match in pattern.finditer(line)]
    for _, match in sorted(found, key=lambda pair: pair[0]):
        day = _to_day(match.group("year"), match.group("month"), match.group("day"))
        if day is not None:
            return day
    return None


def _to_day(year: str, month: str, day: str) -> Day | None:
    month_number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    if month_number is None:
        return None
    try:
        return Day(int(year), month_number, int(day))
    except ValueError:
        return None


def find_published(text: str) -> Day | None:
    """The first date-only line among the article's first lines."""
    for line in _head(text):
        day = parse_date_line(line)
        if day is not None:
            return day
    return None


def find_title(text: str) -> str:
    """The first line that reads like a headline (not a date, not too long)."""
    for line in _head(text):
        candidate = line.strip().lstrip("#").strip()
        if candidate and parse_date_line(candidate) is None:
            return candidate if _reads_like_headline(candidate) else ""
    return ""


def _reads_like_headline(line: str) -> bool:
    """Headlines are short and do not end like a sentence of prose."""
    return len(line) <= _MAX_TITLE and not (line.endswith((".", "!")) and len(line.split()) > 8)


def _head(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()][:_HEAD_LINES]
