"""Short headline-style titles in the present tense, generated from the parse:
"Sullivan and Yang hold talks in Rome", "Xi and Putin declare 'no limits' strategic partnership"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.model import Factuality
from timeline_app.extraction.events.arguments import reduced_passive
from timeline_app.extraction.events.lexicon import STATEMENT, verb_category, verb_lemma
from timeline_app.extraction.temporal.lexicon import TIME_ZONES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from timeline_app.extraction.events.arguments import Arguments
    from timeline_app.extraction.events.names import NameBook
    from timeline_app.extraction.events.triggers import Trigger

_TALK_VERBS = frozenset({"meet", "talk", "confer", "negotiate", "exchange", "consult"})
_WARNING_NOUNS = frozenset({"consequence", "penalty", "sanction", "retaliation", "repercussion", "price",
                            "response", "cost"})
_DROP = frozenset({"det", "punct", "relcl", "acl", "advcl", "appos", "cc", "conj", "prep", "predet"})
_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_MAX_WORDS = 12
_TIME_WORDS = frozenset({"time", "day", "night", "morning", "afternoon", "evening", "hour", "week", "month",
                         "year", "moment", "period", "weekend", "way", "reason", "place"})
_TIME_ZONES = TIME_ZONES
# "hundreds of tractors": the quantity needs what it counts.
_QUANTITIES = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
                         "billion", "billions", "number", "lot", "lots", "scores", "tens"})
_FAILING_VERBS = frozenset({"fail", "refuse", "decline"})
_DATELINE_WORDS = frozenset({"posted", "published", "updated", "last", "am", "pm", "a.m.", "p.m.", "on", "at", "m.",
                             "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_CLOCK_WORDS = _TIME_ZONES | {"AM", "PM", "a.m.", "p.m.", ":"}
_SETTING_PREPS = frozenset({"in", "near", "at", "inside", "outside"})
_CONTRACTION_PIECES = frozenset({"s", "re", "ve", "ll", "d", "m", "t"})
_OBJECT_CASE = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me"}
_RELATIVE = frozenset({"that", "which", "who", "whom"})
_COMPLEMENT_PREPS = frozenset({"into", "to", "from", "against", "with", "on", "for", "over", "out"})
# Collective nouns that take a plural verb in headlines: "Police say", "People flee".
_PLURAL_NOUNS = frozenset({"police", "people", "troops", "forces", "authorities", "officials", "residents",
                           "protesters", "rebels", "militants", "paramedics", "firefighters", "investigators"})
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "-", "\u2013"})


def present(lemma: str, singular: bool) -> str:
    """The present tense of a verb lemma ("warn" -> "warns" with one actor)."""
    if not singular:
        return "are" if lemma == "be" else lemma
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _headline_quotes(text: str) -> str:
    return text.replace('"', "'").replace("\u201c", "'").replace("\u201d", "'")


def phrase(head: Token, keep_preps: bool = False, dateless: bool = False) -> str:
    """The compact phrase of ``head``: modifiers kept, determiners, clauses and asides dropped
    (and with ``dateless`` the dates and times a dateline glued on: "1052 GMT, April 10, 2007 A ...")."""
    words: list[Token] = []

    def visit(token: Token) -> None:
        for child in token.lefts:
            if dateless and (child.ent_type_ in ("DATE", "TIME") or any(t.text in _CLOCK_WORDS for t in child.subtree)):
                continue
            if child.dep_ not in _DROP or child.lower_ == "no" or (child.dep_ == "punct" and child.text in _QUOTES):
                visit(child)
        words.append(token)
        for child in token.rights:
            of_what = child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in _QUANTITIES
            if child.dep_ not in _DROP or of_what or (
                    keep_preps and child.dep_ == "prep" and child.lower_ in ("for", "of")):
                visit(child)
            elif child.dep_ == "punct" and child.text in _QUOTES:
                words.append(child)

    visit(head)
    ordered = sorted(words, key=lambda t: t.i)
    text = "".join(shown(t) + t.whitespace_ for t in ordered).strip()
    return _headline_quotes(" ".join(text.split()))


def shown(token: Token) -> str:
    """A sentence-initial common noun loses its capital ("Consequences" -> "consequences")."""
    if token.is_sent_start and token.pos_ != "PROPN" and token.text[:1].isupper() and token.text[1:].islower():
        return token.text.lower()
    if token.pos_ == "PRON" and token.text in ("It", "They", "We", "He", "She"):
        return token.text.lower()  # a quotation's first word: "says it had made its position plain"
    return token.text


def actor_list(names: list[str], book: NameBook) -> str:
    short = [book.short_form(n) for n in names[:3]]
    if len(short) <= 1:
        return "".join(short)
    return ", ".join(short[:-1]) + " and " + short[-1]


def _warning(trigger: Token) -> Token | None:
    for token in trigger.subtree:
        if token.lemma_.lower() in _WARNING_NOUNS and token.dep_ in ("nsubj", "attr", "dobj", "nsubjpass"):
            return token
    return None


def _statement_phrase(trigger: Token, singular: bool) -> str:
    warning = _warning(trigger)
    if warning is not None:
        return f"{present('warn', singular)} of {phrase(warning, keep_preps=True)}"
    recipient = next((c for c in trigger.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None)
    verb = f"{present(trigger.lemma_, singular)} {phrase(recipient)}" if recipient is not None else present(
        "say", singular)
    clause = next((c for c in trigger.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
                   and c.lower_ not in _CONTRACTION_PIECES), None)
    if clause is None and recipient is None:
        thing = next((c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if thing is not None:  # "announced a military operation", "declared a state of emergency"
            return f"{present(trigger.lemma_, singular)} {phrase(thing, keep_preps=True)}"
    return f"{verb} {_clause_summary(clause)}".strip() if clause is not None else verb


def _clause_summary(clause: Token) -> str:
    """The core of a reported clause: subject, auxiliaries, verb, object ("it had made its position plain")."""
    return " ".join(shown(t) for t in sorted(_clause_core(clause, 1), key=lambda t: t.i))


def _clause_core(clause: Token, depth: int) -> list[Token]:
    words = [clause]
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd"):
            words.extend(_compact(child))
        elif child.dep_ in ("aux", "auxpass", "neg", "prt"):
            words.append(child)
        elif child.dep_ in ("ccomp", "xcomp") and depth > 0:
            words.extend(_clause_core(child, depth - 1))
    return words


def _compact(head: Token) -> list[Token]:
    """A noun phrase without its determiners (except "no"), clauses and prepositions."""
    modifiers = ("poss", "amod", "compound", "nummod")
    return [t for t in head.subtree if t.i == head.i or (t.head.i == head.i and (
        t.dep_ in modifiers or (t.dep_ == "det" and t.lower_ == "no")))]


def _object(trigger: Trigger) -> str:
    """What the verb acts on: its particle and object ("picks up the pieces"), else the phrase it
    needs to make sense ("checks into Betty Ford Center", "returns to Kyiv")."""
    if trigger.noun is not None:
        return phrase(trigger.noun)
    return object_of(trigger.token)


def object_of(token: Token) -> str:
    """The particle and object of a verb, else its complement."""
    particle = next((c for c in token.children if c.dep_ == "prt"), None)
    obj = next((c for c in token.children if c.dep_ in ("dobj", "oprd")
                or (c.dep_ in ("attr", "acomp") and token.lemma_ == "become")), None)  # "becomes queen"
    if obj is not None and obj.lower_ in _RELATIVE and token.dep_ == "relcl":
        obj = token.head  # "penalties that China would face": the object is "penalties"
    if obj is None and _modifies_its_object(token):
        obj = token.head  # "the job she held", "the challenger nominated by the IBF"
    parts = [particle.lower_ if particle is not None else "", phrase(obj) if obj is not None else ""]
    if obj is not None and obj.pos_ == "PRON":
        parts.reverse()  # "carries them out", not "carries out them"
    if obj is None:
        state = next((c for c in token.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        parts.append(phrase(state) if state is not None else complement(token) or _purpose(token))  # "turns violent"
    return " ".join(p for p in parts if p)


def _modifies_its_object(verb: Token) -> bool:
    """A clause on a noun that is its object: a participle ("the challenger nominated by the IBF")
    or a relative clause with a subject of its own and no relative word ("the job she held")."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in _TIME_WORDS:
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "advmod") or c.lower_ in _RELATIVE
                                   for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") for c in verb.children)


def _purpose(verb: Token) -> str:
    """What an intransitive verb sets out to do: "works to recover the bodies", "votes to secede"."""
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                  and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
    if xcomp is None:
        return ""
    obj = next((c for c in xcomp.children if c.dep_ == "dobj"), None)
    words = f"to {xcomp.lower_} {phrase(obj) if obj is not None else complement(xcomp)}".strip()
    return words if len(words.split()) <= 6 else ""


def complement(verb: Token, preps: frozenset[str] = _COMPLEMENT_PREPS) -> str:
    """The first "into/to/from/against/with/on/for/over" phrase of a verb without an object, unless it
    names a time or a place (the title adds the place itself)."""
    for child in verb.rights:
        if child.dep_ != "prep" or child.lower_ not in preps:
            continue
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        inner = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if pobj is None and inner is not None:  # "ran out of their homes"
            rest = complement(child, frozenset({"of"}))
            return f"{child.lower_} {rest}" if rest else ""
        if pobj is None or pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "CARDINAL", "PERCENT", "MONEY"):
            return ""
        words = phrase(pobj, dateless=True)  # "of the [June 20, 2005] attempted murder"
        return f"{child.lower_} {words}" if len(words.split()) <= 5 else ""
    return ""


def setting(verb: Token) -> str:
    """Where an intransitive happening took place when no named place says it: "falls in Tasman
    Glacier area", "dies in her sleep"; never a time ("in recent years")."""
    for child in verb.rights:
        if child.dep_ != "prep" or child.lower_ not in _SETTING_PREPS:
            continue
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or pobj.lemma_.lower() in _TIME_WORDS or any(
                t.like_num or t.ent_type_ in ("DATE", "TIME", "QUANTITY", "PERCENT", "MONEY") for t in pobj.subtree):
            continue
        words = phrase(pobj)
        return f"{child.lower_} {words}" if len(words.split()) <= 4 else ""
    return ""


def _verb_phrase(trigger: Trigger, args: Arguments, singular: bool) -> str:
    token = trigger.token
    if trigger.category == STATEMENT or (not trigger.is_noun and verb_category(token.lemma_) == STATEMENT
                                         and not _object(trigger)):
        # also a statement read as agreement or demand ("both attorneys said their client had committed ...")
        return _statement_phrase(token, singular)
    if trigger.is_noun:
        return phrase(token)
    if verb_lemma(token) in _TALK_VERBS and not singular and trigger.noun is None:
        return "hold talks"
    patient = next((c for c in token.children if c.dep_ == "nsubjpass"
                    or (c.dep_ == "nsubj" and reduced_passive(token))), None)
    if patient is not None:
        if args.actors:
            patient_words = _OBJECT_CASE.get(patient.lower_) or phrase(patient)  # "was blindsided": "blindsides him"
            state = next((phrase(c) for c in token.children
                          if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"), "")  # "... man dead"
            return " ".join(w for w in (present(verb_lemma(token), singular), patient_words, state) if w)
        return f"{phrase(patient)} {token.lower_}"
    return " ".join(w for w in (present(verb_lemma(token), singular), _object(trigger)) if w)


def _plural_subject(verb: Token, shown: int = 0) -> bool:
    """Whether the doer the title names is plural: the passive agent if any ("shocked by the death":
    "Death shocks us"); conjuncts count only when the title shows more than one name ("eurozone
    countries and the IMF agreed": "IMF agrees")."""
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subject = agent or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    plural_word = subject.tag_ in ("NNS", "NNPS") or "Plur" in subject.morph.get("Number", [])
    return plural_word or (shown != 1 and any(c.dep_ == "conj" for c in subject.children))


def _plural_name(names: list[str]) -> bool:
    """One actor that is a plural common noun ("paramedics", "police"), as an agent the parse did not
    make the subject ("he was pronounced dead by paramedics")."""
    if len(names) != 1 or names[0][:1].isupper():
        return False
    last = names[0].split()[-1].lower()
    return last in _PLURAL_NOUNS or (last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _modal_verb_phrase(trigger: Trigger, factuality: Factuality, singular: bool) -> str | None:
    """Headline forms that never state a non-fact as a fact: "China does not support ...",
    "Ministers fail to agree", "China could face ...", "Sullivan to meet ..."."""
    token = trigger.token
    if trigger.is_noun or trigger.category == STATEMENT or factuality is Factuality.ASSERTED:
        return None
    rest = _object(trigger)
    lemma = verb_lemma(token)
    failing = token.head.lemma_.lower() if token.dep_ == "xcomp" else ""
    nearly = next((c.lower_ for c in token.children if c.dep_ == "advmod" and c.lower_ in ("nearly", "almost")), None)
    if factuality is Factuality.NEGATED and failing in _FAILING_VERBS:
        verb = f"{present(failing, singular)} to {lemma}"
    elif factuality is Factuality.NEGATED and nearly:
        verb = f"{nearly} {present(lemma, singular)}"
    elif factuality is Factuality.NEGATED:
        verb = f"{present('do', singular)} not {lemma}"
    elif factuality is Factuality.PLANNED:
        verb = f"to {lemma}"
    else:
        verb = f"could {lemma}"
    return " ".join(w for w in (verb, rest) if w)


def make_title(trigger: Trigger, args: Arguments, book: NameBook,
               factuality: Factuality = Factuality.ASSERTED) -> str:
    """A headline for the event named by ``trigger``."""
    names = args.actors or ([] if trigger.category != STATEMENT else args.targets)
    subject = actor_list(names, book)
    singular = len(names) <= 1 and not _plural_subject(trigger.token, len(names)) and not _plural_name(names)
    words = [subject, _modal_verb_phrase(trigger, factuality, singular) or _verb_phrase(trigger, args, singular)]
    title = " ".join(w for w in words if w)
    if args.location and args.location.lower() not in title.lower() and trigger.category != STATEMENT:
        title += f" in {args.location}"
    elif names and len(title.split()) <= 2 and not trigger.is_noun and trigger.category != STATEMENT:
        title = " ".join(w for w in (title, setting(trigger.token)) if w)
    parts = title.split()
    if not names:
        # A bare verb ("Arrests") tells nothing: the clause's own subject, else the sentence, does.
        title = _without_actor(trigger, args, factuality, title)
        parts = title.split()
    if len(parts) > _MAX_WORDS:
        title = " ".join(parts[:_MAX_WORDS]) + "\u2026"
    return title[:1].upper() + title[1:]


def _without_actor(trigger: Trigger, args: Arguments, factuality: Factuality, verb_only: str) -> str:
    """The clause's subject made a headline; else the verb phrase alone when it says enough
    ("Kills three people in Iraq"); else the sentence."""
    from timeline_app.extraction.events.subjectless import subjectless_title

    title = subjectless_title(trigger, factuality) or ""
    if title and args.location and args.location.lower() not in title.lower():
        title += f" in {args.location}"
    if len(title.split()) >= 3 or (len(title.split()) == 2 and title[:1].isupper()):
        return title  # "Cheeks fired": a name and what befell it is a headline
    if len(verb_only.split()) >= 3 and factuality is Factuality.ASSERTED:
        return verb_only
    return _sentence_title(trigger.token.sent)


def _dateline_token(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.is_punct or token.like_num or token.text in _TIME_ZONES or (
        token.lower_ in _DATELINE_WORDS)


def _sentence_title(sentence: Span) -> str:
    """The sentence, without a dateline the splitter glued to it ("POSTED: 05/02/07, 9:00 PM PDT | A ...",
    "THURSDAY, APRIL 11, 2013, 12:12 AM Two accused ...")."""
    start = 0
    for token in sentence:
        if not _dateline_token(token):
            break
        start = token.i - sentence.start + 1
    rest = sentence[start:] if len(sentence) - start > 4 and start > 1 else sentence
    return " ".join(rest.text.split()).lstrip(",;| ").rstrip(".")
