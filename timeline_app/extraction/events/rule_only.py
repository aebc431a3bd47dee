"""Triggers without a model: with the blank pipeline there is no tagger, parser or lemmatizer,
so word forms of our lexicon are matched directly (regular endings and common irregular pasts).
The events are coarse (no actors, the sentence as title) but dated sentences still reach the timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.extraction.events.lexicon import NOUN_CATEGORY, VERB_CATEGORY

if TYPE_CHECKING:
    from spacy.tokens import Token

_IRREGULAR = {
    "met": "meet", "said": "say", "told": "tell", "held": "hold", "fought": "fight", "sent": "send",
    "gave": "give", "shot": "shoot", "struck": "strike", "stole": "steal", "beat": "beat", "froze": "freeze",
    "withdrew": "withdraw", "sought": "seek", "spoke": "speak", "wrote": "write", "began": "begin",
    "won": "win", "lost": "lose", "fled": "flee", "led": "lead", "cut": "cut", "bound": "bind",
}
_ENDINGS = ("ing", "ed", "es", "s", "d")
_TITLE_WORDS = 10


def _verb_lemma(word: str) -> str | None:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in VERB_CATEGORY:
        return word
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) > 2:
            for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                if candidate in VERB_CATEGORY:
                    return candidate
    return None


def word_category(token: Token, verbs_only: bool = False) -> str | None:
    """The category of a word form, or None."""
    word = token.lower_
    lemma = _verb_lemma(word)
    if lemma is not None:
        return VERB_CATEGORY[lemma]
    return None if verbs_only else NOUN_CATEGORY.get(word)


def rule_title(sentence: str) -> str:
    """The start of the sentence, as a headline cannot be built without a parse."""
    words = sentence.split()
    title = " ".join(words[:_TITLE_WORDS]) + ("\u2026" if len(words) > _TITLE_WORDS else "")
    return title.rstrip(".")


