"""Counts with a half that the relative rules cannot take: "a year and a half ago" is 18 months ago, "half an
hour ago" 30 minutes ago (those rules count whole units)."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.base import number_of

HALF_UNITS = {"year": ("months", 12), "day": ("hours", 24), "hour": ("minutes", 60), "decade": ("years", 10),
               "century": ("years", 100), "minute": ("seconds", 60)}
_UNIT_WORDS = r"(?:year|month|day|hour|decade|centur(?:y|ie)|minute)s?"
_AND_A_HALF = re.compile(rf"(?P<num>\b\S+)(?:[\s-]+(?P<unit>{_UNIT_WORDS}))?[\s-]+and[\s-]+a[\s-]+half"
                         rf"(?:[\s-]+(?P<unit2>{_UNIT_WORDS}))?", re.I)
_AGO_END = re.compile(r"\bago$", re.I)
_HALF_A = re.compile(rf"\bhalf\s+an?\s+(?P<unit>{_UNIT_WORDS})", re.I)


def _unit_key(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _in_smaller_units(amount: float, unit: str) -> str | None:
    if (found := HALF_UNITS.get(_unit_key(unit))) is None:
        return None
    return f"{round(amount * found[1])} {found[0]}"


def _months_from(day_of_month: int | None, count: int) -> str | None:
    """"two and a half months ago" said on 3 June is mid-March, three whole months back; said on 20 June it is
    early April, two months back (a month has no smaller unit the rules could count exactly)."""
    if day_of_month is None:
        return None
    months = count + (1 if day_of_month <= 15 else 0)
    return f"{months} month{'s' if months != 1 else ''}"


def halves_counted(text: str, day_of_month: int | None = None) -> str:
    """"a year and a half ago" -> "18 months ago", "half an hour ago" -> "30 minutes ago": the relative rules
    count whole units only (only "ago": it counts from the DCT, whose day of the month ``day_of_month`` is)."""

    def and_a_half(m: re.Match[str]) -> str:
        count, unit = number_of(m["num"].lower()), m["unit"] or m["unit2"]
        if count is None or unit is None or (m["unit"] and m["unit2"]):
            return m.group(0)
        if _unit_key(unit) == "month":
            return _months_from(day_of_month, count) or m.group(0)
        return _in_smaller_units(count + 0.5, unit) or m.group(0)

    if not _AGO_END.search(text):
        return text  # "a minute and a half later" counts from a reference the rules may not hold to the second
    text = _AND_A_HALF.sub(and_a_half, text)
    return _HALF_A.sub(lambda m: _in_smaller_units(0.5, m["unit"]) or (
        "two weeks" if _unit_key(m["unit"]) == "month" else m.group(0)), text)
