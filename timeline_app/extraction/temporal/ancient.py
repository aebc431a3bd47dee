"""Dates whose year is not a plain four-digit Gregorian year: ancient dates with an era ("January 49 BC",
"15 March 44 BC", "the spring of 920 BC"), short years named as years ("the year 62"), and North Korean Juche
years given with their Gregorian year ("April 15, Juche 1 (1912)": Juche year N is 1911 + N; the bracketed year is
its own expression).

A month and day followed by such a year is one date; read apart, the month would be placed in the article's
year and the year would be left without its day.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.dates import ERA
from timeline_app.extraction.temporal.lexicon import MONTHS, SEASONS, alternation
from timeline_app.extraction.temporal.resolve import year_text

_MONTH_DAY = (r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>[a-z]+)\.?"
              r"(?:\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?,?\s+")
_ERA_SEASON = rf"(?:the\s+)?(?P<season>{alternation(list(SEASONS))})\s+(?:of\s+)?"
_YEAR_NUMBER = r"the\s+year\s+(?P<num>[1-9]\d{0,2})"
_JUCHE_YEAR = r"juche\s+(?P<num>[1-9]\d{0,2})"
# "the year 62 when", "the year 62." are years; "the year 9 group", "over the year 12 banks failed" a school year
# or a count after "the year": a lower-case word other than a little one follows the number.
_NO_NOUN_AFTER = (r"(?!\s+(?!(?:and|or|but|when|as|after|before|in|on|at|of|to|the|a|an|with|by|for|from|is|was"
                  r"|were|had|has|that|which|while|until|during|under|ad|ce)\b)(?-i:[a-z]))")


def _unnamed(pattern: str) -> str:
    """``pattern`` without its group names, to be compiled with other patterns that use the same names."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# Recognition bodies for patterns.py (case-insensitive there; month names are checked here).
ERA_SEASON_BODY = _unnamed(_ERA_SEASON)  # followed by an ancient year: "the spring of 920 BC"
JUCHE_BODY = rf"(?:(?-i:[A-Z][a-z]+\.?)\s+[0-3]?\d,?\s+)?{_unnamed(_JUCHE_YEAR)}(?!\d)"
YEAR_NUMBER_BODY = rf"{_unnamed(_YEAR_NUMBER)}(?![\d,.:]\d|\d|\s*(?:%|percent|per\s+cent)){_NO_NOUN_AFTER}"


def _year_of_era(number: int, era: str | None) -> int | None:
    if (era or "").replace(".", "") in ("bc", "bce"):
        return 1 - number if number > 0 else None  # astronomical: 1 BC is year 0
    return number


def _on_day(year: int, m: re.Match[str]) -> Normalised | None:
    month = MONTHS.get(m["month"]) if m["month"] else None
    if m["month"] and month is None:
        return None
    day_text = m["day"] or m["day2"]
    if month is None:
        return date(year_text(year))
    if day_text is None:
        return date(f"{year_text(year)}-{month:02d}")
    if m["day"] and m["day2"]:
        return None
    return date(Day(year, month, int(day_text)).iso())


def _era_date(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"January 49 BC", "15 March 44 BC", "March 15, 44 B.C.": a day or month of an ancient year."""
    year = _year_of_era(int(m["num"]), m["era"])
    return None if year is None else _on_day(year, m)


def _era_season(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the spring of 920 BC", "summer 44 BC": a season of an ancient year."""
    year = _year_of_era(int(m["num"]), m["era"])
    return None if year is None else date(f"{year_text(year)}-{SEASONS[m['season']]}")


def _year_number(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"in the year 62": a year of the first millennium, said as a year."""
    return date(year_text(int(m["num"])))


def _juche(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"October 10, Juche 99 (2010)": Juche year N is 1911 + N; a Gregorian year given beside it must agree."""
    year = 1911 + int(m["num"])
    if m["gregorian"] and int(m["gregorian"]) != year:
        return None
    return _on_day(year, m)


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (rf"{_MONTH_DAY}(?P<num>\d{{1,4}})\s*{ERA}", _era_date),
        (rf"{_ERA_SEASON}(?P<num>\d{{1,4}})\s*{ERA}", _era_season),
        (_YEAR_NUMBER, _year_number),
        (rf"(?:{_MONTH_DAY})?{_JUCHE_YEAR}(?:\s*\((?P<gregorian>\d{{4}})\)?)?", _juche),
    )
)
