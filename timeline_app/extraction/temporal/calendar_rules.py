"""Days named by a calendar's rule, not on any one year's calendar: "Easter can fall anywhere between 22 March
and 25 April", "it can occur on any date between January 21 and February 20", "the holiday can start as early as
November 28 or as late as December 27". Their year is unknown (XXXX-03-22), not the DCT's."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression
from timeline_app.extraction.temporal.lexicon import FOUR_DIGIT_YEAR, WRITTEN_MONTH
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.sentence_breaks import breaks_sentence

_DAY_VALUE = re.compile(r"-?\d{4}-(\d\d-\d\d)")
# "can fall", "can occur", "can start", "can be celebrated": what a date may do in any year.
_MAY_HAPPEN = re.compile(r"\bcan\s+(?:(?:only|never|also|still|therefore|thus)\s+)?"
                         r"(?:fall|occur|start|begin|end|land|come|be\s+(?:celebrated|observed|marked))\b", re.I)
# Then the range or the edges of what it may do: "anywhere between", "on any date between", "as early as".
_EDGES = re.compile(r"\b(?:(?:anywhere|any\s+(?:date|day|time))\s+(?:from|between)|between|as\s+(?:early|late)\s+as"
                    r"|no\s+(?:earlier|later)\s+than)\b", re.I)
_REACH = 120


def without_years_of_a_rule(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with the days of a calendar rule given no year."""
    return [_of_no_year(expr) if _in_a_rule(expr, text) else expr for expr in expressions]


def _of_no_year(expr: TemporalExpression) -> TemporalExpression:
    value = _DAY_VALUE.fullmatch(expr.value)
    return redated(expr, f"XXXX-{value.group(1)}") if value is not None else expr


def _in_a_rule(expr: TemporalExpression, text: str) -> bool:
    if _DAY_VALUE.fullmatch(expr.value) is None or FOUR_DIGIT_YEAR.search(expr.text) or not WRITTEN_MONTH.search(
            expr.text):
        return False
    window_start = max(0, expr.start - _REACH)
    rules = list(_MAY_HAPPEN.finditer(text, window_start, expr.start))
    may = rules[-1] if rules else None
    if may is None or breaks_sentence(text, may.end(), expr.start):
        return False
    return _EDGES.search(text, may.end(), expr.start) is not None
