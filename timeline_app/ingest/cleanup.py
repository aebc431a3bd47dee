"""Removing the furniture that comes along when a web page is copied as text.

Only whole lines that no article sentence looks like are dropped (navigation
links, share buttons, agency bylines), plus photo credits glued onto captions.
"""

from __future__ import annotations

import re

_NAV_LINE = re.compile(
    r"^(?:\d{1,2}\.\s*)?(?:skip|jump) to\b.{0,40}$"
    r"|^(?:advertisement|share(?: this(?: article| story)?)?|print|e-?mail|follow us.*|"
    r"sign up.{0,60}|subscribe.{0,40}|read more:?|related (?:content|topics|stories)|"
    r"accept (?:all )?cookies|send|facebook|twitter|whatsapp|linkedin|copy link|listen to (?:this )?article)$",
    re.IGNORECASE,
)
# Agency credit at the foot of wire copy: "es, ar/aw (AP, Reuters)", "jsi/rt (AFP, dpa)".
_AGENCY_BYLINE = re.compile(r"^[a-z]{1,4}(?:\s*[/,]\s*[a-z]{1,4})*\s*\((?:[A-Za-z][\w.-]{0,12}(?:,\s*)?)+\)$")
# Photo credits glued to the end of a caption by copy-paste: "...in OctoberImage: A. B/AFP".
_GLUED_CREDIT = re.compile(r"(?<=[\w.!?\"”’')])(?:Image|Photo|Picture|Foto|Bild)\s*:\s.*$")
_BLANK_RUNS = re.compile(r"\n{3,}")


def is_boilerplate(line: str) -> bool:
    """True for a navigation, sharing or agency-credit line."""
    stripped = line.strip()
    return bool(_NAV_LINE.match(stripped) or _AGENCY_BYLINE.match(stripped))


def strip_glued_credit(line: str) -> str:
    """Drop a photo credit that copy-paste glued onto the end of a caption."""
    return _GLUED_CREDIT.sub("", line)


def clean_text(text: str) -> str:
    """The article text without boilerplate lines, trailing spaces or long
    runs of blank lines."""
    kept = [strip_glued_credit(line).rstrip() for line in text.split("\n") if not is_boilerplate(line)]
    return _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()
