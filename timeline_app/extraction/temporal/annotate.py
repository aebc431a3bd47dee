"""The ``timeml`` command's work: tag the <TEXT> of every .tml file of a folder."""

from __future__ import annotations

from pathlib import Path

from timeline_app.extraction.temporal.tagger import tag_text
from timeline_app.extraction.temporal.timeml import read_timeml, write_timeml


def annotate_timeml_dir(in_dir: Path, out_dir: Path) -> int:
    """Write OUT_DIR/<name>.tml for each IN_DIR/*.tml with our TIMEX3 inline; returns files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in sorted(Path(in_dir).glob("*.tml")):
        doc = read_timeml(path)
        write_timeml(doc, tag_text(doc.text, doc.dct), out_dir / path.name)
        written += 1
    return written
