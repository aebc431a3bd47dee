"""Whether the text asserts an event, plans it, allows it, or denies it.

"will meet" is planned, "would face" and "could include" are possible, "has not
publicly supported" is negated; such events are kept but never placed as past facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.model import Factuality

if TYPE_CHECKING:
    from spacy.tokens import Token

_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_MODAL = frozenset({"would", "could", "might", "may", "can", "should", "must", "ought", "'d", "ca"})
_NEGATION = frozenset({"not", "n't", "never", "no"})
_PLANNING = frozenset({"plan", "intend", "schedule", "expect", "prepare", "aim", "hope", "agree", "promise",
                       "pledge", "vow", "threaten", "decide", "set", "due", "likely", "poised", "ready"})
_POSSIBILITY = frozenset({"consider", "mull", "weigh", "propose", "suggest", "want", "seek", "try", "attempt",
                          "urge", "ask", "demand", "call", "able", "possible", "unlikely"})
_NEARLY = frozenset({"nearly", "almost"})
_FAILING = frozenset({"fail", "refuse", "decline", "neglect", "cease", "stop"})
_NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
_NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "nothing", "neither", "noone"})
_CONDITION = frozenset({"if", "unless", "whether"})
_PAST_REPORT = frozenset({"said", "told", "announced", "added", "stated", "warned", "reported"})


def _negative_argument(trigger: Token) -> bool:
    """"Neither side announced", "no date has been set", "announced no agreement"."""
    arguments = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(a.lower_ in _NEGATIVE_PRONOUNS or any(
        d.dep_ in ("det", "preconj") and d.lower_ in _NEGATIVE_DETERMINERS for d in a.children) for a in arguments)


def own_factuality(trigger: Token) -> Factuality | None:
    """What the clause of ``trigger`` itself says (its auxiliaries, negation, "if"), or None."""
    words = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "mark")}
    if words & _NEGATION or any(c.dep_ == "neg" for c in trigger.children) or _negative_argument(trigger):
        return Factuality.NEGATED
    if words & _NEARLY:
        return Factuality.NEGATED  # "the deal nearly collapsed": it did not
    if words & _CONDITION:
        return Factuality.POSSIBLE
    if words & _FUTURE or ("going" in words and "to" in words):
        return Factuality.PLANNED
    if words & _MODAL:
        if "would" in words and trigger.head.text.lower() in _PAST_REPORT and trigger.dep_ == "ccomp":
            return Factuality.PLANNED
        return Factuality.POSSIBLE
    return None


def factuality_of(trigger: Token) -> Factuality:
    """The factuality of the event ``trigger`` names, inherited through "to"-clauses
    ("plans to visit" is planned) and nouns ("penalties that China would face")."""
    token = trigger
    for _ in range(4):
        own = own_factuality(token)
        if own is not None:
            return own
        head = token.head
        if head.i == token.i or token.dep_ not in ("xcomp", "dobj", "pobj", "prep", "pcomp", "conj", "acl"):
            break
        if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            break
        if token.dep_ == "xcomp" and head.lemma_ in _FAILING:
            return Factuality.NEGATED  # "failed to agree", "refused to sign": it did not happen
        if token.dep_ == "xcomp" and head.lemma_ in _PLANNING:
            return Factuality.PLANNED
        if token.dep_ == "xcomp" and head.lemma_ in _POSSIBILITY:
            return Factuality.POSSIBLE
        token = head
    return Factuality.ASSERTED
