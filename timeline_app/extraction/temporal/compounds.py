"""Durations told in two units: "two hours and 15 minutes", "1 hour 20 minutes", "three years and six months".

TimeML tags them as one duration (PT2H15M); the patterns find each unit on its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.base import number_of
from timeline_app.extraction.temporal.durations import duration_value

_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?")
_OFFSET_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago)\b", re.I)
_PART = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_UNITS = ("Y", "M", "W", "D", "H", "TM", "S")  # largest first; "TM" is minutes
_OFFSET = re.compile(r"(?P<num>\d+|[a-z]+)\s+(?P<unit>minutes?|seconds?|hours?|days?|weeks?|months?)"
                     r"\s+(?:later|earlier|after|before|ago)", re.I)


def _parts(value: str) -> dict[str, int] | None:
    match = _PART.fullmatch(value)
    if match is None or value in ("P", "PT"):
        return None
    return {unit: int(amount) for unit, amount in zip(_UNITS, match.groups(), strict=True) if amount is not None}


def _value(parts: dict[str, int]) -> str:
    date = "".join(f"{parts[u]}{u}" for u in ("Y", "M", "W", "D") if u in parts)
    time = "".join(f"{parts[u]}{u[-1]}" for u in ("H", "TM", "S") if u in parts)
    return "P" + date + ("T" + time if time else "")


def _second_amount(second: TemporalExpression) -> str | None:
    """The duration value of the second part: a duration, or the amount of "45 minutes later" (the offset that
    closes "1 hour and 45 minutes later")."""
    if second.type is TimexType.DURATION:
        return second.value if second.mod is None else None
    offset = _OFFSET.fullmatch(second.text)
    amount = number_of(offset["num"]) if offset else None
    return duration_value(amount, offset["unit"]) if offset and amount is not None else None


def _joined(first: TemporalExpression, second: TemporalExpression, text: str) -> str | None:
    """The value of the two durations as one, when the second counts smaller units right after the first."""
    second_value = _second_amount(second)
    if first.type is not TimexType.DURATION or second_value is None:
        return None
    if not _JOIN.fullmatch(text, first.end, second.start):
        return None
    if "," in text[first.end:second.start] and (second.type is not TimexType.DURATION or _OFFSET.fullmatch(
            second.text) or _OFFSET_AFTER.match(text, second.end)):
        return None  # "within two years, a week after he resigned": an aside that dates, not a second unit
    one, two = _parts(first.value), _parts(second_value)
    if not one or not two or max(_UNITS.index(u) for u in one) >= min(_UNITS.index(u) for u in two):
        return None
    return _value({**one, **two})


def with_compound_durations(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with each two-unit duration as one."""
    merged: list[TemporalExpression] = []
    for expr in expressions:
        value = _joined(merged[-1], expr, text) if merged else None
        if value is None:
            merged.append(expr)
            continue
        first = merged[-1]
        offset = _OFFSET.fullmatch(expr.text) if expr.type is not TimexType.DURATION else None
        end = expr.start + offset.end("unit") if offset else expr.end  # the duration, without "later"
        merged[-1] = replace(first, end=end, text=text[first.start:end], value=value)
    return merged
