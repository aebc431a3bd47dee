"""One way to give a tagged expression a new value: its span follows, and its anchor says why it changed."""

from __future__ import annotations

from dataclasses import replace

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan


def redated(expr: TemporalExpression, value: str, anchor: Anchor | None = None, *,
            timex_type: TimexType | None = None, mod: str | None = "keep") -> TemporalExpression:
    """``expr`` with ``value`` (and optionally a new type or mod); the anchor defaults to the one it had."""
    new_mod = expr.mod if mod == "keep" else mod
    if anchor is None:
        anchor = expr.span.anchor if expr.span is not None else Anchor.EXPLICIT
    span = TimeSpan.from_value(value, new_mod, anchor, expr.text)
    return replace(expr, value=value, mod=new_mod, span=span, type=timex_type or expr.type)
