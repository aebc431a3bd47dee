"""When the date the story named last is no year for the months that follow it: a comparison base ("rose 2.6%
from a year earlier, up from 2.4% in September"), a year that names a thing whose end the clause tells ("the
1991 treaty, which expired in December"), a thing made ahead of its year ("the 2025 crop") or a forecast's year;
and when a year only qualifies the date before it ("November 18 last year")."""

from __future__ import annotations

import re

from timeline_app.core.timespan import Granularity, TimeSpan

YEAR_OR_COARSER = frozenset({Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})

_YEAR_BACK = re.compile(r"(?:the\s+same\s+(?:period|month|quarter|time)\s+)?"
                        r"(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year"
                        r"|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)", re.I)
# "up from a year earlier", "hopes to match last year's profit": a figure's base, met or beaten
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|with|versus|vs\.?|over|on|match(?:es|ed|ing)?|beat(?:s|ing)?"
                              r"|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|equal(?:s|led|ling)?|repeat(?:s|ed|ing)?)"
                              r"\s+(?:the\s+same\s+\w+\s+)?$", re.I)
# "the 1991 treaty", "its 2015 deal", "the 1994 Budapest Memorandum": a year used as a modifier of a noun
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?[A-Za-z]{3,}")
_ENDING_VERB = re.compile(r"\b(?:expired?|expires|expiring|lapsed?|lapses|ended|ends|collapsed|quit|abandoned"
                          r"|withdr[ae]w|withdrawn|scrapped|torn\s+up|tore\s+up|replaced|superseded|terminated"
                          r"|renounced|exited|left|pulled\s+out\s+of)\b", re.I)


def is_comparison_base(text: str, start: int, end: int) -> bool:
    """"from a year earlier", "than a year ago": what a figure is compared with, not the year the story is in."""
    return _YEAR_BACK.fullmatch(text, start, end) is not None and _COMPARED_BEFORE.search(
        text, max(0, start - 24), start) is not None


_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|as\s+against|versus)\b", re.I)


def compared_across(text: str, year_end: int, start: int) -> bool:
    """"shrink 0.5% this year, compared with the 1.5% pencilled in at the November meeting": what the year is
    compared with is told in its own time."""
    return _COMPARED_WITH.search(text, year_end, start) is not None


def ends_a_thing_named_by_year(text: str, year_start: int, year_end: int, start: int) -> bool:
    """"the 1991 treaty, which expired in December": a thing named by the year it began, whose end the words
    between tell; the month is of its end, not of its year."""
    return _DETERMINER_BEFORE.search(text, max(0, year_start - 8), year_start) is not None and (
        _NOUN_AFTER.match(text, year_end) is not None) and _ENDING_VERB.search(text, year_end, start) is not None


# "the 2025 crop", "its 2030 targets", "the 2024 budget": things made, set or forecast ahead of their year (not a
# harvest: "the 2022 harvest began in September" is in its own year)
_MADE_AHEAD = re.compile(r"\s+(?:crops?|budgets?|models?|vintages?|targets?|goals?|forecasts?|projections?"
                         r"|outlook|guidance|estimates?)\b", re.I)
# "projected growth of 2% in 2024", "expects inflation to average 3.5 percent for 2025": the year of a forecast figure
_FORECAST_BEFORE = re.compile(r"\b(?:project|forecast|predict|expect|see|estimate|anticipate)(?:s|ed|ing)?\b"
                              r"[^.;]{0,60}?\d(?:\.\d+)?\s*(?:%|percent|per\s+cent)[^.;]{0,20}?\b(?:in|for)\s+$", re.I)


def is_a_year_ahead_of_its_story(text: str, year_start: int, year_end: int) -> bool:
    """"The 2025 crop will flower in October", "projected growth of 2% in 2024, down from its October forecast":
    the year of a thing made ahead of it or of a forecast figure, not the year the clause's months are in."""
    return (_DETERMINER_BEFORE.search(text, max(0, year_start - 8), year_start) is not None and _MADE_AHEAD.match(
        text, year_end) is not None) or _FORECAST_BEFORE.search(text, max(0, year_start - 120), year_start) is not None


_JUST_AFTER = re.compile(r"\s*,?\s*")


def is_year_of_the_date_before(text: str, before: TimeSpan | None, before_end: int, year: TimeSpan, start: int) -> bool:
    """"on the morning of November 18 last year": a year written right after a date only says which year the date
    is in; the date stays the time the story is at ("the previous Thursday" counts back from it)."""
    return bool(text) and before is not None and before.granularity not in YEAR_OR_COARSER and (
        before.start.year == year.start.year and year.granularity is Granularity.YEAR) and (
        _JUST_AFTER.fullmatch(text, before_end, start) is not None)


# "above the 1991-2020 average", "40% below 1990 levels", "the 1961-90 baseline": a reference period to compare with
_BASELINE_AFTER = re.compile(r"(?:\s*[-\u2013/]\s*(?:\d{4}|\d\d))?\s+(?:long-term\s+|30-year\s+|annual\s+)?"
                             r"(?:average|averages|baseline|norms?|mean|levels?|normals?)\b", re.I)


def is_a_baseline(text: str, year_start: int, year_end: int) -> bool:
    """"warmer than the 1850-1900 average, and two days in November": a baseline's years (a range's first or last
    year) date no month the clause names later."""
    return _BASELINE_AFTER.match(text, year_end) is not None


# "one more than in 2005, and came ... after Benedict resigned on Feb. 11": a year compared with, unless a when-clause
# tells its own time ("earlier than in 2019, when it fell on 21 April")
_THAN_BEFORE = re.compile(r"\bthan\s+(?:[a-z]+\s+){0,3}?(?:(?:in|during)\s+)?$", re.I)
_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.I)


def is_compared_year(text: str, year_start: int, year_end: int) -> bool:
    """"one more than in 2005", "one more than were needed in 2005": the year a figure is compared with dates
    nothing after it."""
    return _THAN_BEFORE.search(text, max(0, year_start - 40), year_start) is not None and (
        _WHEN_AFTER.match(text, year_end) is None)


def no_year_for_what_follows(text: str, year_start: int, year_end: int, start: int) -> bool:
    """A comparison base ("from a year earlier"), a clause compared with the year ("this year, compared with ...
    in November"), the year of a thing that has since ended ("the 1991 treaty, which expired in December"), of
    a thing made ahead of it ("the 2025 crop"), of a baseline ("the 1991-2020 average") or compared with ("than in
    2005")."""
    return is_comparison_base(text, year_start, year_end) or compared_across(text, year_end, start) or (
        ends_a_thing_named_by_year(text, year_start, year_end, start)) or is_a_year_ahead_of_its_story(
        text, year_start, year_end) or is_a_baseline(text, year_start, year_end) or is_compared_year(
        text, year_start, year_end)
