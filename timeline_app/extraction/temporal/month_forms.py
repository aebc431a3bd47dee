"""Month names as candidate patterns write them: case-sensitive, so "may" and "march" stay verbs.

Full names (and their capitals, "JUNE" on an embargo line) and the abbreviations ("Sept.", "Jan").
"""

from __future__ import annotations

from timeline_app.extraction.temporal.lexicon import FULL_MONTHS, MONTHS

_ABBR_MONTHS = [m for m in MONTHS if m not in FULL_MONTHS]
MONTH_FULL = "(?-i:" + "|".join(sorted((m.capitalize() for m in FULL_MONTHS), key=len, reverse=True)) + "|" + \
    "|".join(m.upper() for m in FULL_MONTHS) + ")"
MONTH_ANY = "(?:" + MONTH_FULL + "|(?-i:" + "|".join(sorted((m.capitalize() for m in _ABBR_MONTHS), key=len,
                                                            reverse=True)) + r")\.?)"
