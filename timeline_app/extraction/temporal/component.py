"""The "timeline_timex" spaCy component: reads ``doc._.dct``, sets ``doc._.timexes``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.tagger import tag_doc

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT_NAME = "timeline_timex"


class TimexTagger:
    """Pipeline component wrapping :func:`tag_doc`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = tag_doc(doc, doc._.dct)
        return doc


def register() -> None:
    """Register the Doc extensions and the factory (idempotent; spaCy loads lazily)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    for name in ("dct", "timexes"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if COMPONENT_NAME not in Language.factories:

        @Language.factory(COMPONENT_NAME)
        def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
            return TimexTagger()


def add_to(nlp: Language) -> None:
    """Append the component to ``nlp`` unless it is already there."""
    register()
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, last=True)
