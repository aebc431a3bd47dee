"""Numbers that label a thing or dial a telephone: "resolution 1441", "Flight 2046", "version 1903",
"0845 604 3043", "555-1234". A four-digit number there is not a year or a clock."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.patterns import Candidate

# "resolution 1441", "Flight 2046", "Article 1959", "No. 1999": a number that labels a thing, not a year.
_LABEL_BEFORE = re.compile(r"\b(?:resolutions?|flights?|articles?|sections?|clauses?|paragraphs?|chapters?|pages?"
                           r"|rooms?|routes?|highway|interstate|bus|buses|trains?|platforms?|gates?|terminals?|berths?"
                           r"|no\.|nos\.|bills?|decrees?|directives?|regulations?|forms?|items?|exhibits?"
                           r"|lots?|units?|channels?|codes?|cases?|dockets?|files?|squadron|battalion|brigade"
                           r"|regiment|verses?|psalms?|sura|hymns?|opus|op\.|version|build|firmware|release)\s+$",
                           re.I)


def is_number_label(text: str, candidate: Candidate) -> bool:
    """"resolution 1441", "Flight 2046": the number of a resolution, a flight or an article."""
    return re.fullmatch(r"\d{4}", text[candidate.start:candidate.end]) is not None and bool(
        _LABEL_BEFORE.search(text, max(0, candidate.start - 16), candidate.start))


_MORE_DIGITS_AFTER = re.compile(r"[\s-]\d{3,4}\b")
_DIGITS_BEFORE = re.compile(r"(?<![\d,.])\d{3}[\s-]$")  # "604 3043", "555-1234"
_PHONE_BEFORE = re.compile(r"\b(?:call|calls|calling|phone|telephone|tel\.?|dial|ring|hotline|helpline|line|number"
                           r"|freephone|on)\s+$", re.I)


def is_phone_number(text: str, candidate: Candidate) -> bool:
    """"Call police on 0845 604 3043": the start of a telephone number, not a clock at 08:45."""
    surface = text[candidate.start:candidate.end]
    if not re.fullmatch(r"\d{4}", surface):
        return False
    if _DIGITS_BEFORE.search(text, max(0, candidate.start - 6), candidate.start):
        return True  # the last group: "0845 604 3043"
    if not _MORE_DIGITS_AFTER.match(text, candidate.end):
        return False
    return surface.startswith("0") or bool(_PHONE_BEFORE.search(text, max(0, candidate.start - 12), candidate.start))


# "Windows 10 May 2019 Update", "iOS 12 June release", "version 3 March build": a product's version number
# before a month, not the day of the month.
_PRODUCT_BEFORE = re.compile(r"(?<![\w-])(?:(?-i:Windows|Android|iOS|iPadOS|macOS|watchOS|tvOS|Ubuntu|Fedora|Debian"
                             r"|Office|Galaxy|iPhone|iPad|Pixel|Xbox|PlayStation|Java|Python|Firefox|Chrome|Safari"
                             r"|Photoshop|Server)|version|build)\s+$", re.I)
_DAY_FIRST = re.compile(r"\d{1,2}\s+(?-i:[A-Z][a-z]+)")


def is_version_before_month(text: str, candidate: Candidate) -> bool:
    """"the Windows 10 May 2019 Update": the 10 is Windows's version; "May 2019" alone is the date."""
    return _DAY_FIRST.match(text, candidate.start, candidate.end) is not None and bool(
        _PRODUCT_BEFORE.search(text, max(0, candidate.start - 16), candidate.start))
