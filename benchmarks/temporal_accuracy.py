"""TempEval-3 task A accuracy of our temporal tagger on TimeBank + AQUAINT (TBAQ-cleaned).

Usage: .venv/bin/python benchmarks/temporal_accuracy.py [--split all|dev|heldout] [--details]

Our tagger runs in-process over the gold plain text of <TEXT> with the gold
DCT; the DCT itself is never scored. Prints strict/relaxed span, value and type
P/R/F1, the ten most frequent value errors and the time per document (model
loading included in the total).
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tml import CORPORA, TimeMLDocument, corpus_files, read_timeml

from timeline_app.extraction.temporal.scoring import Counts, score_document

if TYPE_CHECKING:
    from spacy.language import Language

    from timeline_app.core.model import TemporalExpression


def in_split(name: str, split: str) -> bool:
    """A fixed quarter of the files (by name hash) is held out from development."""
    held_out = zlib.crc32(name.encode()) % 4 == 0
    return split == "all" or (split == "heldout") == held_out


def load_documents(split: str = "all") -> list[TimeMLDocument]:
    return [read_timeml(path) for path in corpus_files() if in_split(path.name, split)]


def print_table(title: str, counts: Counts) -> None:
    print(f"\n{title}: {counts.gold} gold, {counts.system} system TIMEX3")
    print(f"{'measure':<10}{'P':>8}{'R':>8}{'F1':>8}")
    for name, (precision, recall, f1) in counts.table().items():
        print(f"{name:<10}{precision:>8.3f}{recall:>8.3f}{f1:>8.3f}")
    print("value* = value with both sides in one notation (199X = 199, 2000-W7 = 2000-W07, T17 = T17:00)")


def print_value_errors(counts: Counts, limit: int = 10) -> None:
    print(f"\nTen most frequent value errors (text | gold | ours), of {sum(counts.value_errors.values())}:")
    for (text, gold, ours), n in counts.value_errors.most_common(limit):
        print(f"  {n:3d}  {text!r:32} {gold:16} {ours}")


def print_details(docs: list[TimeMLDocument], system: list[list[TemporalExpression]]) -> None:
    """Missed and spurious expressions (for development)."""
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    extent: Counter[str] = Counter()
    for doc, found in zip(docs, system, strict=True):
        for g in doc.timexes:
            overlapping = [s for s in found if s.start < g.end and g.start < s.end]
            if not overlapping:
                missed[f"{g.text} [{g.type} {g.value}]"] += 1
            elif not any(s.start == g.start and s.end == g.end for s in overlapping):
                extent[f"{g.text!r} vs {overlapping[0].text!r}"] += 1
        for s in found:
            if not any(s.start < g.end and g.start < s.end for g in doc.timexes):
                spurious[f"{s.text} [{s.type.value} {s.value}]"] += 1
    for title, counter in (("missed", missed), ("spurious", spurious), ("extent", extent)):
        print(f"\n{title} ({sum(counter.values())}):")
        for key, n in counter.most_common(40):
            print(f"  {n:3d}  {key}")


def score_directory(docs: list[TimeMLDocument], system_dir: Path) -> int:
    """Score .tml files already annotated by some system (same names, same plain text)."""
    counts = Counts()
    for doc in docs:
        path = next(system_dir.rglob(doc.name), None)
        system = read_timeml(path) if path else None
        if system is None or system.text != doc.text:
            print(f"{doc.name}: missing or its text differs from the gold text")
            return 1
        score_document(counts, doc.timexes, system.timexes)
    print_table(f"TempEval-3 task A of {system_dir} on {len(docs)} documents", counts)
    print_value_errors(counts)
    return 0


def blank_pipeline() -> Language:
    """What runs when no model is installed."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    parser.add_argument("--details", action="store_true", help="list missed/spurious/extent errors")
    parser.add_argument("--blank", action="store_true", help="rule-only: spacy.blank('en') + sentencizer, no model")
    parser.add_argument("--system-dir", type=Path, default=None,
                        help="score the TIMEX3 of these .tml files (e.g. `timeline-app timeml` output) instead")
    args = parser.parse_args()
    if not any(folder.exists() for folder in CORPORA):
        print("../shared/data/timeml is not present: nothing to measure")
        return 1
    docs = load_documents(args.split)
    if args.system_dir is not None:
        return score_directory(docs, args.system_dir)
    began = time.perf_counter()
    from timeline_app.extraction.nlp import base_pipeline, model_status
    from timeline_app.extraction.temporal import tag_doc

    nlp = blank_pipeline() if args.blank else base_pipeline()
    loaded = time.perf_counter()
    counts = Counts()
    system = []
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        found = tag_doc(parsed, doc.dct)
        system.append(found)
        score_document(counts, doc.timexes, found)
    ended = time.perf_counter()
    name = "blank English, rule-only" if args.blank else model_status().name
    print(f"Temporal tagger ({name}) on {len(docs)} TimeBank+AQUAINT documents, split {args.split}")
    print_table("TempEval-3 task A", counts)
    print_value_errors(counts)
    print(f"\nTime: model load {loaded - began:.2f} s, tagging {ended - loaded:.2f} s, "
          f"total {ended - began:.2f} s = {(ended - began) / max(len(docs), 1):.3f} s/document")
    if args.details:
        print_details(docs, system)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
