"""Headlines in title case ("Lindsay Lohan Checks Into Betty Ford"): the tagger reads every word as
part of a name, so a verb loses its lemma ("Checks" stays "Checks") and no trigger is found. A
headline word that is an inflection of a word naming an event of the text ("Checks" of "checked",
"Kills" of "killed", "Shooting" of "shot") names that event: it becomes one more source of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.extraction.events.parse import content_bounds

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Doc, Span, Token

_ENDINGS = ("ings", "ing", "ies", "es", "ed", "s", "d")
_CAPITALISED_SHARE = 0.6
_MIN_WORDS = 3


def headline_sentence(doc: Doc, title: str) -> Span | None:
    """The sentence of ``doc`` that is the article's headline."""
    wanted = title.strip()
    if not wanted:
        return None
    for sentence in doc.sents:
        start, end = content_bounds(sentence)
        if doc.text[start:end] == wanted:
            return sentence
        if start > len(wanted) + 200:
            return None
    return None


def is_title_case(sentence: Span) -> bool:
    """Most words capitalised: the parse of such a line is unreliable."""
    words = [t for t in sentence if t.is_alpha and len(t.text) > 3]
    if len(words) < _MIN_WORDS:
        return False
    return sum(t.text[0].isupper() for t in words) >= _CAPITALISED_SHARE * len(words)


def stems(word: str) -> list[str]:
    """The word and the lemmas it may inflect: "checks" -> check, "fleeing" -> flee, "died" -> die."""
    found = [word]
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        found += [stem, stem + "e"]
        if ending in ("ies", "ied"):
            found.append(stem + "y")
        if stem[-1:] == stem[-2:-1]:
            found.append(stem[:-1])
    return found


def headline_lemma(token: Token, known: Container[str]) -> str | None:
    """The lemma among ``known`` (words naming events of the text) that a title-case word inflects."""
    if not token.is_alpha or not token.text[0].isupper():
        return None
    return next((stem for stem in stems(token.lower_) if stem in known), None)
