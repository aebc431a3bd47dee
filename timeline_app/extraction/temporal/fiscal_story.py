"""Reading a story's periods by its fiscal calendar, once the whole story has been tagged.

"For the fiscal year ending March 2026, revenue rose 8 per cent. Cloud revenue jumped 34 per cent in the
fourth quarter": the fourth quarter is January-March 2026 (2026-Q1), not October-December. Fiscal year
labels become one DATE each ("FY2019-20", "the current fiscal", "Q3 of FY 2026-27"). Values stay TIMEX3
calendar values.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.fiscal_calendar import (
    FY_RANGE,
    LABEL_HABIT_END_MONTH,
    FiscalCalendar,
    range_label,
    stated_calendar,
)
from timeline_app.extraction.temporal.lexicon import ORDINALS, WRITTEN_MONTH
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import FUTURE, year_text
from timeline_app.extraction.temporal.tense import DocView, direction_of

_FY = (r"(?:FY\s?(?:19|20)\d\d\s?[-\u2013/]\s?\d\d\b|(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d\d\s?[-\u2013/]\s?"
       r"\d\d\b|FY\s?(?:\d\d){1,2}\b|(?:the\s+)?(?:current|new|(?:up)?coming|next|last|previous|this)\s+(?:fiscal|financial)"
       r"(?:\s+year)?\b|(?:19|20)\d\d\s+(?:fiscal|financial)\s+year\b)")  # "the 2021 financial year"
_PART = r"(?:(?P<abbr>[QH])(?P<n>[1-4])|(?:the\s+)?(?P<ord>first|second|third|fourth)\s+(?P<kind>quarter|half))"
# "Q3 of FY 2026-27", "the first quarter of the 2021 financial year", "Q2 FY14"
_PART_OF_FY = re.compile(rf"{_PART}(?:\s+of\s+(?:the\s+)?|(?<=\d)[\s-](?=FY))(?P<fy>{_FY})", re.I)
# "the current fiscal" alone is the year ("grow 3.3 per cent in the current fiscal"), not "the current fiscal deficit"
_WHICH_FY = re.compile(r"(?:the\s+)?(?P<which>current|new|(?:up)?coming|next|last|previous|this)\s+(?:"
                       r"(?-i:fiscal|financial)(?P<year>\s+year)\b(?!\s+(?:ended|ending|ends|to)\b)"
                       r"|(?-i:fiscal)\b(?!\s+(?!(?:against|and|or|as|to|when|while|but|than|in|on|at|with|is|was|"
                       r"will|would|has|had)\b)[a-z]))", re.I)
_FY_ENDING_MONTH_YEAR = re.compile(r"(?:[Tt]he\s+)?(?i:fiscal|financial)\s+(?i:year)\s+(?i:ending|ended|to)\s+"
                                   rf"(?:in\s+)?(?:{WRITTEN_MONTH.pattern}),?\s+(?P<year>(?:19|20)\d\d)\b")
_SHORT_FY = re.compile(r"\bFY\s?(?P<y>(?:\d\d){1,2})\b"
                       r"|(?P<y4>(?:19|20)\d\d)\s+(?i:fiscal|financial)\s+(?i:year)")
# "2017-18" said of a fiscal year, not of a sports season or a school year.
_TWO_YEARS = re.compile(r"(?<![\w/-])(?P<y1>(?:19|20)\d\d)-(?P<y2>\d\d)(?![\w/-])(?!\s+(?:season|school|academic|"
                        r"campaign|winter|summer|term|session|edition|tour|crop|harvest)\b)", re.I)
_STATES_THE_YEAR = re.compile(r"\s+(?:ends|begins|starts|runs)\b", re.I)
_THE_FISCAL_YEAR = re.compile(r"(?:the\s+)?(?:(?P<edge>end|start|beginning|middle)\s+of\s+the\s+)?"
                              r"(?:fiscal|financial)\s+year", re.I)
_THE_YEAR = re.compile(r"(?:the\s+)?(?:(?:fiscal|financial)\s+)?year", re.I)
_BOUNDED_AFTER = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to|begins|began)\b", re.I)
_BARE_PART = re.compile(r"(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+|its\s+)?)?(?:fiscal[\s-]+)?"
                        r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?"
                        r"(?P<kind>quarter|half)|(?P<abbr>[QH])(?P<n>[1-4])", re.I)
_RESULTS_AFTER = re.compile(r"[\s-]+(?:results|earnings|profits?|revenues?|sales|loss(?:es)?|figures)\b", re.I)
_PART_VALUE = re.compile(r"\d{4}-[QH]\d")
_YEAR_TO_DAY = re.compile(rf"\s+to\s+(?:\d{{1,2}}\s+(?:{WRITTEN_MONTH.pattern})"
                          rf"|(?:{WRITTEN_MONTH.pattern})\s+\d{{1,2}}\b)")
_FISCAL_WORDS = re.compile(r"fiscal|financial|\bFY\s?\d", re.I)
_BEGAN_ON = re.compile(r",?\s+(?:which|that)\s+(?:began|begins|started|starts|ended|ends)\s+(?:on\s+)?$", re.I)


def with_fiscal_periods(expressions: list[TemporalExpression], view: DocView,
                        dct: Day | None) -> list[TemporalExpression]:
    """``expressions`` with the story's fiscal periods read by its fiscal calendar."""
    if dct is None:
        return expressions
    calendar = stated_calendar(view.text)
    if calendar is None and not _FISCAL_WORDS.search(view.text):
        return expressions
    text = view.text
    found = [_whole(text, m, _part_of_fy(m, calendar, dct)) for m in _PART_OF_FY.finditer(text)]
    found += [_whole_fiscal_year(text, m, calendar) for m in FY_RANGE.finditer(text)]
    found += [_whole(text, m, m["year"]) for m in _FY_ENDING_MONTH_YEAR.finditer(text)]
    found += [_whole(text, m, _which_value(m, calendar, dct)) for m in _WHICH_FY.finditer(text)]
    if calendar is not None:
        found += [_whole(text, m, _range_value(m)) for m in _TWO_YEARS.finditer(text)]
    merged = _merged(expressions, [expr for expr in found if expr is not None])
    if calendar is None:
        return merged
    return _comparisons_follow([_by_calendar(expr, view, calendar, dct, merged) for expr in merged], merged)


def _comparisons_follow(read: list[TemporalExpression], tagged: list[TemporalExpression]) -> list[TemporalExpression]:
    """"in the fourth quarter from a year earlier": the comparison was counted from the quarter as first
    read (2025-Q4 -> 2024-Q4); it moves with the quarter (2026-Q1 -> 2025-Q1)."""
    moved: tuple[str, str] | None = None
    result = []
    for new, old in zip(read, tagged, strict=True):
        if new.value != old.value and _PART_VALUE.fullmatch(old.value) and _PART_VALUE.fullmatch(new.value):
            moved = (old.value, new.value)
        elif moved is not None and _PART_VALUE.fullmatch(new.value) and new.value[4:] == moved[0][4:] and (
                new.span is not None and new.span.anchor is Anchor.REFERENCE_TIME):
            years_back = int(moved[0][:4]) - int(new.value[:4])
            new = redated(new, f"{year_text(int(moved[1][:4]) - years_back)}{moved[1][4:]}")
        result.append(new)
    return result


def _whole(text: str, m: re.Match[str], value: str | None) -> TemporalExpression | None:
    if value is None:
        return None
    start, end = m.start(), m.end()
    span = TimeSpan.from_value(value, None, Anchor.EXPLICIT, text[start:end])
    return TemporalExpression(start, end, text[start:end], TimexType.DATE, value, None, span)


def _whole_fiscal_year(text: str, m: re.Match[str], calendar: FiscalCalendar | None) -> TemporalExpression | None:
    """"FY2019-20": one DATE named by the year it ends in, whose span is the fiscal year's own months."""
    label = range_label(m)
    expr = _whole(text, m, year_text(label) if label is not None else None)
    if expr is None or expr.span is None or label is None:
        return expr
    first, last = (calendar or FiscalCalendar(LABEL_HABIT_END_MONTH)).span_of(label)
    return replace(expr, span=replace(expr.span, start=first, end=last))


def _merged(expressions: list[TemporalExpression], whole: list[TemporalExpression]) -> list[TemporalExpression]:
    """Each fiscal phrase replaces what was tagged inside or across it (the longest phrase first)."""
    result = list(expressions)
    taken: list[TemporalExpression] = []
    for phrase in sorted(whole, key=lambda e: (e.start, -(e.end - e.start))):
        if any(t.start < phrase.end and phrase.start < t.end for t in taken):
            continue
        inside = [e for e in result if e.start < phrase.end and phrase.start < e.end]
        if any(e.start < phrase.start or e.end > phrase.end for e in inside):
            continue  # a longer expression holds it ("the year to 31 January 1996")
        if len(inside) == 1 and (inside[0].start, inside[0].end, inside[0].value) == (
                phrase.start, phrase.end, phrase.value):
            continue
        result = [e for e in result if e not in inside] + [phrase]
        taken.append(phrase)
    return sorted(result, key=lambda e: e.start)


def _range_value(m: re.Match[str]) -> str | None:
    label = range_label(m)
    return year_text(label) if label is not None else None


def _fiscal_year_named(words: str, calendar: FiscalCalendar | None, dct: Day) -> int | None:
    """The fiscal year "FY 2026-27", "FY27" or "the current fiscal" names."""
    if (ranged := FY_RANGE.search(words)) is not None:
        return range_label(ranged)
    if (short := _SHORT_FY.search(words)) is not None:
        if short["y4"]:
            return int(short["y4"])
        return 2000 + int(short["y"]) if len(short["y"]) == 2 else int(short["y"])
    if (which := _WHICH_FY.search(words)) is not None:
        return _which_year(which["which"].lower(), calendar, dct)
    return None


def _which_year(which: str, calendar: FiscalCalendar | None, dct: Day) -> int:
    which = "new" if which in ("coming", "upcoming") else which  # "the coming financial year": the one starting
    current = calendar.year_of(dct) if calendar is not None else dct.year
    if which == "new" and calendar is not None:
        starts_next = calendar.starts(current + 1)
        ahead = starts_next.number - dct.number
        return current + 1 if ahead < dct.number - calendar.starts(current).number else current
    return current + {"next": 1, "last": -1, "previous": -1}.get(which, 0)


def _which_value(m: re.Match[str], calendar: FiscalCalendar | None, dct: Day) -> str | None:
    """"the current fiscal", "the new fiscal year": the fiscal year by its label."""
    if m["year"] and m["which"].lower() not in ("new", "coming", "upcoming"):
        return None  # "the current fiscal year": the tagger's reading stands (TimeBank: the DCT's year)
    return year_text(_which_year(m["which"].lower(), calendar, dct))


def _part_of_fy(m: re.Match[str], calendar: FiscalCalendar | None, dct: Day) -> str | None:
    """"Q3 of FY 2026-27", "H1 of the current financial year"."""
    fiscal_year = _fiscal_year_named(m["fy"], calendar, dct)
    if fiscal_year is None:
        return None
    number, months = _part(m)
    if number is None or (months == 6 and number > 2):
        return None
    if calendar is None and FY_RANGE.search(m["fy"]):
        calendar = FiscalCalendar(3)
    if calendar is None or not calendar.quarter_aligned:
        return f"{year_text(fiscal_year)}-{'Q' if months == 3 else 'H'}{number}"  # the label, as TimeBank writes it
    return calendar.calendar_value(fiscal_year, number, months)


def _part(m: re.Match[str]) -> tuple[int | None, int]:
    if m["abbr"]:
        return int(m["n"]), 3 if m["abbr"].upper() == "Q" else 6
    ordinal = m["ord"].lower()
    number = 4 if ordinal in ("final", "last") else ORDINALS.get(ordinal) or int(ordinal[0])
    months = 3 if m["kind"].lower() == "quarter" else 6
    if months == 6 and ordinal in ("final", "last"):
        number = 2
    return number, months


def _by_calendar(expr: TemporalExpression, view: DocView, calendar: FiscalCalendar, dct: Day,
                 expressions: list[TemporalExpression]) -> TemporalExpression:
    text = view.text
    if expr.type is TimexType.DURATION and _THE_FISCAL_YEAR.fullmatch(expr.text) and _STATES_THE_YEAR.match(
            text, expr.end):
        # "The fiscal year ends on March 31": the fiscal year the story is in
        return redated(expr, year_text(calendar.year_of(dct)), Anchor.DOCUMENT_DATE, timex_type=TimexType.DATE)
    if expr.type is TimexType.DATE and _THE_YEAR.fullmatch(expr.text) and _YEAR_TO_DAY.match(text, expr.end):
        # "the year to 31 January 1996": a year-long period, as "the year ended March 31" is read
        return TemporalExpression(expr.start, expr.end, expr.text, TimexType.DURATION, "P1Y")
    if expr.type is TimexType.DATE and _THE_FISCAL_YEAR.fullmatch(expr.text) and not _BOUNDED_AFTER.match(
            text, expr.end):
        return redated(expr, year_text(calendar.year_of(dct)), Anchor.DOCUMENT_DATE)
    if expr.type is TimexType.DATE and (bare := _BARE_PART.fullmatch(expr.text)) and calendar.maps_quarters:
        return _bare_part(expr, bare, view, calendar, dct)
    if expr.type is TimexType.DATE and (label := _fiscal_year_before(text, expr, expressions)) is not None:
        return _in_fiscal_year(expr, label, calendar)
    return expr


def _bare_part(expr: TemporalExpression, m: re.Match[str], view: DocView, calendar: FiscalCalendar,
               dct: Day) -> TemporalExpression:
    """"the fourth quarter" in a story that stated its fiscal year: the nearest such fiscal quarter on the
    side of the DCT its tense puts it (said in May of a March year: last January-March)."""
    number, months = _part(m)
    if number is None or (months == 6 and number > 2):
        return expr
    results = _RESULTS_AFTER.match(view.text, expr.end) is not None
    direction = FUTURE if not results and direction_of(view, expr.start, expr.end) == FUTURE else 0
    current_year, current = calendar.year_of(dct), calendar.part_of(dct, months)
    if direction == FUTURE:
        fiscal_year = current_year + 1 if number < current else current_year
    else:
        fiscal_year = current_year if number <= current else current_year - 1
    value = calendar.calendar_value(fiscal_year, number, months)
    span = TimeSpan.from_value(value)
    if span is None or (results and span.end.number >= dct.number):
        return expr  # "reports first-quarter results on May 21": a quarter already over, so another company's
    return redated(expr, value, Anchor.DOCUMENT_DATE)


def _fiscal_year_before(text: str, expr: TemporalExpression, expressions: list[TemporalExpression]) -> int | None:
    """"FY27, which began on April 1": the fiscal year a day is said to open or close."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", expr.value):
        return None
    before = _BEGAN_ON.search(text, max(0, expr.start - 40), expr.start)
    if before is None:
        return None
    named = [e for e in expressions if e.end <= before.start() and before.start() - e.end <= 2]
    if not named or not re.fullmatch(r"\d{4}", named[-1].value) or "FY" not in named[-1].text.upper():
        return None
    return int(named[-1].value)


def _in_fiscal_year(expr: TemporalExpression, fiscal_year: int, calendar: FiscalCalendar) -> TemporalExpression:
    month = int(expr.value[5:7])
    year = fiscal_year if month <= calendar.end_month else fiscal_year - 1
    value = f"{year_text(year)}{expr.value[4:]}"
    return redated(expr, value, Anchor.REFERENCE_TIME) if TimeSpan.from_value(value) else expr
