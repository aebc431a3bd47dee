"""A holiday told in the past right after a day written out with its year: "He was hit on December 31, 2003 and
died on New Year's Day" is the New Year's Day after that day (2004), not the one before the DCT."""

from __future__ import annotations

from dataclasses import replace

from timeline_app.core.timespan import Anchor, Granularity, TimeSpan
from timeline_app.extraction.temporal.base import Normalised
from timeline_app.extraction.temporal.normalise import normalise_cached
from timeline_app.extraction.temporal.resolve import DAY_VALUE, FUTURE, UNKNOWN
from timeline_app.extraction.temporal.sentence_breaks import breaks_sentence

# A story moves on by days: a holiday more than a month after the day named is no step in it.
_STEP_DAYS = 31


def holiday_after_the_day(found: Normalised, text: str, surface: str, day: TimeSpan | None, day_end: int,
                          start: int, direction: int) -> Normalised:
    """The first such holiday on or after ``day`` (a day its sentence wrote out with its year), within a month."""
    if day is None or direction == FUTURE or day.anchor is not Anchor.EXPLICIT or (
            day.granularity is not Granularity.DAY) or not DAY_VALUE.fullmatch(found.value) or breaks_sentence(
            text, day_end, start):
        return found
    for year in (day.start.year, day.start.year + 1):
        dated = normalise_cached(f"{surface} {year}", None, None, UNKNOWN)
        span = TimeSpan.from_value(dated.value) if dated is not None else None
        if dated is not None and span is not None and 0 <= span.start.number - day.start.number <= _STEP_DAYS:
            return found if dated.value == found.value else replace(dated, mod=found.mod,
                                                                     anchor=Anchor.REFERENCE_TIME)
    return found
