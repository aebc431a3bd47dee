"""Holidays of the Islamic and Hebrew calendars and of the Orthodox Church, as Gregorian days.

International news dates much by them ("a truce for Eid al-Fitr", "the Yom Kippur war", "an Orthodox Easter
ceasefire"). Islamic dates follow the Umm al-Qura calendar (``hijridate``, 1924-2077), which may differ by a day
from a country's sighting of the moon; Hebrew dates follow the fixed arithmetic calendar (``convertdate``).
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import Any

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.festivals import FESTIVAL_VARIANTS

# (month, day) in the Hijri year.
ISLAMIC = {"ramadan": (9, 1), "eid al-fitr": (10, 1), "eid al-adha": (12, 10), "ashura": (1, 10),
           "islamic new year": (1, 1), "mawlid": (3, 12)}
# (month, day) in the Hebrew year, months counted from Nisan as convertdate does (Adar is 12, Adar II 13).
HEBREW = {"passover": (1, 15), "rosh hashanah": (7, 1), "yom kippur": (7, 10), "sukkot": (7, 15),
          "hanukkah": (9, 25), "purim": (12, 14)}
ORTHODOX = ("orthodox easter", "orthodox christmas")
LUNAR_NAMES = (*ISLAMIC, "eid", *HEBREW, *ORTHODOX)
# How long a holiday named as a whole lasts, in days (its first day is its value).
LASTS = {"ramadan": 0, "passover": 8, "hanukkah": 8, "sukkot": 7}  # 0: until the next month begins

# "Eid al-Fitr", "Eid-ul-Azha", "Eidul Fitr", "Eid Al Fitr"; Indonesian "Idul Fitri", Malay "Hari Raya Puasa".
_EID = r"Eid(?:[\s-]*(?i:al|ul|el)[\s-]*|\s+)"
_FITR = rf"{_EID}Fitr|Idul[\s-]?Fitri?|Lebaran|Hari Raya (?:Puasa|Aidilfitri|Idul Fitri)"
_ADHA = rf"{_EID}(?:Adha|Azha|Zuha)|Idul[\s-]?Adha|Hari Raya (?:Haji|Aidiladha|Korban|Qurban)"
# Capitalised, as names are written; spelling variants of one holiday share its canonical name. A bare "Eid"
# is whichever Eid is nearest the story.
_NAMES = (rf"{_FITR}|{_ADHA}|Eid(?![\s-]*(?i:al|ul|el)\b)|Ramadan|Ramzan|Ashura|Mawlid|Islamic New Year|Passover"
          r"|Pesach|Rosh Hashanah|Rosh Hashana|Yom Kippur|Sukkot|Hanukkah|Chanukah|Hanukah|Purim"
          r"|Orthodox Easter|Orthodox Christmas")
LUNAR_RE = f"(?-i:{_NAMES})"
LUNAR_LOWER_RE = f"(?:{_NAMES.lower()})"  # for the normaliser, which reads lower-cased text
_VARIANTS = {"ramzan": "ramadan", "pesach": "passover", "rosh hashana": "rosh hashanah", "chanukah": "hanukkah",
             "hanukah": "hanukkah"}
_FITR_LOWER = re.compile(_FITR.lower())
_ADHA_LOWER = re.compile(_ADHA.lower())


def canonical(name: str) -> str:
    """"Eid ul-Fitr", "Eidul Fitr" and "Lebaran" are "eid al-fitr"; "Pesach" is "passover"; "Diwali" and
    "Deepavali" are "diwali"."""
    lowered = re.sub(r"\s+", " ", name.lower()).replace("\u2019", "'")
    if _FITR_LOWER.fullmatch(lowered):
        return "eid al-fitr"
    if _ADHA_LOWER.fullmatch(lowered):
        return "eid al-adha"
    return FESTIVAL_VARIANTS.get(lowered, _VARIANTS.get(lowered, lowered))


@lru_cache(maxsize=512)
def lunar_days(name: str, year: int) -> tuple[Day, ...]:
    """The days holiday ``name`` (canonical) begins on in Gregorian ``year`` (two for some Islamic
    holidays, none outside the calendars' range)."""
    if name in ISLAMIC:
        return _islamic_days(*ISLAMIC[name], year)
    if name == "eid":
        return tuple(sorted(lunar_days("eid al-fitr", year) + lunar_days("eid al-adha", year)))
    if name in HEBREW:
        return _hebrew_days(name, year)
    if name == "orthodox christmas":
        return (Day(year, 1, 7),) if 1901 <= year <= 2099 else ()
    return (_orthodox_easter(year),) if 1900 <= year <= 2099 else ()


def last_day(name: str, first: Day) -> Day | None:
    """The last day of a holiday that lasts more than a day (None for one-day holidays)."""
    if name not in LASTS:
        return None
    if LASTS[name]:
        return first.plus_days(LASTS[name] - 1)
    following = [day for year in (first.year, first.year + 1) for day in lunar_days("eid al-fitr", year)
                 if day > first]
    return following[0].plus_days(-1) if following else None


def _islamic_days(month: int, day: int, year: int) -> tuple[Day, ...]:
    return tuple(found for found in hijri_days_around(month, day, year) if found.year == year)


@lru_cache(maxsize=256)
def hijri_days_around(month: int, day: int, year: int) -> tuple[Day, ...]:
    """Gregorian days of Hijri ``month``/``day`` in and around Gregorian ``year`` (Umm al-Qura)."""
    from hijridate import Hijri

    estimate = round((year - 622) * 33 / 32)
    found = []
    for hijri_year in range(estimate - 1, estimate + 3):
        try:
            gregorian = Hijri(hijri_year, month, day).to_gregorian()
        except (OverflowError, ValueError):
            continue
        found.append(Day(gregorian.year, gregorian.month, gregorian.day))
    return tuple(found)


def _hebrew_days(name: str, year: int) -> tuple[Day, ...]:
    from convertdate import hebrew

    if not 1 <= year <= 9999:
        return ()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # convertdate calls its own deprecated helpers
        return _hebrew_days_of(hebrew, name, year)


def _hebrew_days_of(hebrew: Any, name: str, year: int) -> tuple[Day, ...]:
    month, day = HEBREW[name]
    hebrew_year = year + (3760 if month < 7 or month >= 12 else 3761)
    if name == "purim" and hebrew.leap(hebrew_year):
        month = 13  # Adar II
    found = Day(*hebrew.to_gregorian(hebrew_year, month, day))
    return (found,) if found.year == year else ()


def _orthodox_easter(year: int) -> Day:
    """Julian-calendar Easter (Meeus), moved onto the Gregorian calendar (13 days in 1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return Day(year, month, day + 1).plus_days(13)
