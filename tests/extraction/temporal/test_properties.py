"""Property tests: the normaliser never raises, and every span agrees with its value."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.core.timespan import Granularity, TimeSpan
from timeline_app.extraction.temporal.base import Context
from timeline_app.extraction.temporal.normalise import normalise
from timeline_app.extraction.temporal.resolve import FUTURE, PAST, UNKNOWN

if TYPE_CHECKING:
    from spacy.language import Language

WORDS = ["last", "next", "this", "the", "early", "late", "mid-", "a", "two", "seven", "years", "year", "ago",
         "week", "Monday", "October", "14", "March", "2022", "44", "BC", "1990s", "quarter", "third", "day",
         "later", "earlier", "in", "of", "morning", "10", "a.m.", "every", "about", "more than", "century", "'98",
         "Sept.", "30,", "-", "hours", "decade", "now", "future", "spring", "weekend", "following", "9999", "0"]


@st.composite
def days(draw: st.DrawFn) -> Day:
    year = draw(st.integers(-9999, 9999))
    month = draw(st.integers(1, 12))
    return Day(year, month, draw(st.integers(1, days_in_month(year, month))))


def contexts() -> st.SearchStrategy[Context]:
    reference = days().map(lambda d: TimeSpan.of_day(d))
    return st.builds(Context, st.none() | days(), st.none() | reference, st.sampled_from([PAST, UNKNOWN, FUTURE]))


phrases = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)

_FORMS = {
    Granularity.DAY: r"-?\d{4}-\d\d-\d\d(T.*)?", Granularity.WEEK: r"-?\d{4}-W\d\d(-WE)?",
    Granularity.MONTH: r"-?\d{4}-\d\d", Granularity.QUARTER: r"-?\d{4}-Q[1-4]", Granularity.HALF: r"-?\d{4}-H[12]",
    Granularity.SEASON: r"-?\d{4}-(SP|SU|FA|WI)", Granularity.YEAR: r"-?\d{4}", Granularity.DECADE: r"-?\d{3}",
    Granularity.CENTURY: r"-?\d{2}", Granularity.MILLENNIUM: r"-?\d",
}


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60), contexts())
def test_normaliser_never_raises_on_any_string(text: str, context: Context) -> None:
    normalise(text, context)


@settings(max_examples=600, deadline=None)
@given(phrases, contexts())
def test_date_values_give_consistent_spans(text: str, context: Context) -> None:
    found = normalise(text, context)
    if found is None:
        return
    span = TimeSpan.from_value(found.value, found.mod)
    if span is None:
        return
    assert span.start <= span.end
    assert re.fullmatch(_FORMS[span.granularity], span.value), (span.value, span.granularity)


sentences = st.lists(st.sampled_from([*WORDS, "met", "will", "said", ".", ",", "&", "<b>", "\n", "Image:"]),
                     max_size=25).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(sentences, st.text(max_size=120)), st.none() | days())
def test_tagging_any_text_gives_sorted_disjoint_offsets(blank_nlp: Language, text: str, dct: Day | None) -> None:
    from timeline_app.extraction.temporal import tag_doc

    found = tag_doc(blank_nlp(text), dct)
    assert all(0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.text for e in found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert all(e.span is None or e.span.start <= e.span.end for e in found)


@settings(max_examples=200, deadline=None)
@given(st.integers(1583, 9999))
def test_easter_is_a_sunday_between_march_22_and_april_25(year: int) -> None:
    from timeline_app.extraction.temporal.holidays import easter_sunday

    easter = easter_sunday(year)
    assert easter.weekday == 6
    assert Day(year, 3, 22) <= easter <= Day(year, 4, 25)
