"""What the window runs in the background to import files, kept apart from
widgets so tests can swap in a fake without spaCy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.importing import ImportReport
    from timeline_app.storage import Store
    from timeline_app.ui.workers import Cancelled, Progress

ImportFunction = Callable[[list[Path], "Store", "Progress", "Cancelled"], "tuple[ImportReport, str | None]"]


def import_with_pipeline(
    paths: list[Path], store: Store, progress: Progress, cancelled: Cancelled
) -> tuple[ImportReport, str | None]:
    """Import the files (on a worker thread) and say whether extraction ran
    without a language model, which the status bar must tell the user."""
    from timeline_app.importing import IMPORTED, NO_EVENTS, import_paths

    report = import_paths(paths, store, progress=progress, cancelled=cancelled)
    extracted = any(item.status in (IMPORTED, NO_EVENTS) for item in report.items)
    return report, _model_warning() if extracted else None


def _model_warning() -> str | None:
    from timeline_app.extraction.nlp import model_status

    status = model_status()
    return status.message if status.rule_only else None
