"""Event counts per time bucket, computed in SQL (a zoomed-out timeline draws
these instead of a million items)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import ColumnElement, func, literal, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from timeline_app.core import Day, Granularity
from timeline_app.storage.models import EventRow

IntColumn = ColumnElement[int] | InstrumentedAttribute[int]
_SHIFT = 10**9  # makes operands positive so integer division floors on every database


def _floor_div(column: IntColumn, divisor: int) -> ColumnElement[int]:
    shifted = column + literal(divisor * _SHIFT)
    return (shifted // literal(divisor)) - literal(_SHIFT)


def _month_start(index: int) -> Day:
    return Day(index // 12, index % 12 + 1, 1)


# bucket key in SQL, and the first day of the bucket with that key
_BUCKETS: dict[Granularity, tuple[Callable[[], IntColumn], Callable[[int], Day]]] = {
    Granularity.DAY: (lambda: EventRow.start_day, Day.from_number),
    Granularity.WEEK: (lambda: _floor_div(EventRow.start_day + 3, 7), lambda k: Day.from_number(k * 7 - 3)),
    Granularity.MONTH: (lambda: EventRow.start_month, _month_start),
    Granularity.QUARTER: (lambda: _floor_div(EventRow.start_month, 3), lambda k: _month_start(k * 3)),
    # meteorological seasons: December-February, March-May, ...
    Granularity.SEASON: (lambda: _floor_div(EventRow.start_month + 1, 3), lambda k: _month_start(k * 3 - 1)),
    Granularity.HALF: (lambda: _floor_div(EventRow.start_month, 6), lambda k: _month_start(k * 6)),
    Granularity.YEAR: (lambda: EventRow.start_year, lambda k: Day(k, 1, 1)),
    Granularity.DECADE: (lambda: _floor_div(EventRow.start_year, 10), lambda k: Day(k * 10, 1, 1)),
    Granularity.CENTURY: (lambda: _floor_div(EventRow.start_year, 100), lambda k: Day(k * 100, 1, 1)),
    Granularity.MILLENNIUM: (lambda: _floor_div(EventRow.start_year, 1000), lambda k: Day(k * 1000, 1, 1)),
}


def bucket_counts(
    session: Session, granularity: Granularity, start: Day | None, end: Day | None
) -> list[tuple[Day, int]]:
    """``(first day of bucket, events)`` for each non-empty bucket, in order.

    An event counts in the bucket of its (corrected) first day; ``start`` and
    ``end`` select events by that first day.
    """
    key_of, day_of = _BUCKETS[Granularity(granularity)]
    key = key_of().label("bucket")
    query = select(key, func.count()).group_by(key).order_by(key)
    if start is not None:
        query = query.where(EventRow.start_day >= start.number)
    if end is not None:
        query = query.where(EventRow.start_day <= end.number)
    return [(day_of(int(bucket)), int(count)) for bucket, count in session.execute(query)]
