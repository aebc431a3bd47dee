"""A small TempEval-3 task A scorer: strict and relaxed span F1, value F1, type F1.

Matching is one-to-one: each gold TIMEX3 pairs with at most one system TIMEX3
(exact offsets first, then the largest overlap). Value and type count on
relaxed matches, with P = correct / system and R = correct / gold. "value" compares
the strings exactly; "value*" first writes both in one notation (199X = 199,
W7 = W07, T17 = T17:00), which the corpora mix.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol


class Timex(Protocol):
    """Anything with offsets, type and value (gold TIMEX3 or TemporalExpression)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> str: ...
    @property
    def text(self) -> str: ...


def precision_recall_f1(system_correct: int, system: int, gold_found: int, gold: int) -> tuple[float, float, float]:
    """P = system_correct / system, R = gold_found / gold, and their harmonic mean (0 when undefined)."""
    precision = system_correct / system if system else 0.0
    recall = gold_found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


_NOTATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\d{2,3})X+$"), r"\1"),            # decade/century: 199X = 199, 19XX = 19
    (re.compile(r"^(\d{4})-?W(\d)(?!\d)"), r"\1-W0\2"),  # week: 2000-W7 = 2000-W07
    (re.compile(r"^(\d{4})W(\d\d)"), r"\1-W\2"),        # 2011W42 = 2011-W42
    (re.compile(r"^(\d{4})-(\d)$"), r"\1-0\2"),           # month: 1979-2 = 1979-02
    (re.compile(r"(T\d\d)$"), r"\1:00"),                 # hour: T17 = T17:00
)


def canonical_value(value: str) -> str:
    """One spelling for TIMEX3 values that the corpora write in several notations."""
    for pattern, replacement in _NOTATIONS:
        value = pattern.sub(replacement, value)
    return value


def _type(timex: Timex) -> str:
    kind = getattr(timex, "type", "")
    return str(getattr(kind, "value", kind))


@dataclass
class Counts:
    """Running totals over documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    value_notation: int = 0
    value_errors: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def f1(self, correct: int) -> tuple[float, float, float]:
        """(precision, recall, F1) of ``correct`` matches."""
        return precision_recall_f1(correct, self.system, correct, self.gold)

    def table(self) -> dict[str, tuple[float, float, float]]:
        return {"strict": self.f1(self.strict), "relaxed": self.f1(self.relaxed),
                "value": self.f1(self.value), "type": self.f1(self.type), "value*": self.f1(self.value_notation)}


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping gold and system expressions."""
    pairs: list[tuple[Timex, Timex]] = []
    used: set[int] = set()
    ranked = sorted(((g, s) for g in gold for s in range(len(system)) if _overlap(g, system[s]) > 0),
                    key=lambda gs: (not (gs[0].start == system[gs[1]].start and gs[0].end == system[gs[1]].end),
                                    -_overlap(gs[0], system[gs[1]])))
    taken_gold: set[int] = set()
    for g, s in ranked:
        if id(g) in taken_gold or s in used:
            continue
        taken_gold.add(id(g))
        used.add(s)
        pairs.append((g, system[s]))
    return pairs


def score_document(counts: Counts, gold: Sequence[Timex], system: Sequence[Timex]) -> None:
    """Add one document's matches to ``counts``."""
    counts.gold += len(gold)
    counts.system += len(system)
    for g, s in match(gold, system):
        counts.relaxed += 1
        counts.strict += g.start == s.start and g.end == s.end
        counts.type += _type(g) == _type(s)
        counts.value_notation += canonical_value(g.value) == canonical_value(s.value)
        if g.value == s.value:
            counts.value += 1
        else:
            counts.value_errors[(g.text, g.value, s.value)] += 1


def score(documents: Iterable[tuple[Sequence[Timex], Sequence[Timex]]]) -> Counts:
    """Scores of (gold, system) pairs of documents."""
    counts = Counts()
    for gold, system in documents:
        score_document(counts, gold, system)
    return counts
