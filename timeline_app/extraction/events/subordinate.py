"""Undated actions outside the main clause that the text still tells as facts of its story:
"the woman accused of killing two co-workers", "the deputy who was shot", "a gunman burst
out ... and fired", "kept the fire from spreading". Not what a clause puts at another time
("after he pulled a gun", "since the two met"), in another world ("would face penalties for
defying sanctions"), as an aim ("to ease tensions") or as someone's words ("told CNN that we are
communicating"): those keep no date of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.extraction.events.factuality import own_factuality
from timeline_app.extraction.events.lexicon import STATEMENT, verb_category
from timeline_app.extraction.events.secondary import other_time_clause, other_time_or_topic

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clauses that report a fact of the story (not "advcl": "after/when/if ...", not "xcomp": aims).
_FACT_CLAUSES = frozenset({"acl", "relcl", "conj", "pcomp", "ccomp"})
_REPORTED = frozenset({"ccomp", "parataxis"})
_PATH_LIMIT = 8


def told_as_fact(trigger: Token) -> bool:
    """Whether the clause of ``trigger`` is told as a fact at the story's time (see module doc)."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in _FACT_CLAUSES:
        return False
    current = trigger
    for _ in range(_PATH_LIMIT):
        head = current.head
        if head.i == current.i:
            return True
        if other_time_clause(current) or (current.dep_ == "pobj" and other_time_or_topic(head)):
            return False
        if current.dep_ == "pcomp" and other_time_or_topic(head):
            return False
        if current.dep_ in _REPORTED and verb_category(head.lemma_) == STATEMENT:
            return False
        if head.pos_ in ("VERB", "AUX") and own_factuality(head) is not None:
            return False
        current = head
    return False
