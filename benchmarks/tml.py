"""Reading TempEval-3 style TimeML files: DCT, plain text of <TEXT>, gold TIMEX3.

Thin wrapper over :mod:`timeline_app.extraction.temporal.timeml` so the
benchmarks and the ``timeml`` command read files the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from timeline_app.extraction.temporal.timeml import GoldTimex, TimeMLDocument, read_timeml  # noqa: E402

TIMEML = REPO.parent / "shared" / "data" / "timeml"
CORPORA = (TIMEML / "timebank", TIMEML / "aquaint")

__all__ = ["CORPORA", "GoldTimex", "TimeMLDocument", "corpus_files", "read_timeml"]


def corpus_files(dirs: tuple[Path, ...] = CORPORA) -> list[Path]:
    """Every .tml of the given folders, sorted (empty when ../shared is absent)."""
    return sorted(path for folder in dirs if folder.exists() for path in folder.glob("*.tml"))
