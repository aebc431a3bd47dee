"""Years said aloud, as broadcast transcripts write them: "nineteen ninety-six", "two thousand and one"."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.base import Context, Normalised, date
from timeline_app.extraction.temporal.resolve import year_text

_SPOKEN_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SPOKEN_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _spoken_number(words: list[str]) -> int | None:
    if not words:
        return 0
    if len(words) == 1:
        return _SPOKEN_TENS.get(words[0], _SPOKEN_ONES.get(words[0]))
    if len(words) == 2 and words[0] in _SPOKEN_TENS and words[1] in _SPOKEN_ONES:
        return _SPOKEN_TENS[words[0]] + _SPOKEN_ONES[words[1]]
    return None


# Centuries from "thirteen" (a twelve-hour clock never says them: "eleven fifty" stays a clock).
_SPOKEN_YEAR = re.compile(r"\b(?:nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen)[\s-]+"
                          r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
                          r"|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                          r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\b")


def digits_for_spoken_years(text: str) -> str:
    """"january nineteen ninety-seven" -> "january 1997" (lower-case text)."""

    def digits(match: re.Match[str]) -> str:
        words = re.split(r"[\s-]+", match.group(0))
        century, rest = _SPOKEN_TENS.get(words[0]), _spoken_number(words[1:])
        return str(century * 100 + rest) if century and rest is not None and rest >= 10 else match.group(0)

    return _SPOKEN_YEAR.sub(digits, text)


def spoken_year(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"nineteen ninety-six" = 1996, "two thousand" = 2000, "two thousand and one" = 2001."""
    words = [w for w in re.split(r"[\s-]+", m["spoken"]) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = _spoken_number(words[2:])
        return date(year_text(2000 + rest)) if rest is not None else None
    century, rest = _SPOKEN_TENS.get(words[0]), _spoken_number(words[1:])
    if century is None or rest is None or rest < 10:
        return None
    return date(year_text(century * 100 + rest))
