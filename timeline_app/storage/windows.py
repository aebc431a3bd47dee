"""The date-range condition behind every timeline window, built once.

A span of length class c (see :func:`convert.span_class`) starts at most
2**c - 1 days before it ends, so "overlaps [start, end]" becomes, per class, an
index range on (span_class, start_day): no full scan even though overlap needs
both ends of the span.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, or_

from timeline_app.storage.convert import MAX_SPAN_CLASS
from timeline_app.storage.models import EventRow

LOWEST_DAY = -(2**31) + 2**30  # beyond any day a TimeSpan can hold, yet safe from integer overflow
HIGHEST_DAY = 2**31 - 1 - 2**30


@cache
def overlap_condition() -> ColumnElement[bool]:
    """Condition on bound parameters ``window_start`` and ``window_end`` (day numbers)."""
    start = bindparam("window_start", type_=EventRow.start_day.type)
    end = bindparam("window_end", type_=EventRow.start_day.type)
    branches = []
    for span_class in range(MAX_SPAN_CLASS + 1):
        parts = [EventRow.span_class == span_class, EventRow.start_day <= end]
        if span_class < MAX_SPAN_CLASS:
            parts.append(EventRow.start_day >= start - (2**span_class - 1))
        branches.append(and_(*parts))
    return and_(or_(*branches), EventRow.end_day >= start)


def window_params(start: int | None, end: int | None) -> dict[str, Any]:
    """Bound values for :func:`overlap_condition`; None means unbounded."""
    return {
        "window_start": LOWEST_DAY if start is None else start,
        "window_end": HIGHEST_DAY if end is None else end,
    }
