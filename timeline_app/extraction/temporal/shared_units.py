"""Two ordinals that share one plural unit: "in the first and second quarters", "the third and fourth quarters
of 2001", "the first and second halves". Each ordinal names its own period, as if the unit were written twice;
TimeML marks "first" and "second quarters" as two dates."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.normalise import normalise_cached
from timeline_app.extraction.temporal.resolve import UNKNOWN
from timeline_app.extraction.temporal.sport import in_a_sporting_sentence

_ORDINAL = r"(?:first|second|third|fourth)"
_SHARED = re.compile(rf"\b(?P<a>{_ORDINAL})\s+and\s+(?:the\s+)?(?P<b>{_ORDINAL})\s+(?:(?P<fiscal>fiscal)\s+)?"
                     r"(?P<unit>quarters|halves)(?P<of>\s+of\s+(?:(?:19|20)\d\d|(?:this|last|next)\s+year))?\b",
                     re.I)
_HABITUAL_BEFORE = re.compile(r"\b(?:usually|typically|normally|generally|always|often|traditionally|each|every)\b"
                              r"[^.;!?]*$", re.I)
_SINGULAR = {"quarters": "quarter", "halves": "half"}


def with_shared_unit_periods(expressions: list[TemporalExpression], text: str,
                             dct: Day | None) -> list[TemporalExpression]:
    """``expressions`` with both periods of each "first and second quarters" added, where nothing else was
    found on those words."""
    added: list[TemporalExpression] = []
    for match in _SHARED.finditer(text):
        core_end = match.start("of") if match["of"] else match.end()
        if _HABITUAL_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue  # "usually conducted in the second and fourth quarters": every year's, not this year's
        if in_a_sporting_sentence(text, match.start(), match.end()):
            continue  # "led in the first and third quarters but lost 110-104": periods of a game
        if any(e.start < core_end and match.start() < e.end for e in expressions):
            continue
        # the year of "of 2000" belongs to the second period's extent
        expressions = [e for e in expressions if not (core_end <= e.start and e.end <= match.end())]
        unit = _SINGULAR[match["unit"].lower()] + (match["of"] or "")
        first = _period(match, "a", unit, match.end("a"), dct)
        second = _in_the_same_year(first, match, unit, dct) if first is not None else None
        if first is not None and second is not None:
            added += [first, second]
    return sorted(expressions + added, key=lambda e: e.start) if added else expressions


_PERIOD_OF_YEAR = re.compile(r"(?P<year>-?\d{4}-)[QH]\d")


def _in_the_same_year(first: TemporalExpression, match: re.Match[str], unit: str,
                      dct: Day | None) -> TemporalExpression | None:
    """The second period, in the year of the first: "fell in the first and second halves" said in June is both
    halves of one year, not this year's first and last year's second."""
    second = _period(match, "b", unit, match.end(), dct)
    year = _PERIOD_OF_YEAR.match(first.value)
    if second is None or year is None or not _PERIOD_OF_YEAR.fullmatch(second.value):
        return second
    value = year["year"] + second.value.rsplit("-", 1)[1]
    span = TimeSpan.from_value(value, second.mod, second.span.anchor if second.span else Anchor.DOCUMENT_DATE,
                               second.text)
    return replace(second, value=value, span=span)


def _period(match: re.Match[str], group: str, unit: str, end: int, dct: Day | None) -> TemporalExpression | None:
    found = normalise_cached(f"{match[group]} {unit}".lower(), dct, None, UNKNOWN)
    if found is None or found.type is not TimexType.DATE:
        return None
    start = match.start(group)
    surface = match.string[start:end]
    span = TimeSpan.from_value(found.value, found.mod, found.anchor, surface)
    return TemporalExpression(start, end, surface, found.type, found.value, found.mod, span)
