"""One way to give a tagged expression a new value: its span follows, and its anchor says why it changed."""

from __future__ import annotations

from dataclasses import replace

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan


def redated(expr: TemporalExpression, value: str, anchor: Anchor | None = None, *,
            timex_type: TimexType | None = None, mod: str | None = "keep") -> TemporalExpression:
    """``expr`` with ``value`` (and optionally a new type or mod); the anchor defaults to the one it had. A day
    named by its place among a month's weekdays ("the first Sunday in April") moved to another year is that
    year's such day, not the same date."""
    from timeline_app.extraction.temporal.nth_weekday import same_weekday_in_year

    value = same_weekday_in_year(expr.text, expr.value, value)
    new_mod = expr.mod if mod == "keep" else mod
    if anchor is None:
        anchor = expr.span.anchor if expr.span is not None else Anchor.EXPLICIT
    span = TimeSpan.from_value(value, new_mod, anchor, expr.text)
    return replace(expr, value=value, mod=new_mod, span=span, type=timex_type or expr.type)
