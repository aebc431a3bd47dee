"""The time of a participle or gerund buried in a noun phrase, taken from the clause the noun belongs to.

"will begin the process of adding tariffs on Monday": the gerund after "of" has no tense of its own; the day is
when the process begins. "will have to report the emissions embedded in their goods from October 1": a start
date on a reduced passive in the object of a future clause is a date from which the future duty runs.
"the decisions taken this weekend would shape the Union": the subject of a "would" clause is still to be made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "compound"})
_START_PREPOSITIONS = frozenset({"from", "starting", "beginning"})
_PREDICTING_AUX = frozenset({"will", "shall", "'ll", "would"})


def clause_verb_of_noun_phrase(noun: Token) -> Token | None:
    """The verb whose argument the noun phrase around ``noun`` is ("the process of adding" -> "begin"),
    climbing at most four nouns and prepositions."""
    token = noun
    for _ in range(5):
        if token.head.i == token.i:
            return None
        if token.dep_ not in _NOUN_DEPS and token.dep_ != "prep":
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.pos_ not in ("NOUN", "PROPN", "ADP"):
            return None
    return None


def gerund_owner(verb: Token) -> Token | None:
    """"the process of adding tariffs": a bare gerund after "of" that hangs on a noun happens in the time of the
    verb that noun belongs to."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "of":
        return None  # not "with numbers peaking in the last ten days": an aside of its own
    if any(child.dep_ in ("aux", "auxpass") for child in verb.children):
        return None
    if prep.head.pos_ not in ("NOUN", "PROPN") or prep.head.i == prep.i:
        return None
    return clause_verb_of_noun_phrase(prep.head)


def runs_from_a_start(date_root: Token, verb: Token) -> bool:
    """The date hangs on the participle ``verb`` through "from" ("embedded in their goods from October 1")."""
    prep = date_root.head
    return date_root.dep_ == "pobj" and prep.lower_ in _START_PREPOSITIONS and prep.head.i == verb.i


def object_owner(verb: Token) -> Token | None:
    """"report the emissions embedded ...": the verb whose object (or its prepositional part) a reduced
    passive describes."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return clause_verb_of_noun_phrase(verb.head)


def predicted_subject_owner(verb: Token) -> Token | None:
    """"the decisions taken this weekend would shape the Union": the verb told with "will" or "would" whose
    subject the reduced passive describes (a "would" after a report looks ahead of that report)."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i == noun.i:
        return None
    if verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        return None  # "The change, first announced in October, would apply": an aside on what was done
    owner = noun.head
    return owner if any(c.dep_ == "aux" and c.lower_ in _PREDICTING_AUX for c in owner.children) else None


def headline_infinitive(verb: Token) -> bool:
    """"Starmer to visit Tokyo on Friday": a headline's name followed by "to" and a verb, which the parser may
    read as a noun with a relative clause; nothing before "to" but a capitalised name."""
    head = verb.head
    if verb.dep_ not in ("relcl", "acl", "advcl") or head.dep_ != "ROOT" or head.i >= verb.i:
        return False  # the model may also read "Trump" as a verb with "to visit" its clause
    opening = verb.doc[verb.sent.start:verb.i - 1]
    return 0 < len(opening) <= 4 and all(token.is_title or token.is_upper for token in opening)


def started_duty_direction(date_root: Token, verb: Token | None, clause_direction: Callable[[Token], int],
                           future: int, nearest: int) -> int | None:
    """"will have to report the emissions embedded in their goods from October 1": a start date on a reduced
    passive in the object of a future clause is the nearest such day, not the past."""
    if verb is None or not runs_from_a_start(date_root, verb):
        return None
    owner = object_owner(verb)
    return nearest if owner is not None and clause_direction(owner) == future else None


def verbless_line(doc: Doc, text: str, start: int) -> bool:
    """The line from character ``start`` of ``text`` (the doc's text, which spaCy rebuilds on every call) on is a
    label, not a sentence: no finite verb in the parse and no full stop ("Nov. 3: BOE decision and Monetary Policy
    Report", unlike "Friday - Treasury summons bank chiefs."). False without a parse."""
    if not doc.has_annotation("DEP"):
        return False
    line_end = text.find("\n", start, start + _LONGEST_LABEL)
    if line_end < 0 and len(text) - start > _LONGEST_LABEL:
        return False  # a label is short; the rest of a long paragraph is prose
    line = text[start:line_end if line_end >= 0 else len(text)].rstrip()
    span = doc.char_span(start, start + len(line), alignment_mode="expand")
    if span is None or line[-1:] in (".", "!", "?"):
        return False
    return not any(token.tag_ in _FINITE_TAGS for token in span)


_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
_LONGEST_LABEL = 200  # characters
