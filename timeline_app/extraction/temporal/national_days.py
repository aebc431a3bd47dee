"""Independence and Republic days of the world's countries: "Pakistan celebrated Independence Day" is 14 August,
not 4 July; "Turkey's Republic Day" is 29 October, not India's 26 January.

The country is the one named nearest before the holiday in its sentence ("India's 73rd Independence Day"),
else the first one the article names; without any, the United States (Independence Day) or India (Republic Day).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.redate import redated

# (month, day) of the day each country celebrates as its Independence Day.
INDEPENDENCE_DAYS: dict[str, tuple[int, int]] = {
    "United States": (7, 4), "Pakistan": (8, 14), "India": (8, 15), "Bangladesh": (3, 26), "Sri Lanka": (2, 4),
    "Myanmar": (1, 4), "Indonesia": (8, 17), "Philippines": (6, 12), "Malaysia": (8, 31), "Vietnam": (9, 2),
    "Cambodia": (11, 9), "Afghanistan": (8, 19), "Kazakhstan": (12, 16), "Uzbekistan": (9, 1),
    "Kyrgyzstan": (8, 31), "Tajikistan": (9, 9), "Turkmenistan": (9, 27), "Ukraine": (8, 24),
    "Belarus": (7, 3), "Moldova": (8, 27), "Georgia": (5, 26), "Armenia": (9, 21), "Azerbaijan": (10, 18),
    "Estonia": (2, 24), "Latvia": (11, 18), "Lithuania": (2, 16), "Poland": (11, 11), "Finland": (12, 6),
    "Kosovo": (2, 17), "Nigeria": (10, 1), "Ghana": (3, 6), "Kenya": (12, 12), "Tanzania": (12, 9),
    "Uganda": (10, 9), "Rwanda": (7, 1), "Burundi": (7, 1), "Somalia": (7, 1), "South Sudan": (7, 9),
    "Sudan": (1, 1), "Eritrea": (5, 24), "Congo": (6, 30), "Zambia": (10, 24), "Malawi": (7, 6),
    "Zimbabwe": (4, 18), "Mozambique": (6, 25), "Angola": (11, 11), "Namibia": (3, 21), "Botswana": (9, 30),
    "Madagascar": (6, 26), "Senegal": (4, 4), "Mali": (9, 22), "Niger": (8, 3), "Chad": (8, 11),
    "Burkina Faso": (8, 5), "Ivory Coast": (8, 7), "Sierra Leone": (4, 27), "Liberia": (7, 26),
    "Guinea": (10, 2), "Togo": (4, 27), "Benin": (8, 1), "Algeria": (7, 5), "Morocco": (11, 18),
    "Tunisia": (3, 20), "Libya": (12, 24), "Lebanon": (11, 22), "Syria": (4, 17), "Jordan": (5, 25),
    "Iraq": (10, 3), "Mexico": (9, 16), "Guatemala": (9, 15), "Honduras": (9, 15), "El Salvador": (9, 15),
    "Nicaragua": (9, 15), "Costa Rica": (9, 15), "Brazil": (9, 7), "Argentina": (7, 9), "Chile": (9, 18),
    "Peru": (7, 28), "Colombia": (7, 20), "Venezuela": (7, 5), "Ecuador": (8, 10), "Bolivia": (8, 6),
    "Uruguay": (8, 25), "Paraguay": (5, 15), "Haiti": (1, 1), "Jamaica": (8, 6), "Dominican Republic": (2, 27),
}
# (month, day) of the day each country celebrates as its Republic Day.
REPUBLIC_DAYS: dict[str, tuple[int, int]] = {
    "India": (1, 26), "Turkey": (10, 29), "Italy": (6, 2), "Nepal": (5, 28), "Ghana": (7, 1), "Gambia": (4, 24),
    "Maldives": (11, 11), "Malawi": (7, 6), "Sierra Leone": (4, 19), "Tunisia": (7, 25), "Guyana": (2, 23),
    "Trinidad and Tobago": (9, 24), "Kazakhstan": (10, 25), "Azerbaijan": (5, 28), "Armenia": (5, 28),
}
# (month, day) of the day each country celebrates its liberation.
LIBERATION_DAYS: dict[str, tuple[int, int]] = {
    "Italy": (4, 25), "Netherlands": (5, 5), "Denmark": (5, 5), "Norway": (5, 8), "Czech Republic": (5, 8),
    "Slovakia": (5, 8), "Kuwait": (2, 26), "South Korea": (8, 15), "Vietnam": (4, 30), "Cambodia": (1, 7),
    "Rwanda": (7, 4), "Uganda": (1, 26), "Guernsey": (5, 9), "Jersey": (5, 9),
}
# Days several countries celebrate under one name, by country; the first is the one read without a country.
FREEDOM_DAYS: dict[str, tuple[int, int]] = {"South Africa": (4, 27), "Malta": (3, 31), "Portugal": (4, 25)}
YOUTH_DAYS: dict[str, tuple[int, int]] = {"South Africa": (6, 16), "China": (5, 4), "Zambia": (3, 12),
                                          "Cameroon": (2, 11)}
HERITAGE_DAYS: dict[str, tuple[int, int]] = {"South Africa": (9, 24)}
DEMOCRACY_DAYS: dict[str, tuple[int, int]] = {"Nigeria": (6, 12), "Ghana": (1, 7)}
# Days only one country celebrates, by their (unambiguous) names: Kenya's Madaraka, Jamhuri and Mashujaa Days.
OWN_NAMED_DAYS: dict[str, tuple[int, int]] = {"madaraka day": (6, 1), "jamhuri day": (12, 12),
                                              "mashujaa day": (10, 20)}
# How a country is named besides its name: "Pakistani", "Kenyan", "Filipino", "U.S.".
_OTHER_NAMES: dict[str, str] = {
    "Pakistani": "Pakistan", "Indian": "India", "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka",
    "Burmese": "Myanmar", "Indonesian": "Indonesia", "Philippine": "Philippines", "Filipino": "Philippines",
    "Malaysian": "Malaysia", "Vietnamese": "Vietnam", "Cambodian": "Cambodia", "Afghan": "Afghanistan",
    "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan", "Ukrainian": "Ukraine", "Belarusian": "Belarus",
    "Moldovan": "Moldova", "Georgian": "Georgia", "Armenian": "Armenia", "Azerbaijani": "Azerbaijan",
    "Estonian": "Estonia", "Latvian": "Latvia", "Lithuanian": "Lithuania", "Polish": "Poland",
    "Finnish": "Finland", "Nigerian": "Nigeria", "Ghanaian": "Ghana", "Kenyan": "Kenya",
    "Tanzanian": "Tanzania", "Ugandan": "Uganda", "Rwandan": "Rwanda", "Somali": "Somalia",
    "Sudanese": "Sudan", "Eritrean": "Eritrea", "Zambian": "Zambia", "Zimbabwean": "Zimbabwe",
    "Angolan": "Angola", "Namibian": "Namibia", "Senegalese": "Senegal", "Malian": "Mali",
    "Algerian": "Algeria", "Moroccan": "Morocco", "Tunisian": "Tunisia", "Libyan": "Libya",
    "Lebanese": "Lebanon", "Syrian": "Syria", "Jordanian": "Jordan", "Iraqi": "Iraq", "Mexican": "Mexico",
    "Brazilian": "Brazil", "Argentine": "Argentina", "Argentinian": "Argentina", "Chilean": "Chile",
    "Peruvian": "Peru", "Colombian": "Colombia", "Venezuelan": "Venezuela", "Jamaican": "Jamaica",
    "Haitian": "Haiti", "Islamabad": "Pakistan", "New Delhi": "India", "Dhaka": "Bangladesh",
    "Nairobi": "Kenya", "Abuja": "Nigeria", "Lagos": "Nigeria", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Jakarta": "Indonesia", "Manila": "Philippines", "Accra": "Ghana", "Hanoi": "Vietnam",
    "U.S.": "United States", "US": "United States", "America": "United States", "American": "United States",
    "Washington": "United States", "Fourth of July": "United States", "Turkish": "Turkey", "Ankara": "Turkey",
    "Italian": "Italy", "Rome": "Italy", "Nepali": "Nepal", "Nepalese": "Nepal", "Kathmandu": "Nepal",
    "Gambian": "Gambia", "Maldivian": "Maldives", "Trinidad": "Trinidad and Tobago", "Guyanese": "Guyana",
    "Dutch": "Netherlands", "Amsterdam": "Netherlands", "The Hague": "Netherlands", "Danish": "Denmark",
    "Copenhagen": "Denmark", "Norwegian": "Norway", "Oslo": "Norway", "Czech": "Czech Republic",
    "Prague": "Czech Republic", "Slovak": "Slovakia", "Kuwaiti": "Kuwait", "Korean": "South Korea",
    "Seoul": "South Korea", "Phnom Penh": "Cambodia", "Kigali": "Rwanda", "Kampala": "Uganda", "Milan": "Italy",
    "South African": "South Africa", "Pretoria": "South Africa", "Johannesburg": "South Africa",
    "Cape Town": "South Africa", "Durban": "South Africa", "Maltese": "Malta", "Valletta": "Malta",
    "Portuguese": "Portugal", "Lisbon": "Portugal", "Chinese": "China", "Beijing": "China", "Lusaka": "Zambia",
    "Cameroonian": "Cameroon", "Yaounde": "Cameroon", "Canadian": "Canada", "Ottawa": "Canada",
    "Toronto": "Canada", "Montreal": "Canada", "Vancouver": "Canada", "Mombasa": "Kenya", "Dar es Salaam": "Tanzania",
    "German": "Germany", "Berlin": "Germany", "Bavaria": "Germany", "French": "France", "Paris": "France",
    "Spanish": "Spain", "Madrid": "Spain", "Belgian": "Belgium", "Austrian": "Austria", "Vienna": "Austria",
    "Swiss": "Switzerland", "Greek": "Greece", "Athens": "Greece", "Swedish": "Sweden", "Stockholm": "Sweden",
    "Hungarian": "Hungary", "Budapest": "Hungary", "Romanian": "Romania", "Bucharest": "Romania",
    "Russian": "Russia", "Moscow": "Russia", "Egyptian": "Egypt", "Cairo": "Egypt", "Cuban": "Cuba",
    "Havana": "Cuba", "Iranian": "Iran", "Tehran": "Iran", "Israeli": "Israel",
}
# Countries of the world's "Labour Day" on the first Monday of September (elsewhere it is May Day, 1 May).
SEPTEMBER_LABOUR_DAYS: dict[str, tuple[int, int]] = {"United States": (9, 1), "Canada": (9, 1)}
# Countries whose Labour Day is May Day (1 May), named so that "Labour Day" in their news is read as theirs.
MAY_LABOUR_DAYS: dict[str, tuple[int, int]] = {name: (5, 1) for name in (
    "Germany", "France", "Spain", "Belgium", "Austria", "Switzerland", "Greece", "Sweden", "Hungary", "Romania",
    "Bulgaria", "Croatia", "Serbia", "Slovenia", "Luxembourg", "Cyprus", "Russia", "Singapore", "Thailand",
    "Egypt", "Ethiopia", "Cuba", "Iran", "Israel")}
_TABLES = (MAY_LABOUR_DAYS,
           INDEPENDENCE_DAYS, REPUBLIC_DAYS, LIBERATION_DAYS, FREEDOM_DAYS, YOUTH_DAYS, HERITAGE_DAYS, DEMOCRACY_DAYS,
           SEPTEMBER_LABOUR_DAYS)
_NAMES = {**{name: name for table in _TABLES for name in table}, **_OTHER_NAMES}
_NAME_ALTERNATION = "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
# "Nigerians celebrated": the people's plural names the country too
_COUNTRY = re.compile(rf"(?<![\w.])(?-i:(?P<name>{_NAME_ALTERNATION}))s?(?!\w)")
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")
# The holiday's words, its days by country, the country meant when none is named, and the value it was read with.
_NATIONAL_DAYS = (("independence day", INDEPENDENCE_DAYS, "United States"), ("republic day", REPUBLIC_DAYS, "India"),
                  ("liberation day", LIBERATION_DAYS, "Italy"), ("freedom day", FREEDOM_DAYS, "South Africa"),
                  ("youth day", YOUTH_DAYS, "South Africa"), ("democracy day", DEMOCRACY_DAYS, "Nigeria"))


# Holidays kept by a few countries only: named with another country, their day is not known here.
_DAYS_OF_FEW_COUNTRIES = frozenset({"freedom day", "youth day", "democracy day"})


def national_day_of(text: str, start: int, days: dict[str, tuple[int, int]], default: str) -> tuple[int, int]:
    """(month, day) of the national day named at ``start`` in ``text``, from the countries of ``days``."""
    return days[country_named(text, start, days) or default]


def country_named(text: str, start: int, countries: Iterable[str] | None = None) -> str | None:
    """The country (of ``countries``, else any known) named nearest before ``start`` in its sentence, else the
    first one the article names; None without any."""
    wanted = set(countries) if countries is not None else set(_NAMES.values())
    before = text[max(0, start - 300):start]
    opening = _SENTENCE_START.search(before)
    sentence = before[opening.start() if opening else 0:]
    named = [_NAMES[m["name"]] for m in _COUNTRY.finditer(sentence) if _NAMES[m["name"]] in wanted]
    if named:
        return named[-1]
    return next((_NAMES[m["name"]] for m in _COUNTRY.finditer(text, 0, min(len(text), 1500))
                 if _NAMES[m["name"]] in wanted), None)


def with_national_independence_days(expressions: list[TemporalExpression], text: str,
                                    dct: Day | None) -> list[TemporalExpression]:
    """``expressions`` with each "Independence Day" or "Republic Day" on the day of the country it belongs to,
    on the same side of the DCT as it was read (or in the year written)."""
    dated = list(expressions)
    for index, expr in enumerate(dated):
        holiday = next((h for h in _NATIONAL_DAYS if h[0] in expr.text.lower()), None)
        if holiday is None or expr.span is None:
            continue
        _, days, default = holiday
        if holiday[0] in _DAYS_OF_FEW_COUNTRIES and (other := country_named(text, expr.start)) and other not in days:
            dated[index] = redated(expr, "XXXX-XX-XX")
            continue  # "National Freedom Day is observed in the US": not South Africa's day, and not known
        read = re.fullmatch(r"(-?\d{4})-(\d\d)-(\d\d)", expr.value)
        if read is None or (int(read.group(2)), int(read.group(3))) != days[default]:
            continue
        month, day = national_day_of(text, expr.start, days, default)
        if (month, day) == days[default]:
            continue
        year = int(read.group(1))
        if expr.span.anchor is not Anchor.EXPLICIT and dct is not None:
            year = _year_on_the_same_side(month, day, Day(year, *days[default]) <= dct, dct)
        value = Day(year, month, day).iso()
        dated[index] = redated(expr, value)
    return dated


def _year_on_the_same_side(month: int, day: int, past: bool, dct: Day) -> int:
    """The year of the country's day: within two weeks ahead, else on the side of the DCT first read."""
    options = [Day(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1)]
    soon = [o for o in options if 0 <= o.number - dct.number <= 14]  # today or within two weeks
    chosen = soon[0] if soon else (max(o for o in options if o <= dct) if past
                                   else min(o for o in options if o >= dct))
    return chosen.year


_LABOUR_DAY = re.compile(r"(?i:labou?r\s+day)")


def with_labour_days_of_the_country(expressions: list[TemporalExpression], text: str,
                                    dct: Day | None) -> list[TemporalExpression]:
    """``expressions`` with each "Labour Day" read as 1 May where the article names a country outside North
    America (Kenya, Nigeria, China): only the US and Canada keep theirs on the first Monday of September."""
    dated = list(expressions)
    for index, expr in enumerate(dated):
        read = re.fullmatch(r"(-?\d{4})-09-\d\d", expr.value)
        if read is None or expr.span is None or not _LABOUR_DAY.search(expr.text):
            continue
        country = country_named(text, expr.start)
        if country is None or country in SEPTEMBER_LABOUR_DAYS or country in _OWN_LABOUR_DAYS:
            continue  # no country named: Canada spells it "Labour" too
        year = int(read.group(1))
        if expr.span.anchor is not Anchor.EXPLICIT and dct is not None:
            year = _year_on_the_same_side(5, 1, Day.parse(expr.value) <= dct, dct)
        dated[index] = redated(expr, Day(year, 5, 1).iso())
    return dated


# Countries with a Labour Day of their own, neither in May nor in September (Jamaica's is 23 May).
_OWN_LABOUR_DAYS = frozenset({"Jamaica", "Trinidad and Tobago"})
