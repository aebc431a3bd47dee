"""One happening told twice by the same word: "A British climber has fallen to his death" in the
lede (no date: the article's date is inferred) and "Buckley fell 2,000 feet on Saturday" later.
Actors are often named differently ("a climber", "Buckley"), so the shared word stands in for the
shared actor: the lede's event takes the stated day when the two are of one kind and that day
lies in the week before the date inferred."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.merge import INFERRED_SLACK_DAYS, fold
from timeline_app.core.model import Factuality
from timeline_app.core.timespan import Anchor

if TYPE_CHECKING:
    from timeline_app.core.model import Event


def same_word_event(a: Event, b: Event, lemmas: dict[str, str]) -> bool:
    """Whether ``b`` tells ``a`` again with its own word and a stated date (or the reverse)."""
    if a.type != b.type or Factuality.ASSERTED not in (a.factuality,) or b.factuality is not Factuality.ASSERTED:
        return False
    word = lemmas.get(a.id)
    if word is None or word != lemmas.get(b.id):
        return False
    if a.location and b.location and fold(a.location) != fold(b.location):
        return False
    return _inferred_then_stated(a, b) or _inferred_then_stated(b, a)


def _inferred_then_stated(inferred: Event, stated: Event) -> bool:
    if inferred.when.anchor is not Anchor.INFERRED or stated.when.anchor is Anchor.INFERRED:
        return False
    if stated.when.days > 1:
        return False
    lower = inferred.when.start.plus_days(-INFERRED_SLACK_DAYS)
    return lower <= stated.when.start and stated.when.end <= inferred.when.end
