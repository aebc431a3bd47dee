"""Financial and official periods: "the third quarter", "Q1", "H2 2024", "FY2025", "the latest quarter",
"year-earlier", "the April-June quarter", "year to date", "year-end", "epidemiological week 31".
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day, days_in_month, iso_week_of, iso_weeks_in_year
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Context, Normalised, date
from timeline_app.extraction.temporal.lexicon import MONTHS, ORDINALS
from timeline_app.extraction.temporal.resolve import (
    FUTURE,
    PAST,
    parse_year,
    plus_quarters,
    quarter_of,
    shift_span,
    year_text,
)


def numbered_quarter(m: re.Match[str], ctx: Context) -> Normalised | None:
    ordinal = ORDINALS.get(m["ord"], 0)
    kind = m["kind"]
    if kind.startswith("two"):  # "the first two quarters of 1990" is its first half
        if ordinal not in (1, 3) and m["ord"] not in ("last", "final"):
            return None
        kind, ordinal = "half", 1 if ordinal == 1 else 2
    if kind == "half" and ordinal > 2 and m["ord"] not in ("last", "final"):
        return None
    if kind == "half":
        ordinal = min(ordinal, 2)
    letter = "Q" if kind == "quarter" else "H"
    year = _quarter_year(m, ctx, ordinal if kind == "quarter" else ordinal * 2)
    if year is None:
        return date(f"XXXX-{letter}{ordinal}")
    anchor = Anchor.EXPLICIT if m["year"] or m["year0"] else Anchor.DOCUMENT_DATE
    if m["ago"]:
        year, anchor = year - 1, Anchor.REFERENCE_TIME
    return date(f"{year_text(year)}-{letter}{ordinal}", anchor)


def _quarter_year(m: re.Match[str], ctx: Context, quarter: int) -> int | None:
    if m["year"] or m["year0"]:
        return parse_year(m["year"] or m["year0"], ctx.dct)
    if ctx.dct is None:
        return None
    rel = m["yrel"] or m["yrel0"] or ""
    if rel:
        return ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    if m["the"]:
        # "risks in the second half of the year": this year's, whatever the tense; but "slowed in the second
        # half of the year" said in April is last year's, for this year's has not begun
        first_month = (quarter - 1) * 3 + 1 if m["kind"] != "half" else (quarter // 2 - 1) * 6 + 1
        return ctx.dct.year - 1 if ctx.direction == PAST and first_month > ctx.dct.month else ctx.dct.year
    if m["kind"] == "half":
        return _year_of_part(quarter // 2, 1 if ctx.dct.month <= 6 else 2, ctx.dct, ctx.direction, 0)
    return _year_of_part(quarter, quarter_of(ctx.dct.month), ctx.dct, ctx.direction)


def year_to_date_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"up 12% year to date": the DCT's year, so far."""
    if ctx.dct is None:
        return None
    return Normalised(TimexType.DATE, year_text(ctx.dct.year), None, Anchor.DOCUMENT_DATE)


def week_number_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"epidemiological week 31": ISO week 31 of the year written, or of the DCT's."""
    week = int(m["week"])
    if m["year"]:
        year = int(m["year"])
    elif ctx.dct is not None:
        # "In epidemiological week 52, cases rose" said in January: last year's week 52, unless ahead
        year = ctx.dct.year
        if ctx.direction != FUTURE and week > iso_week_of(ctx.dct)[1] and iso_week_of(ctx.dct)[0] == year:
            year -= 1
    else:
        return None
    if not 1 <= week <= iso_weeks_in_year(year):
        return None
    return date(f"{year_text(year)}-W{week:02d}", Anchor.EXPLICIT if m["year"] else Anchor.DOCUMENT_DATE)


def year_end_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"year-end", "around year end": the end of the DCT's year."""
    if ctx.dct is None:
        return None
    return Normalised(TimexType.DATE, year_text(ctx.dct.year), "END", Anchor.DOCUMENT_DATE)


def quarter_abbreviation_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"Q3 2021", "2021-Q3", "H1", "FY2021": business shorthand for quarters, halves and fiscal years."""
    if m["fy"]:
        digits = m["fy"]
        year = int(digits) if len(digits) == 4 else parse_year("'" + digits, ctx.dct)
        return date(year_text(year))
    letter, number = (m["kind"] or m["kind2"]).upper(), int(m["n"] or m["n2"])
    if letter == "H" and number > 2:
        return None
    year_digits = m["y1"] or m["y2"]
    if year_digits:
        return date(f"{year_digits}-{letter}{number}")
    if ctx.dct is None:
        return date(f"XXXX-{letter}{number}")
    current = quarter_of(ctx.dct.month) if letter == "Q" else (1 if ctx.dct.month <= 6 else 2)
    year = _year_of_part(number, current, ctx.dct, ctx.direction, 1 if letter == "Q" else 0)
    return date(f"{year_text(year)}-{letter}{number}", Anchor.DOCUMENT_DATE)


def _year_of_part(number: int, current: int, dct: Day, direction: int, just_ended: int = 1) -> int:
    """The year of quarter or half ``number`` named without one: this year's unless the tense puts it on
    the other side ("will arrive in Q1" said in September is next year's; "rose in Q4" said in May last year's).
    The quarter just ended (``just_ended`` = 1) stays this year's even ahead, for its results are still to come:
    "expects to report a third-quarter loss" in October. A half-year has no such lag (0)."""
    if direction == FUTURE:
        return dct.year + 1 if number < current - just_ended else dct.year
    return dct.year if number <= current else dct.year - 1


def latest_quarter_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """Financial news: "the quarter", "the latest quarter" = the last completed quarter."""
    if ctx.dct is None:
        return None
    if m["ago"] and ctx.period is not None:
        value = shift_span(ctx.period, -4, "Q")
        return date(value, Anchor.REFERENCE_TIME) if value else None
    current = quarter_of(ctx.dct.month)
    if m["which"] == "current" or (ctx.direction == FUTURE and not m["which"] and not m["ago"]):
        # "Prices will be reviewed at the end of the quarter": told ahead, the quarter running now
        year, quarter = ctx.dct.year, current
    else:
        year, quarter = plus_quarters(ctx.dct.year, current, -1)
    if m["ago"]:
        year -= 1
    if m.groupdict().get("year"):
        year = parse_year(m["year"], ctx.dct)
    return date(f"{year_text(year)}-Q{quarter}", Anchor.DOCUMENT_DATE)


def year_ago_adjective_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"year-earlier results", "last year's quarter": the compared period a year before."""
    if ctx.period is not None:
        value = shift_span(ctx.period, -4, "Q")
        return date(value, Anchor.REFERENCE_TIME) if value else None
    if ctx.dct is None:
        return None
    return date(year_text(ctx.dct.year - 1), Anchor.DOCUMENT_DATE)


def months_quarter_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the April-June quarter", "the January-March period", "the March quarter" (Indian and Australian
    usage: the quarter ending in March): the calendar quarter those months make up."""
    last = MONTHS.get(m["m2"].rstrip("."))
    first = MONTHS.get(m["m1"].rstrip(".")) if m["m1"] else (last - 2 if last else None)
    return _quarter_of_months(first, last, ctx)


def holiday_quarter(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the holiday quarter" of retailers and Apple: the October-December quarter, the one gone by in the past
    tense, the next one ahead, else the nearer ("analysts said the holiday quarter would be weak")."""
    if ctx.dct is None:
        return None
    year = ctx.dct.year
    if (ctx.direction == PAST and ctx.dct.month < 10) or (ctx.direction not in (PAST, FUTURE) and ctx.dct.month < 4):
        year -= 1
    return date(f"{year_text(year)}-Q4", Anchor.DOCUMENT_DATE)


def _quarter_of_months(first: int | None, last: int | None, ctx: Context) -> Normalised | None:
    if first is None or last is None or ctx.dct is None:
        return None
    if first % 3 != 1 or last != first + 2:
        return _months_period(first, last, ctx)
    quarter = quarter_of(first)
    year = ctx.dct.year
    if quarter > quarter_of(ctx.dct.month) and ctx.direction != FUTURE:
        year -= 1
    return date(f"{year_text(year)}-Q{quarter}", Anchor.DOCUMENT_DATE)


def _months_period(first: int, last: int, ctx: Context) -> Normalised | None:
    """"the January-February period": the first month's value, its span running to the end of the last month
    (TIMEX3 has no value for two months)."""
    if ctx.dct is None or not first < last:
        return None
    year = ctx.dct.year - (1 if first > ctx.dct.month and ctx.direction != FUTURE else 0)
    found = date(f"{year_text(year)}-{first:02d}", Anchor.DOCUMENT_DATE)
    return replace(found, last=Day(year, last, days_in_month(year, last)))
