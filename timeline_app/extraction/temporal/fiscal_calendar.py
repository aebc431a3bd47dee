"""A story's fiscal calendar: the month its fiscal year ends, read from what the story states.

Business news from Japan, India, the UK, Australia and US retailers counts quarters and halves of a fiscal
year that does not match the calendar. Only a stated end month is trusted ("the fiscal year ending March
2026", "the year to 31 January", "fiscal fourth quarter, ended June 30", "the new fiscal year begins on July 1")
or an Indian/Japanese style label ("FY2026-27", which runs April to March); a bare "fiscal first quarter" keeps
its label, as TimeBank writes it. Fiscal years are named by the calendar year they end in (FY2026-27 = 2027).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.extraction.temporal.lexicon import MONTHS, WRITTEN_MONTH
from timeline_app.extraction.temporal.resolve import year_text

_MONTH = rf"(?P<month>{WRITTEN_MONTH.pattern})"
_DAY_MONTH = rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}})\b|(?P<day2>\d{{1,2}})\s+(?P<month2>{WRITTEN_MONTH.pattern}))"
_YEAR_ENDS = re.compile(
    r"\b(?:(?i:fiscal|financial)\s+year|(?i:the)\s+year)(?:,)?\s+(?:(?:that|which)\s+)?"
    r"(?:ending|ended|ends|end|to|runs\s+(?:to|through|until))\s+(?:on\s+|in\s+)?"
    rf"(?:{_DAY_MONTH}|{_MONTH.replace('month', 'month3')}(?:,?\s+(?:19|20)\d\d))")
_FISCAL_YEAR_ONLY_ENDS = re.compile(
    rf"\b(?i:fiscal|financial)\s+year\s+(?:ending|ended|ends|runs\s+(?:to|through))\s+(?:in\s+)?(?P<month>"
    rf"{WRITTEN_MONTH.pattern})(?![\w.]*\s+\d)")
_YEAR_BEGINS = re.compile(
    r"\b(?:(?i:fiscal|financial)\s+year|FY\s?\d{2}(?:\d\d)?(?:\s?[-\u2013/]\s?\d\d)?),?\s+(?:(?:that|which)\s+)?"
    rf"(?:begins|began|starts|started|begin|start)\s+(?:on\s+|in\s+)?(?:{_MONTH}(?:\s+1\b)?|1\s+(?P<month2>"
    rf"{WRITTEN_MONTH.pattern}))")
_LAST_QUARTER_ENDED = re.compile(
    r"\b(?i:fiscal)[\s-]+(?i:fourth|final|last|4th)[\s-]+(?i:quarter),?\s+(?:(?:that|which)\s+)?"
    rf"(?:ended|ending|ends)\s+(?:on\s+)?{_DAY_MONTH}")
# "FY2019-20", "FY 2026-27", "fiscal 2019-20": a year label that runs across two calendar years.
FY_RANGE = re.compile(r"\b(?:FY\s?|(?i:fiscal|financial)\s+(?:(?i:year)\s+)?)(?P<y1>(?:19|20)\d\d)\s?[-\u2013/]\s?"
                      r"(?P<y2>\d\d)\b")
LABEL_HABIT_END_MONTH = 3  # India and Japan: April to March
# "Q2 FY14 ... Rs 412 crore": an Indian company's "FY14" ends in March 2014 (Japan names its years by their start)
_SHORT_LABEL = re.compile(r"\bFY\s?\d\d(?:\d\d)?\b")
_INDIAN_MONEY = re.compile(r"\b(?:Rs\.?\s?\d|INR\s?\d|(?i:crores?|lakhs?|rupees?)\b)|\u20b9")


@dataclass(frozen=True)
class FiscalCalendar:
    """A fiscal year ending in ``end_month`` (1-11), named by the calendar year it ends in."""

    end_month: int
    # The story says it of its fiscal year ("the fiscal year ending March 2026", "FY2026-27"), not only of
    # "the year ended Sept. 30", after which TimeBank still writes "fourth-quarter" by its label (1989-Q4).
    fiscal: bool = True

    @property
    def start_month(self) -> int:
        return self.end_month % 12 + 1

    @property
    def maps_quarters(self) -> bool:
        """Whether the story's bare quarters and halves are read as calendar periods."""
        return self.fiscal and self.quarter_aligned

    @property
    def quarter_aligned(self) -> bool:
        """Fiscal quarters are calendar quarters only when the year ends with one (March, June, September);
        otherwise a fiscal quarter straddles two and TimeML keeps its label (TimeBank: "fourth-quarter" of a
        year ended Aug. 31 is 1989-Q4)."""
        return self.end_month % 3 == 0

    def span_of(self, fiscal_year: int) -> tuple[Day, Day]:
        """The first and last day of ``fiscal_year`` (FY2019-20 ending in March: 1 April 2019 - 31 March 2020)."""
        first_year, first_month = self.month_of(fiscal_year, 0)
        last_year, last_month = self.month_of(fiscal_year, 11)
        return Day(first_year, first_month, 1), Day(last_year, last_month, days_in_month(last_year, last_month))

    def year_of(self, day: Day) -> int:
        """The fiscal year ``day`` is in."""
        return day.year if day.month <= self.end_month else day.year + 1

    def part_of(self, day: Day, months: int) -> int:
        """Which quarter (``months`` = 3) or half (6) of its fiscal year ``day`` is in, from 1."""
        return (day.month - self.start_month) % 12 // months + 1

    def month_of(self, fiscal_year: int, index: int) -> tuple[int, int]:
        """(year, month) of the fiscal year's month ``index`` (0 = its first month)."""
        absolute = (fiscal_year - 1) * 12 + self.start_month - 1 + index
        return absolute // 12, absolute % 12 + 1

    def calendar_value(self, fiscal_year: int, number: int, months: int) -> str:
        """The calendar quarter or half holding most of fiscal quarter/half ``number`` (a tie: the earlier)."""
        year, month = self.month_of(fiscal_year, (number - 1) * months + (months - 1) // 2)
        if months == 3:
            return f"{year_text(year)}-Q{(month - 1) // 3 + 1}"
        return f"{year_text(year)}-H{1 if month <= 6 else 2}"

    def starts(self, fiscal_year: int) -> Day:
        year, month = self.month_of(fiscal_year, 0)
        return Day(year, month, 1)


def stated_calendar(text: str) -> FiscalCalendar | None:
    """The fiscal calendar the story states first, else the one its "FY2026-27" labels imply, else None.
    A year ending in December is the calendar year: None."""
    statements = sorted(_statements(text), key=lambda found: (not found[2], found[0]))
    if statements:
        _, month, fiscal = statements[0]
        return FiscalCalendar(month, fiscal) if month != 12 else None
    if FY_RANGE.search(text) or (_SHORT_LABEL.search(text) and _INDIAN_MONEY.search(text)):
        return FiscalCalendar(LABEL_HABIT_END_MONTH)
    return None


def _statements(text: str) -> list[tuple[int, int, bool]]:
    """(where, end month, said of a fiscal year) of each statement of the year's end."""
    found: list[tuple[int, int, bool]] = []
    for pattern in (_YEAR_ENDS, _FISCAL_YEAR_ONLY_ENDS, _LAST_QUARTER_ENDED):
        for m in pattern.finditer(text):
            month = _month_closed(m)
            if month is not None:
                found.append((m.start(), month, not m.group().lower().startswith("the year")))
    for m in _YEAR_BEGINS.finditer(text):
        month = MONTHS.get((m["month"] or m["month2"]).rstrip(".").lower())
        if month is not None:
            found.append((m.start(), (month - 2) % 12 + 1, True))
    return found


def _month_closed(m: re.Match[str]) -> int | None:
    """The month whose books a stated end closes: "ended Feb. 1" closes January's."""
    groups = m.groupdict()
    name = groups.get("month") or groups.get("month2") or groups.get("month3")
    month = MONTHS.get(name.rstrip(".").lower()) if name else None
    day = groups.get("day") or groups.get("day2")
    if month is None:
        return None
    return (month - 2) % 12 + 1 if day and int(day) < 15 else month


def range_label(m: re.Match[str]) -> int | None:
    """The fiscal year "FY2019-20" names (2020), or None when the two years do not follow each other."""
    first = int(m["y1"])
    return first + 1 if int(m["y2"]) == (first + 1) % 100 else None
