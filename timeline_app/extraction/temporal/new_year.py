""""Early in the new year": the year about to begin (or just begun) beside the DCT's.

"The new year" (lower case; "New Year" is the holiday) said late in a year is the one about to begin, unless told
in the past; said early in a year it is the one just begun.
"""

from __future__ import annotations

import re

from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.resolve import PAST, year_text

# From this month on "the new year" is the one ahead.
_NEW_YEAR_AHEAD_FROM = 7
_POINTS = {"early": "START", "late": "END"}


def _new_year(m: re.Match[str], ctx: Context) -> Normalised | None:
    if ctx.dct is None:
        return None
    ahead = ctx.dct.month >= _NEW_YEAR_AHEAD_FROM and ctx.direction != PAST  # "The new year brought hopes": begun
    year = ctx.dct.year + (1 if ahead else 0)
    found = date(year_text(year), Anchor.DOCUMENT_DATE)
    return found.with_mod(_POINTS.get(m["point"] or ""))


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (re.compile(r"(?:(?P<point>early|late)\s+in\s+)?the\s+new\s+year"), _new_year),
)
# The pattern the candidate finder uses: lower case "new" only, and not "the new year's budget" or holiday.
# "The new year 1402 in the Iranian calendar", "the new year of the Tibetans" are another calendar's.
NEW_YEAR_BODY = (r"(?:(?:early|late)\s+in\s+)?the\s+(?-i:new\s+year)(?!'s|\u2019s|\s+\d|\s+(?:holidays?|celebrations?"
                 r"|eve|day|resolutions?|party|message|address|honours|sales?|of)\b)")
