"""Headlines in title case ("Lindsay Lohan Checks Into Betty Ford"): the tagger reads every word as
part of a name, so a verb loses its lemma ("Checks" stays "Checks") and no trigger is found. A
headline word that is an inflection of a word naming an event of the text ("Checks" of "checked",
"Kills" of "killed", "Shooting" of "shot") names that event: it becomes one more source of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Doc, Span, Token

_ENDINGS = ("ings", "ing", "ies", "es", "ed", "s", "d")
_CAPITALISED_SHARE = 0.6
_MIN_WORDS = 3
_HEADLINE_WITHIN = 300


@dataclass(frozen=True)
class Headline:
    """The article's headline in its parse; ``words``: part of speech and lemma of each word of a
    title-case headline tagged again in lower case (empty otherwise), by token index."""

    sentence: Span
    title_case: bool
    words: dict[int, tuple[str, str]] = field(default_factory=dict)

    @property
    def bounds(self) -> tuple[int, int]:
        return self.sentence.start_char, self.sentence.end_char

    def __contains__(self, token: Token) -> bool:
        return self.sentence.start <= token.i < self.sentence.end


def find_headline(doc: Doc, title: str) -> Headline | None:
    """The headline of ``doc`` (see ``Headline``), or None."""
    sentence = headline_sentence(doc, title)
    if sentence is None:
        return None
    title_case = is_title_case(sentence)
    return Headline(sentence, title_case, recased_words(sentence) if title_case else {})


def headline_sentence(doc: Doc, title: str) -> Span | None:
    """The words of ``doc`` that are the article's headline (the parser may have split it)."""
    wanted = title.strip()
    start = doc.text.find(wanted) if wanted else -1
    if start < 0 or start > _HEADLINE_WITHIN:
        return None
    return doc.char_span(start, start + len(wanted), alignment_mode="expand")


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


def headline_lemma(token: Token, headline: Headline, known: Container[str]) -> str | None:
    """The lemma among ``known`` (words naming events of the text) that a title-case word inflects."""
    if not token.is_alpha or not token.text[0].isupper():
        return None
    recased = headline.words.get(token.i)
    if recased is not None and recased[1] in known:
        return recased[1]
    return next((stem for stem in stems(token.lower_) if stem in known), None)


def recased_words(headline: Span) -> dict[int, tuple[str, str]]:
    """Part of speech and lemma of each word of a title-case headline, tagged again in lower case
    ("Gunman Kills Deputy" -> "gunman kills deputy": "kills" is a verb, lemma "kill"); keyed by
    the index of the word in the article's parse. Acronyms keep their case, unless the whole headline
    is in capitals."""
    from timeline_app.extraction.nlp import base_pipeline

    alpha = [t for t in headline if t.is_alpha]
    shouting = sum(t.is_upper for t in alpha) > len(alpha) / 2  # "CHARGERS' WILLIAMS ARRESTED"
    text = "".join((t.text if t.is_upper and len(t.text) > 1 and not shouting else t.lower_) + t.whitespace_
                   for t in headline)
    nlp = base_pipeline()
    disabled = [name for name in ("parser", "ner") if name in nlp.pipe_names]
    recased = nlp(text, disable=disabled)
    by_start = {t.idx: t for t in recased}
    words: dict[int, tuple[str, str]] = {}
    for token in headline:
        match = by_start.get(token.idx - headline.start_char)
        if match is not None and len(match.text) == len(token.text):
            words[token.i] = (match.pos_, match.lemma_.lower())
    return words
