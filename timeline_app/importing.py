"""Importing files into the store: read, extract, store, one report per file.

Shared by the command line and the GUI's background worker, so both treat bad
input alike: a clear message per file, and nothing already stored is touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.core import Article, Day, Event
from timeline_app.ingest import SUPPORTED_SUFFIXES, IngestError, read_article

if TYPE_CHECKING:
    from timeline_app.storage import Store

log = logging.getLogger("timeline_app.importing")

ProgressCallback = Callable[[int, int, str], None]
CancelledCallback = Callable[[], bool]

IMPORTED, ALREADY_PRESENT, NO_EVENTS, ERROR, CANCELLED = (
    "imported", "already_present", "no_events", "error", "cancelled",
)


@dataclass
class ImportItem:
    """The outcome for one file."""

    path: Path
    status: str
    message: str
    article_id: str | None = None
    events: int = 0


@dataclass
class ImportReport:
    """Outcomes of one import, in the order the files were given."""

    items: list[ImportItem] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def failed(self) -> bool:
        return self.count(ERROR) > 0

    def summary(self) -> str:
        """One line for a status bar: "2 imported (11 events), 1 failed"."""
        events = sum(item.events for item in self.items)
        parts = [f"{self.count(IMPORTED)} imported ({events} events)"]
        for status, label in ((NO_EVENTS, "without events"), (ALREADY_PRESENT, "already present"),
                              (ERROR, "failed"), (CANCELLED, "cancelled")):
            if self.count(status):
                parts.append(f"{self.count(status)} {label}")
        return ", ".join(parts)


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[ImportItem]]:
    """Files to read (folders expanded to their articles), and an error item
    for each missing path or folder without any article."""
    files: list[Path] = []
    problems: list[ImportItem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if _is_article_file(p))
            if not found:
                problems.append(ImportItem(path, ERROR, _empty_folder_message(path)))
            files.extend(found)
        elif not path.exists():
            problems.append(ImportItem(path, ERROR, "file not found"))
        else:
            files.append(path)
    return files, problems


def _is_article_file(path: Path) -> bool:
    return path.is_file() and not path.name.startswith(".") and path.suffix.lower() in SUPPORTED_SUFFIXES


def _empty_folder_message(folder: Path) -> str:
    others = sum(1 for p in folder.rglob("*") if p.is_file())
    kinds = ", ".join(sorted(s for s in SUPPORTED_SUFFIXES if s))
    return f"folder holds no articles ({kinds}); {others} other file(s) skipped"


def import_paths(
    paths: Iterable[Path],
    store: Store,
    *,
    published: Day | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> ImportReport:
    """Import every file; each article is stored whole or not at all."""
    files, problems = expand_paths(paths)
    report = ImportReport(list(problems))
    for index, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.items.extend(ImportItem(p, CANCELLED, "cancelled") for p in files[index:])
            break
        if progress is not None:
            progress(index, len(files), path.name)
        report.items.append(import_file(path, store, published))
    if progress is not None:
        progress(len(files), len(files), "")
    return report


def import_file(path: Path, store: Store, published: Day | None = None) -> ImportItem:
    """Read, extract and store one file; never raises for bad input."""
    from timeline_app.storage import StorageError

    try:
        article = read_article(path, published)
        if store.has_article(article.id):
            return ImportItem(path, ALREADY_PRESENT, "already imported", article.id)
        events = extract(article)
        store.import_article(article, events)
    except (IngestError, StorageError) as error:
        return ImportItem(path, ERROR, str(error))
    except Exception as error:  # a bug must not end a batch of imports
        log.exception("unexpected failure importing %s", path)
        return ImportItem(path, ERROR, f"internal error: {error}")
    if not events:
        return ImportItem(path, NO_EVENTS, "no events found", article.id)
    return ImportItem(path, IMPORTED, f"{len(events)} events", article.id, len(events))


def extract(article: Article) -> list[Event]:
    """The extraction pipeline, imported lazily (spaCy loads on first use)."""
    from timeline_app.extraction.pipeline import extract_events

    events: list[Event] = extract_events(article)
    return events
