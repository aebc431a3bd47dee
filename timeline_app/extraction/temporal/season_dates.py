"""Normalisation of seasons: "spring 2021", "last winter", "the summer of next year", "that autumn".

A season's value is its year and code ("2021-WI" runs from December 2021 into 2022); without a year, the
one meant is found from the DCT (or the reference time) and the direction of the tense.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Context, Normalised, date
from timeline_app.extraction.temporal.lexicon import SEASONS
from timeline_app.extraction.temporal.resolve import FUTURE, PAST, UNKNOWN, parse_year, year_text

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # "2021-WI" runs from December 2021 into 2022


def season(m: re.Match[str], ctx: Context) -> Normalised | None:
    code = SEASONS[m["season"]]
    if m["year"]:
        return date(f"{year_text(parse_year(m['year'], ctx.dct))}-{code}")
    if ctx.dct is None:
        return date(f"XXXX-{code}")
    year = season_year(code, m["rel"] or "", ctx.dct, ctx.direction)
    return date(f"{year_text(year)}-{code}", Anchor.DOCUMENT_DATE)


def season_of_year(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the spring of next year", "the summer of last year": the season of the year named from the DCT (or,
    "of that year", from the reference time)."""
    if m["yrel"] not in ("this", "last", "next"):  # "the autumn of that year": the year the story is in
        reference = ctx.reference
        return None if reference is None else date(
            f"{year_text(reference.start.year)}-{SEASONS[m['season']]}", Anchor.REFERENCE_TIME)
    if ctx.dct is None:
        return None
    shift = {"this": 0, "last": -1, "next": 1}[m["yrel"]]
    return date(f"{year_text(ctx.dct.year + shift)}-{SEASONS[m['season']]}", Anchor.DOCUMENT_DATE)


def season_year(code: str, rel: str, dct: Day, direction: int) -> int:
    """The year of the season meant: the one the DCT is in, else the last one over (PAST, "last"), the next
    to come (FUTURE, "next") or, for "this" and an unknown direction, the one in the DCT's year or nearest."""
    here = dct.year * 12 + dct.month - 1
    spans = [(year, year * 12 + _SEASON_START[code] - 1) for year in range(dct.year - 2, dct.year + 2)]
    current = next((year for year, start in spans if start <= here <= start + 2), None)
    before = [year for year, start in spans if start + 2 < here]
    after = [year for year, start in spans if start > here]
    if rel in ("last", "past", "this past"):
        return before[-1]
    if rel in ("next", "coming", "this coming"):
        return after[0]
    if current is not None:
        return current
    if rel == "this":
        return dct.year if code != "WI" or dct.month >= 3 else dct.year - 1
    if direction == PAST:
        return before[-1]
    if direction == FUTURE:
        return after[0]
    return min(spans, key=lambda span: min(abs(span[1] - here), abs(span[1] + 2 - here)))[0]


def season_after_reference(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"That spring", "the following winter": the season of, after or before the time the story is at."""
    if ctx.reference is None:
        return None
    code, rel = SEASONS[m["season"]], m["refrel"]
    if rel.endswith(("following", "next")):
        year = season_year(code, "next", ctx.reference.end, UNKNOWN)
    elif rel.endswith(("previous", "preceding")):
        year = season_year(code, "last", ctx.reference.start, UNKNOWN)
    else:
        year = season_year(code, "this", ctx.reference.start, UNKNOWN)
    return date(f"{year_text(year)}-{code}", Anchor.REFERENCE_TIME)
