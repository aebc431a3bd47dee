"""What the storage layer tells its callers: results, errors and where the database lives.

Kept free of SQLAlchemy so that the command line can name these types without
loading the database stack.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATABASE_ENV = "TIMELINE_APP_DB"
APP_NAME = "timeline-app"


class StorageError(Exception):
    """The database cannot be used; ``str(error)`` is one line a user can act on."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one ``import_article`` call stored."""

    article_id: str
    already_present: bool
    events_added: int
    events_merged: int


def default_database_url() -> str:
    """``TIMELINE_APP_DB`` if set, else a SQLite file in the user data directory."""
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return from_env
    import platformdirs

    folder = Path(platformdirs.user_data_dir(APP_NAME))
    return f"sqlite:///{folder / 'timeline.db'}"
