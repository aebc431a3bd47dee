"""Headlines for events without a named actor, built from the clause's own subject so that the
timeline reads "Two women found dead", "Powerful earthquake hits southern Iran" rather than a
truncated sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.model import Factuality
from timeline_app.extraction.events.arguments import reduced_passive
from timeline_app.extraction.events.titles import complement, object_of, phrase, present, shown
from timeline_app.extraction.temporal.lexicon import TIME_ZONES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.extraction.events.triggers import Trigger

_RELATIVE = frozenset({"that", "which", "who", "whom"})
# Determiners a headline keeps: they say how many ("Both women found dead", "No one hurt").
_COUNTING_DETS = frozenset({"both", "all", "no", "two", "three"})
_NOT_SUBJECT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
_PASSIVE_PREPS = frozenset({"into", "to", "from", "against", "with", "on", "for", "over", "out", "of", "as", "in",
                            "among", "at"})
_MAX_SUBJECT_WORDS = 7
_GIVING_VERBS = frozenset({"give", "award", "grant", "offer", "hand", "deny", "send", "show", "sentence", "serve",
                           "issue", "refuse", "promise", "pay", "charge", "fine"})
_NAMING_VERBS = frozenset({"name", "call", "nickname", "elect", "appoint", "crown", "dub", "declare", "vote"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Miss"})
_COPULAS = frozenset({"be", "seem", "become", "remain"})
_TIME_ZONES = TIME_ZONES | {"AM", "PM"}
_DANGLING = frozenset({"from", "of", "in", "into", "to", "and", "or", "at", "on", "with", "for", "by"})
_TIME_NOUNS = frozenset({"time", "day", "night", "morning", "afternoon", "evening", "hour", "minute", "week",
                         "month", "year", "moment", "period", "while", "weekend"})


def subject_of(verb: Token) -> Token | None:
    """The noun the clause is about: its subject, or the noun a relative clause hangs from;
    never a pronoun, a number or a time."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "were injured and are being treated": the first verb's subject (an active verb's
        # conjunct is too often misparsed to take it: "killed when ... one ricocheted off a wall")
        shared = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if shared is not None and _passive_form(verb, shared):
            subject = shared
    if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None and _counted(subject):
        return subject  # "Dozens of people were injured", "Thousands of people crossed the border"
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in _NOT_SUBJECT_ENTS:
        return None
    if subject.lemma_.lower() in _TIME_NOUNS:
        return None
    return subject


def _passive_form(verb: Token, subject: Token) -> bool:
    """"was found", or "[was found] and confiscated" sharing a passive subject."""
    own = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or reduced_passive(verb)
    return own or (subject.dep_ == "nsubjpass" and subject.head.i != verb.i and verb.tag_ == "VBN")


def _counted(subject: Token) -> bool:
    """A number of something: "dozens of people", "12 of the miners" (not "two of them")."""
    return subject.ent_type_ == "CARDINAL" and subject.pos_ in ("NOUN", "NUM") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ != "PRON" for g in c.children)
        for c in subject.children)


def subject_words(subject: Token, verb: Token | None = None) -> str:
    """The subject as a headline names it: its words up to the first comma or clause, without
    articles ("a man suspected of shooting three people"), or its compact phrase when that is long."""
    words: list[str] = []
    for token in subject.subtree:
        if token.i > subject.i and (_ends_subject(token) or (verb is not None and token.i >= verb.i)):
            break
        if token.i < subject.i and _starts_subject(token):
            words = []  # a dateline glued on by the sentence splitter: "Jul 2013 A strong quake"
            if not (token.dep_ == "det" and token.lower_ in _COUNTING_DETS):
                continue
        if (token.dep_ == "det" and token.lower_ not in _COUNTING_DETS) or (token.is_punct and not words) or (
                token.ent_type_ in ("DATE", "TIME")) or (token.dep_ == "case" and not words) or (  # "[Monday]'s"
                token.text.rstrip(".") in _HONORIFICS and token.i < subject.i):
            continue
        words.append(shown(token) + token.whitespace_)
    while len(words) > 1 and words[-1].strip().lower() in _DANGLING:
        words.pop()  # "Flights from [and into the airport]"
    text = " ".join("".join(words).split())
    if len(text.split()) > _MAX_SUBJECT_WORDS:
        text = phrase(subject)
    return text


def _starts_subject(token: Token) -> bool:
    """An article, a date or a colon: what stands before it is no part of the subject."""
    return token.dep_ == "det" or token.ent_type_ in ("DATE", "TIME") or token.text in (":", "|") or (
        token.text in _TIME_ZONES)


def _ends_subject(token: Token) -> bool:
    """A comma, a conjunction or a clause ends the words a headline takes from its subject."""
    return (token.is_punct and token.text not in ("-", "'")) or token.dep_ in ("cc", "relcl", "appos") or (
        token.lower_ in _RELATIVE)


def _passive(verb: Token, subject: Token, factuality: Factuality) -> str | None:
    bare = any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    if bare and factuality is not Factuality.PLANNED:
        return None  # "recommended that Orozco be executed": no fact, and no headline may state it as one
    if factuality is Factuality.NEGATED:
        head = f"not {verb.lower_}"
    elif factuality is Factuality.PLANNED:
        head = f"to be {verb.lower_}"
    elif factuality is Factuality.ASSERTED:
        head = verb.lower_
    else:
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    given = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                  and verb.lemma_.lower() in _GIVING_VERBS), None)  # "given a summons"
    particle = " ".join(w for w in (particle, phrase(given) if given is not None else "") if w)
    state = next((phrase(c) for c in verb.children
                  if c.dep_ in ("oprd", "acomp") and (c.pos_ == "ADJ" or verb.lemma_.lower() in _NAMING_VERBS)
                  and not any(t.like_num or t.ent_type_ in _NOT_SUBJECT_ENTS for t in c.subtree)), "")
    rest = " ".join(w for w in (particle, state) if w) or complement(verb, _PASSIVE_PREPS) or next(
        (c for d in verb.children if d.dep_ == "npadvmod" and d.ent_type_ == "DATE"  # "convicted March 20 of"
         if (c := complement(d, _PASSIVE_PREPS))), "")
    if not rest and verb.dep_ == "acl":
        return None  # "the damage sustained": the noun is no happening's subject
    return " ".join(w for w in (subject_words(subject, verb), head, rest) if w)


def _active(verb: Token, subject: Token, factuality: Factuality) -> str | None:
    if verb.lemma_.lower() in _COPULAS:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or "Plur" in subject.morph.get("Number", []) or _counted(subject) or (
        subject.ent_type_ == "NORP" and any(c.lower_ == "the" for c in subject.children))  # "the Sudanese vote"
    singular = not plural and not any(c.dep_ == "conj" for c in subject.children)
    lemma = verb.lemma_.lower()
    forms = {Factuality.ASSERTED: present(lemma, singular), Factuality.PLANNED: f"to {lemma}",
             Factuality.NEGATED: f"{present('do', singular)} not {lemma}", Factuality.POSSIBLE: f"could {lemma}"}
    return " ".join(w for w in (subject_words(subject), forms.get(factuality, ""), object_of(verb)) if w)


def subjectless_title(trigger: Trigger, factuality: Factuality) -> str | None:
    """A headline from the clause itself: "Crews called to Waitrose building" (a passive without
    agent), "Klitschko finishes fight" (a name the entity tagger missed), "Powerful earthquake hits
    southern Iran" (an event noun that is the subject of its verb)."""
    token = trigger.token
    verb = token
    if trigger.is_noun:
        if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
            return None
        verb, subject = token.head, token
    else:
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
            return _passive(token, token.head, factuality)  # "a man charged in the shooting"
        found = subject_of(token)
        if found is None or token.pos_ != "VERB":
            return _object_first(token, factuality)
        subject = found
    if _passive_form(verb, subject):
        return _passive(verb, subject, factuality)
    return _active(verb, subject, factuality)


def _object_first(verb: Token, factuality: Factuality) -> str | None:
    """A past action whose doer is only "he" or "they" reads as a passive headline:
    "Anthony LaCalamita located", "Joint venture formed"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or factuality is not Factuality.ASSERTED:
        return None
    if verb.tag_ != "VBN" and not (verb.tag_ == "VBD" and verb.lower_.endswith("ed")):
        return None
    return f"{subject_words(obj)} {verb.lower_}"
