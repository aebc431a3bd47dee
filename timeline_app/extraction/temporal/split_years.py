"""A period written across two years: "the 2009-10 season", "the 2025/26 crop", "winter 2026-27", "the
2024-2025 school year".

The tagger sees two years ("2009" and "10"); the text names one period that starts in the first year and runs
into the second. It becomes one DATE valued by its first year (TIMEX3 has no value for a span across years),
whose span runs to the end of the second year so that the timeline draws the whole period; a year said next in
its sentence ("starts in September") is the first year's. A story that states its fiscal calendar reads its
"2017-18" again as a fiscal year afterwards (fiscal_story).
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.lexicon import SEASONS

# The candidate (case as written) and the rule (lower-cased text, as the normaliser sees it).
_KIND_OF_YEAR = r"(?:\s+(?:school|academic|fiscal|financial|budget|tax|marketing|crop|gas|heating)\s+year)?"
SPLIT_YEAR = (r"(?<![\w/.,-])(?:(?:[Ww]inter|[Ss]ummer)\s+)?(?:1[6-9]|20)\d\d\s?[-/\u2013]\s?(?:1[6-9]|20)?\d\d"
              rf"(?![\w/%-]|[.,]\d|\s*(?:per\s*cent|percent)){_KIND_OF_YEAR}")
_RULE = re.compile(r"(?:(?P<season>winter|summer)\s+)?(?P<first>(?:1[6-9]|20)\d\d)\s?[-/\u2013]\s?"
                   rf"(?P<second>(?:1[6-9]|20)?\d\d){_KIND_OF_YEAR}")
_YEARS = re.compile(r"(\d{4})\s?[-/\u2013]\s?(\d{2,4})")


def is_split_year(written: str) -> bool:
    """Whether the two years follow each other ("2009-10", "2024-2025"; not the range "1990-95")."""
    years = _YEARS.search(written)
    return years is not None and _consecutive(int(years.group(1)), years.group(2))


def _consecutive(first: int, second: str) -> bool:
    return int(second) == ((first + 1) % 100 if len(second) == 2 else first + 1)


def _one_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """The period from the first year through the end of the second ("2009-10": 2009, to 31 December 2010)."""
    first = int(m["first"])
    if not _consecutive(first, m["second"]):
        return None  # "1990-95" is a range of years, "2009-08" nothing
    season = m["season"]
    if season:
        return date(f"{first:04d}-{SEASONS[season]}")
    return replace(date(f"{first:04d}"), last=Day(first + 1, 12, 31))


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = ((_RULE, _one_period),)
