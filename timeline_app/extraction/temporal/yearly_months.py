""""Cyclones hit almost every year between April and December": months named after a yearly set are the months
of every year (XXXX-04), not the ones nearest the article's date; so is a month of a habit ("The rainy season that
usually begins in November")."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.lexicon import BARE_MONTH, MONTHS
from timeline_app.extraction.temporal.redate import redated

_YEARLY = frozenset({"P1Y", "XXXX"})
# What joins the set to its months and the months to each other: "between April and December", "in May or June"
_MONTH_OF_EVERY_YEAR = re.compile(r"XXXX-\d\d")
_LINK = re.compile(r"\s*,?\s*(?:(?:between|from|in|during|and|to|until|till|through|or)\s+)+", re.I)


def _recurs_yearly(expr: TemporalExpression) -> bool:
    if expr.type is TimexType.SET:
        return expr.value in _YEARLY or expr.value.startswith("XXXX-")
    return _MONTH_OF_EVERY_YEAR.fullmatch(expr.value) is not None


def with_months_of_every_year(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """Bare months chained right after "every year", "annually" recur with it."""
    result = list(expressions)
    for index in range(1, len(result)):
        before, month = result[index - 1], result[index]
        if not _recurs_yearly(before) or month.type is not TimexType.DATE or not BARE_MONTH.fullmatch(month.text):
            continue
        if _LINK.fullmatch(text, before.end, month.start):
            name = month.text.rstrip(".").lower()
            result[index] = redated(month, f"XXXX-{MONTHS[name]:02d}")
    return result


# "usually begins in November", "payments, normally made in December": a habit's month or day, ahead of it in its
# clause (but "calm weather, which usually lasts until October" told in May is this year's, the end of the weather
# now). Not across "and"/"but" ("usually run late and in March they stopped"), and not "normally"/"generally" after
# a verb, where they tell the manner: "reopened normally in September", "was generally calm in March".
HABIT_BEFORE = re.compile(r"\b(?:usually|typically|traditionally|customarily|habitually|tends?\s+to"
                          r"|(?<!ed\s)(?<!ing\s)(?<!\bwas\s)(?<!\bwere\s)(?:normally|generally))"
                          r"\s+(?:(?!(?:and|but|or|then|now|this|last)\b)[a-z-]+\s+){0,4}?"
                          r"(?:in|on|by|during|around|from|before|after|between)\s+(?:(?:late|early|mid)[\s-]+)?$",
                          re.I)


def with_habitual_months(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """A bare month a habit is told of is that month of any year (XXXX-11), not the one nearest the DCT."""
    result = list(expressions)
    for index, month in enumerate(result):
        if month.type is not TimexType.DATE or not BARE_MONTH.fullmatch(month.text):
            continue
        if HABIT_BEFORE.search(text, max(0, month.start - 80), month.start):
            result[index] = redated(month, f"XXXX-{MONTHS[month.text.rstrip('.').lower()]:02d}")
    return result
