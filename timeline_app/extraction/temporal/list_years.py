"""Days and months of one list or range written without their years: "opens on Friday 27 September, followed by
Birmingham on 29 September and Manchester on 1 October", "will run from May 14 to May 25", "the April-June rains
this year". Each item is read on its own first, and a later item read in the past (a past participle, or the
nearest such day to a DCT between them) must not fall a year before the item it follows."""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.lexicon import FOUR_DIGIT_YEAR, WRITTEN_MONTH
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import year_text
from timeline_app.extraction.temporal.sentence_breaks import breaks_sentence

_MONTH_OR_DAY = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|-|\u2013)\s*", re.I)
_SHARED_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until|till|-|\u2013)\s*", re.I)
# Words that open another clause ("became chairman in January, and by May he had") or a comparison: what follows
# them need not be in the list's year.
# "to" before words is no range: "payable Jan. 3 to holders of record Nov. 16".
_OTHER_CLAUSE = re.compile(r"[;:()\[\]\d]|,\s*(?:and|or)\b|\b(?:after|before|since|than|compared|versus|while"
                           r"|whereas|but|when|said|says|was|were|had|ago|last|previous)\b|\bto\s+[^\W\d]", re.I)
_LIST_GAP = 60
_RELATIVE_YEAR = re.compile(r"(?:this|last|next)\s+year", re.I)
# "the April-June rains this year": at most one word (a noun) between the months and the year they are of.
_ONE_WORD = re.compile(r"\s+(?:(?P<word>[a-z]{3,})\s+)?")
# Words between that are no noun of the months: "rose in March despite last year's slump".
_NOT_A_NOUN = frozenset({"from", "than", "and", "but", "since", "until", "with", "over", "after", "before", "was",
                         "were", "are", "has", "had", "have", "will", "would", "the", "for", "into", "compared",
                         "despite", "unlike", "like", "following", "amid", "amidst", "against", "versus", "during",
                         "throughout", "beyond", "above", "below", "under", "behind", "past", "via", "per", "not",
                         "including", "excluding", "besides", "except", "toward", "towards", "about", "around"})
_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _parts(expr: TemporalExpression) -> tuple[int, int, int] | None:
    """(year, month, day or 0) of a month or day written with a month name but no year."""
    value = _MONTH_OR_DAY.fullmatch(expr.value)
    if value is None or expr.span is None or FOUR_DIGIT_YEAR.search(expr.text) or not WRITTEN_MONTH.search(
            expr.text):
        return None
    return int(value["year"]), int(value["month"]), int(value["day"] or 0)


def _in_year(expr: TemporalExpression, year: int) -> TemporalExpression:
    moved = redated(expr, year_text(year) + expr.value[4:], Anchor.REFERENCE_TIME)
    return moved if moved.span is not None else expr  # not "29 February" of a year without one


def later_items_in_the_first_year(expressions: list[TemporalExpression], text: str,
                                  dct: Day | None) -> list[TemporalExpression]:
    """A day or month read as gone by that follows one ahead of the DCT in the same list or range is in that one's
    year, or the next year when a range wraps round ("from November to February")."""
    dated = list(expressions)
    for index in range(1, len(dated)):
        first, later = dated[index - 1], dated[index]
        before, after = _parts(first), _parts(later)
        if before is None or after is None or not _one_list(text, first.end, later.start) or not _across(
                first, later, dct):
            continue
        year = before[0]
        if after[1:] < before[1:]:
            if not _RANGE_JOIN.fullmatch(text, first.end, later.start):
                continue  # "on 27 September and 1 March" need not run forward
            year += 1
        if after[0] < year:
            dated[index] = _in_year(later, year)
    return dated


def _across(first: TemporalExpression, later: TemporalExpression, dct: Day | None) -> bool:
    """The first item ahead of the DCT, the later one read before it ("payable Jan. 3 to holders of record Nov.
    16", both ahead, are two dates of their own)."""
    return dct is not None and first.span is not None and later.span is not None and first.span.start > dct and (
        later.span.end < dct)


def _one_list(text: str, start: int, end: int) -> bool:
    return end - start <= _LIST_GAP and not breaks_sentence(text, start, end) and not _OTHER_CLAUSE.search(
        text, start, end)


def months_of_the_year_after_them(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"the April-June rains this year", "elections in May next year": months right before a year named relative
    to the DCT are of that year, and so are the months joined to them."""
    dated = list(expressions)
    for index in range(1, len(dated)):
        year, last = dated[index], dated[index - 1]
        gap = _ONE_WORD.fullmatch(text, last.end, year.start)
        if not _RELATIVE_YEAR.fullmatch(year.text) or not re.fullmatch(r"\d{4}", year.value) or gap is None or (
                (gap["word"] or "") in _NOT_A_NOUN) or _POSSESSIVE.match(text, year.end):
            continue
        target = int(year.value)
        for back in range(index - 1, -1, -1):
            parts = _parts(dated[back])
            if parts is None:
                break
            if parts[0] != target:
                dated[back] = _in_year(dated[back], target)
            earlier = _parts(dated[back - 1]) if back > 0 else None
            if earlier is None or not _SHARED_JOIN.fullmatch(text, dated[back - 1].end, dated[back].start):
                break
            target -= 1 if earlier[1:] > parts[1:] else 0  # "from November to February next year"
    return dated


def range_ends_after_the_dct(expressions: list[TemporalExpression], text: str,
                             dct: Day | None) -> list[TemporalExpression]:
    """"had banned firecrackers from September 15 till January 1", written in November: a range of days read in
    the same year whose end comes before its start runs on into the next year, when that puts the DCT inside it."""
    dated = list(expressions)
    for index in range(1, len(dated)):
        first, later = dated[index - 1], dated[index]
        before, after = _parts(first), _parts(later)
        if before is None or after is None or before[0] != after[0] or not before[2] or not after[2] or (
                after[1:] >= before[1:]) or not _RANGE_JOIN.fullmatch(text, first.end, later.start):
            continue
        moved = _in_year(later, after[0] + 1)
        if dct is not None and first.span is not None and moved.span is not None and (
                first.span.start <= dct <= moved.span.end):
            dated[index] = moved
    return dated
