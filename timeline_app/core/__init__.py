"""Pure domain layer: no Qt, no SQLAlchemy, no spaCy, nothing else of the project."""

from timeline_app.core.calendar import Day
from timeline_app.core.model import (
    Article,
    DateOrigin,
    Event,
    Factuality,
    Source,
    TemporalExpression,
    TimexType,
    content_id,
    event_id,
)
from timeline_app.core.timespan import Anchor, Granularity, TimeSpan

__all__ = [
    "Anchor",
    "Article",
    "DateOrigin",
    "Day",
    "Event",
    "Factuality",
    "Granularity",
    "Source",
    "TemporalExpression",
    "TimeSpan",
    "TimexType",
    "content_id",
    "event_id",
]
