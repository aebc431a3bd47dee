"""Words of English temporal expressions and the regex fragments built from them.

Month and weekday names are matched case-sensitively (capitalised or all
capitals) so that the modal "may" or "march" as a verb in lower case are not
dates; everything else is case-insensitive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Names written out in full ("March", "May", "June", not "Mar" or "Sept"), and the weekdays' ("Monday", not "Mon").
FULL_MONTHS: list[str] = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
FULL_WEEKDAYS: list[str] = [w for w in WEEKDAYS if w.endswith("day")]
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "a hundred": 100, "a thousand": 1000, "one hundred": 100, "couple": 2, "a couple of": 2, "a couple": 2,
    "couple of": 2, "dozen": 12, "a dozen": 12, "half a": 0, "a half": 0,
}
# Time zones news writes after a clock reading ("1530 GMT", "9 a.m. EDT").
TIME_ZONES = frozenset({
    "GMT", "UTC", "Z", "ET", "PT", "CT", "MT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT",
    "HST", "AST", "ADT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "JST", "KST", "HKT",
    "SGT", "AEST", "AEDT", "WIB", "PKT", "GST",
})
ZONE_NAMES_RE = "|".join(sorted(TIME_ZONES, key=len, reverse=True))
# Verbs that report (their date is the report's, not the story's), as lemmas and as past forms.
REPORTING_VERBS: dict[str, str] = {
    "say": "said", "tell": "told", "announce": "announced", "report": "reported", "confirm": "confirmed",
    "add": "added", "declare": "declared", "state": "stated", "insist": "insisted", "warn": "warned",
    "write": "wrote", "tweet": "tweeted", "claim": "claimed", "show": "showed",
}
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "numerous", "a number of", "countless")
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "last": 4, "final": 4,
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1), "valentine's day": (2, 14),
    "halloween": (10, 31), "independence day": (7, 4), "boxing day": (12, 26), "bastille day": (7, 14),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "saint patrick's day": (3, 17),
    "veterans day": (11, 11), "veterans' day": (11, 11), "may day": (5, 1), "workers' day": (5, 1),
    "epiphany": (1, 6), "german unity day": (10, 3), "reformation day": (10, 31), "all saints' day": (11, 1),
    "all saints day": (11, 1), "armistice day": (11, 11), "remembrance day": (11, 11), "assumption day": (8, 15),
    "st. stephen's day": (12, 26), "st stephen's day": (12, 26), "orthodox christmas": (1, 7),
    "anzac day": (4, 25), "australia day": (1, 26), "waitangi day": (2, 6),
}
# Holidays fixed as (month, weekday, nth; -1 = last) within the month.
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1), "labour day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "presidents' day": (2, 0, 3),
    "presidents day": (2, 0, 3), "president's day": (2, 0, 3),
    "mother's day": (5, 6, 2), "father's day": (6, 6, 3),  # the US dates
    "melbourne cup day": (11, 1, 1),
}
# Days counted from (Western) Easter Sunday.
EASTER_OFFSETS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "palm sunday": -7,
    "ash wednesday": -46, "pentecost": 49, "whit monday": 50, "ascension day": 39, "holy thursday": -3,
    "maundy thursday": -3, "holy saturday": -1, "whit sunday": 49, "shrove tuesday": -47,
    "mothering sunday": -21,  # the fourth Sunday of Lent (UK and Ireland)
}
# "a generation ago", "a few generations ago": some decades back (the candidate and its rule share it)
GENERATIONS_AGO = r"(?:an?|one|two|three|several|a\s+few|some)\s+generations?\s+ago"
# US general elections: the Tuesday after the first Monday of November.
ELECTION_DAY = "election day"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that no word is cut short by a shorter one."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _capitalised(words: list[str]) -> str:
    forms = [w.capitalize() for w in words] + [w.upper() for w in words]
    return alternation(forms)


_DAY_ABBR = [w for w in WEEKDAYS if w not in FULL_WEEKDAYS]
WEEKDAY_RE = rf"(?-i:(?:{_capitalised(FULL_WEEKDAYS)})|(?:{_capitalised(_DAY_ABBR)})\.)"
# A full weekday name as written in running text ("Monday", not "monday"): case-sensitive in any pattern
WEEKDAY_CAPITALISED = rf"(?-i:{alternation(w.capitalize() for w in FULL_WEEKDAYS)})"
SEASON_RE = alternation(list(SEASONS))
NUMBER_WORD_RE = (
    r"(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six"
    r"|seven|eight|nine))?|" + alternation([w for w in NUMBER_WORDS if w not in ("a", "an")])
    + r"|an?(?=[\s-](?:hundred|thousand)\b))"  # "a hundred and fifty years"
    r"(?:[\s-](?:hundred|thousand)\b"  # "two thousand years", "two hundred and fifty years"
    r"(?:(?:\s+and\s+|[\s-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three"
    r"|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b)?)?)"
)
VAGUE_RE = alternation(list(VAGUE_NUMBERS))
ORDINAL_RE = alternation(list(ORDINALS))
_HOLIDAY_NAMES = [h.title().replace("'S", "'s")
                  for h in (*HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_OFFSETS, ELECTION_DAY)]
_HOLIDAY_NAMES += [h.replace("'", "\u2019") for h in _HOLIDAY_NAMES if "'" in h]  # "St. Patrick’s Day" on the web
HOLIDAY_RE = rf"(?-i:{alternation(_HOLIDAY_NAMES)})"


# A month named alone, as an expression's whole text: "December", "Sept.".
BARE_MONTH = re.compile(rf"(?i:{alternation(MONTHS)})\.?")
# A month name as written in running text ("March", "Sept."), and a four-digit year in an expression.
WRITTEN_MONTH = re.compile("|".join(m.capitalize() + ("" if m in FULL_MONTHS else r"\.")
                                    for m in MONTHS))
FOUR_DIGIT_YEAR = re.compile(r"\b\d{4}\b")
