""""The mall will open in December", said in January: a month named after "will ... in" is the one ahead, though
it sits next to the DCT's month, where a month is otherwise taken whatever the tense (a tense may be a slip, and
the parse may give a month the wrong verb)."""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.lexicon import MONTHS, alternation
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import MONTH_VALUE

_BARE_MONTH = re.compile(rf"(?:(?:early|late|mid)[\s-]+)?(?P<month>{alternation(MONTHS)})\.?", re.I)
# "will open in", "will not be finished until", "'ll be back by": the verb right before the month looks ahead
_WILL_VERB_BEFORE = re.compile(r"\b(?:will|shall|[A-Za-z]'ll|won't)\s+(?:not\s+)?(?:be\s+)?(?:[a-z]+ly\s+)?"
                               r"[a-z]+(?:\s+(?:back|up|out|open|down|off))?\s+(?:in|by|until|from)\s+$")


def with_months_ahead_of_will(expressions: list[TemporalExpression], text: str,
                              dct: Day | None) -> list[TemporalExpression]:
    """A bare month told after "will <verb> in" and read as last month: the same month next year."""
    if dct is None:
        return expressions
    return [_ahead(expr, text, dct) for expr in expressions]


def _ahead(expr: TemporalExpression, text: str, dct: Day) -> TemporalExpression:
    value = MONTH_VALUE.fullmatch(expr.value)
    if expr.type is not TimexType.DATE or value is None or _BARE_MONTH.fullmatch(expr.text) is None:
        return expr
    year, month = int(value["year"]), int(value["month"])
    if year * 12 + month != dct.year * 12 + dct.month - 1:
        return expr  # only the month just gone is kept against the tense
    if _WILL_VERB_BEFORE.search(text, max(0, expr.start - 48), expr.start) is None:
        return expr
    return redated(expr, f"{year + 1:04d}-{month:02d}")
