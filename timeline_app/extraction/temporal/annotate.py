"""The ``timeml`` command's work: tag the <TEXT> of every .tml file of a folder."""

from __future__ import annotations

from pathlib import Path

from timeline_app.extraction.temporal.tagger import tag_doc
from timeline_app.extraction.temporal.timeml import read_timeml, write_timeml


def annotate_timeml_dir(in_dir: Path, out_dir: Path) -> int:
    """Write OUT_DIR/<name>.tml for each IN_DIR/*.tml with our TIMEX3 inline; returns files written."""
    from timeline_app.extraction.nlp import base_pipeline

    paths = sorted(Path(in_dir).glob("*.tml"))
    out_dir.mkdir(parents=True, exist_ok=True)
    documents = [read_timeml(path) for path in paths]
    parsed = base_pipeline().pipe(doc.text for doc in documents)
    for path, document, doc in zip(paths, documents, parsed, strict=True):
        write_timeml(document, tag_doc(doc, document.dct), out_dir / path.name)
    return len(paths)
