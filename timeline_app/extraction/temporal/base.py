"""Shared records of the normaliser: what it knows (Context) and what it returns (Normalised)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.lexicon import NUMBER_WORDS, VAGUE_NUMBERS
from timeline_app.extraction.temporal.resolve import UNKNOWN


@dataclass(frozen=True, slots=True)
class Context:
    """What a relative expression resolves against.

    ``dct`` is the document creation time, ``reference`` the most recent date
    resolved earlier in the text, ``direction`` PAST / UNKNOWN / FUTURE from
    the tense of the governing verb and cue words around the expression, and
    ``period`` the latest quarter or half-year named (financial news compares
    "the third quarter" with "a year earlier", meaning that quarter a year before).
    """

    dct: Day | None = None
    reference: TimeSpan | None = None
    direction: int = UNKNOWN
    period: TimeSpan | None = None


@dataclass(frozen=True, slots=True)
class Normalised:
    """TIMEX3 type, value and mod of one expression, and how its date was anchored. ``last`` is the last
    day of a holiday that lasts longer than its value's day ("Ramadan", "Passover")."""

    type: TimexType
    value: str
    mod: str | None = None
    anchor: Anchor = Anchor.EXPLICIT
    last: Day | None = None

    def with_mod(self, mod: str | None) -> Normalised:
        return replace(self, mod=mod or self.mod)


# A normalisation rule's handler: the rule's match and the context to the expression's reading, or None.
Handler = Callable[[re.Match[str], Context], Normalised | None]


def date(value: str, anchor: Anchor = Anchor.EXPLICIT) -> Normalised:
    return Normalised(TimexType.DATE, value, None, anchor)


def time(value: str, anchor: Anchor = Anchor.EXPLICIT) -> Normalised:
    return Normalised(TimexType.TIME, value, None, anchor)


def duration(value: str) -> Normalised:
    return Normalised(TimexType.DURATION, value)


# Words that count in NUMBER_WORDS but not within a spelled-out compound ("a" only leads one: "a hundred and fifty")
_NOT_COUNTING = frozenset({"couple", "dozen", "a", "an"})


def number_of(text: str) -> int | None:
    """The amount a number phrase states: "two", "twenty-four", "12", "a"; None for "several"."""
    text = text.strip().replace(",", "")
    if text in VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"\d+", text):
        return int(text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    parts = re.split(r"[\s-]+", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        tens, ones = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if tens >= 20 and tens % 10 == 0 and 0 < ones < 10:
            return tens + ones
        if ones in (100, 1000) and tens < 100:
            return tens * ones
    return _compound_number(parts)


def _compound_number(parts: list[str]) -> int | None:
    """"two hundred and fifty", "one thousand two hundred": hundreds and thousands spelled out."""
    total = current = 0
    words = [part for part in parts if part != "and"]
    if len(words) > 1 and words[0] in ("a", "an") and words[1] in ("hundred", "thousand"):
        words[0] = "one"  # "a hundred and fifty"
    if len(words) < 3 or not all(word in NUMBER_WORDS and word not in _NOT_COUNTING for word in words):
        return None
    for word in words:
        value = NUMBER_WORDS[word]
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current
