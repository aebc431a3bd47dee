"""A day named by its place among the weekdays of a month: "the second Sunday of December", "the first Monday
in October", "the last Friday of June 2021". Courts, parliaments and festivals fix their days this way."""

from __future__ import annotations

import re

from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.lexicon import MONTHS, WEEKDAYS, alternation
from timeline_app.extraction.temporal.resolve import DAY_VALUE, month_year_near, nth_weekday

_PLACES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
           "fifth": 5, "5th": 5, "last": -1, "final": -1}
PLACE_RE = alternation(_PLACES)
_RULE = re.compile(rf"(?:the\s+)?(?P<place>{PLACE_RE})\s+(?P<weekday>{alternation(WEEKDAYS)})\.?\s+(?:of|in)\s+"
                   rf"(?P<month>{alternation(MONTHS)})\.?(?:,?\s+(?P<year>\d{{4}}))?")


def _nth_weekday_of_month(m: re.Match[str], ctx: Context) -> Normalised | None:
    month = MONTHS[m["month"]]
    if m["year"]:
        year, anchor = int(m["year"]), Anchor.EXPLICIT
    elif ctx.dct is not None:
        year, anchor = month_year_near(ctx.dct, month, ctx.direction), Anchor.DOCUMENT_DATE
    else:
        return None
    place = _PLACES[m["place"]]
    day = nth_weekday(year, month, WEEKDAYS[m["weekday"]], place)
    if day.month != month:
        return None  # no fifth Monday in this month
    return date(day.iso(), anchor)


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = ((_RULE, _nth_weekday_of_month),)


def same_weekday_in_year(text: str, old: str, new: str) -> str:
    """``new``, or, when ``text`` names a day by its place among a month's weekdays and ``new`` only moves
    ``old`` to another year, that year's such day."""
    named, was, now = _RULE.search(text.lower()), DAY_VALUE.fullmatch(old), DAY_VALUE.fullmatch(new)
    if named is None or named["year"] or was is None or now is None or was["year"] == now["year"] or (
            was["month"], was["day"]) != (now["month"], now["day"]):
        return new
    day = nth_weekday(int(now["year"]), int(now["month"]), WEEKDAYS[named["weekday"]], _PLACES[named["place"]])
    return day.iso() if day.month == int(now["month"]) else new
