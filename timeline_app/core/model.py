"""Domain records shared by every layer: articles, temporal expressions, events.

They are plain dataclasses so that extraction, storage, export and the GUI can
exchange them without knowing about spaCy, SQLAlchemy or Qt.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum

from timeline_app.core.calendar import Day
from timeline_app.core.timespan import TimeSpan


class DateOrigin(StrEnum):
    """Where an article's publication date came from."""

    METADATA = "metadata"
    TEXT = "text"
    USER = "user"
    NONE = "none"


class Factuality(StrEnum):
    """Whether the text asserts that an event happened."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    POSSIBLE = "possible"
    NEGATED = "negated"


class TimexType(StrEnum):
    """TIMEX3 ``type`` attribute."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


def content_id(text: str) -> str:
    """Stable id of an article: a hash of its whitespace-normalised text, so the
    same article imported twice (even renamed) is recognised."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Article:
    """One news article; every offset elsewhere indexes into ``text``."""

    text: str
    title: str = ""
    source: str = ""
    published: Day | None = None
    published_origin: DateOrigin = DateOrigin.NONE
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    """A TIMEX3 found in a text: character offsets, type, value and mod.

    ``span`` is the resolved TimeSpan for DATE and TIME values (None for
    durations, sets and unresolved values).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    span: TimeSpan | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where an event is reported: an article's sentence and the words in it."""

    article_id: str
    sentence: str
    start: int
    end: int
    time_start: int | None = None
    time_end: int | None = None
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(slots=True)
class Event:
    """Something that happened (or is said to be planned), with when and who."""

    id: str
    title: str
    when: TimeSpan
    type: str = "EVENT"
    actors: list[str] = field(default_factory=list)
    location: str | None = None
    confidence: float = 0.5
    sources: list[Source] = field(default_factory=list)
    factuality: Factuality = Factuality.ASSERTED
    user_created: bool = False
    # The user changed the title, date or type (the extracted values are kept apart).
    corrected: bool = False


def event_id(article_id: str, start: int, end: int) -> str:
    """Deterministic event id from the place of its first mention."""
    key = f"{article_id}:{start}:{end}".encode()
    return hashlib.sha256(key).hexdigest()[:16]
