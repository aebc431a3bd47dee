"""One parse of an article with the sentence boundaries a news page needs.

Line breaks end sentences (headlines, datelines and photo captions have no full
stop), and a caption credit glued to the caption ("in OctoberImage: AFP") is split
off, so the parser never runs a caption into the next paragraph.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from timeline_app.extraction.events.places import DATELINE, is_dateline_place

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

_GLUED_CREDIT = re.compile(r"^(?P<word>[A-Za-z][a-z]+)(?P<credit>Image|Photo|Picture|Foto|Credit)$")
_CREDIT_WORDS = frozenset({"Image", "Photo", "Picture", "Foto", "Credit"})
_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})


def _split_glued_credits(doc: Doc) -> None:
    glued = [t for t in doc if _GLUED_CREDIT.match(t.text)]
    if not glued:
        return
    with doc.retokenize() as retokenizer:
        for token in glued:
            match = _GLUED_CREDIT.match(token.text)
            assert match is not None
            retokenizer.split(token, [match["word"], match["credit"]], heads=[(token, 1), (token, 1)])


def _after_break(doc: Doc, i: int) -> bool:
    previous = doc[i - 1]
    return (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_


def _closes_quote(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.text in _QUOTES and (i + 1 == len(doc) or bool(token.whitespace_) or doc[i + 1].is_space)


def _mark_line_starts(doc: Doc, fix_inside: bool) -> None:
    """Every token after a line break, and a caption credit ("Image:"), starts a sentence;
    with ``fix_inside``, the second word of a line and a closing quote never do."""
    for token in doc[1:]:
        if token.is_space:
            continue
        credit = token.text in _CREDIT_WORDS and token.i + 1 < len(doc) and doc[token.i + 1].text == ":"
        if _after_break(doc, token.i) or credit:
            token.is_sent_start = True
        elif fix_inside and (_closes_quote(doc, token.i) or (token.i > 1 and _after_break(doc, token.i - 1))):
            token.is_sent_start = False


_DATELINE_LINES = 4  # the headline, a byline or stamp, then the lede


def _mark_datelines(doc: Doc) -> None:
    """"KYIV, Ukraine (AP) — Ukrainian forces retook ...": the report starts after the dateline, so the
    dateline's place and agency never join the sentence's subject."""
    lines = (line for line in re.finditer(r"^.*$", doc.text, re.M) if line.group(0).strip())
    for line in islice(lines, _DATELINE_LINES):
        match = DATELINE.match(line.group(0))
        if match is None or not is_dateline_place(match):
            continue
        start = line.start() + match.end()
        token = next((t for t in doc if t.idx >= start and not t.is_space), None)
        if token is not None and token.i > 0:
            token.is_sent_start = True


def parse(nlp: Language, text: str) -> Doc:
    """Tokenise, fix boundaries, then run every pipe of ``nlp`` once."""
    doc = nlp.make_doc(text)
    _split_glued_credits(doc)
    has_parser = "parser" in nlp.pipe_names
    if has_parser:
        _mark_line_starts(doc, fix_inside=True)
        _mark_datelines(doc)
    for _name, pipe in nlp.pipeline:
        doc = pipe(doc)
    if not has_parser:
        _mark_line_starts(doc, fix_inside=False)
    return doc


def content_bounds(sentence: Span) -> tuple[int, int]:
    """Character offsets of a sentence without surrounding whitespace."""
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    end = sentence.end_char - (len(text) - len(text.rstrip()))
    return start, max(start, end)


def is_narrative(sentence: Span, title: str, tagged: bool = True) -> bool:
    """False for headlines, section questions, datelines, bylines and caption credits:
    lines that report nothing on their own."""
    text = sentence.text.strip()
    if not text or text.endswith("?") or text.startswith(tuple(c + ":" for c in _CREDIT_WORDS)):
        return False
    if title and text.strip() == title.strip():
        return False
    words = [t for t in sentence if t.is_alpha]
    if not tagged:
        return len(words) >= 4
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in sentence) or not tagged
    return len(words) >= 4 and has_verb
