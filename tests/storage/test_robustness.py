"""Unusable databases give one clear StorageError and are never overwritten."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.storage import StorageError, open_store

from .factories import make_article, make_event

REPO = Path(__file__).resolve().parents[2]
OPEN_SCRIPT = """
import sys
from timeline_app.storage import StorageError, open_store
try:
    open_store(sys.argv[1]).close()
except StorageError as error:
    print("StorageError:", error)
else:
    print("opened")
"""


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    content = b"My thesis notes, not a database.\n" * 200
    path.write_bytes(content)
    with pytest.raises(StorageError, match="not a Timeline App database") as error:
        open_store(_sqlite_url(path))
    assert str(path) in str(error.value) and "\n" not in str(error.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.db"]


def test_a_damaged_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    open_store(_sqlite_url(path)).close()
    content = bytearray(path.read_bytes())
    content[100:4096] = b"\xff" * (4096 - 100)  # the header survives, the schema page does not
    path.write_bytes(bytes(content))
    with pytest.raises(StorageError) as error:
        open_store(_sqlite_url(path))
    assert str(path) in str(error.value)
    assert path.read_bytes() == bytes(content)


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (name TEXT)")
        connection.execute("INSERT INTO photos VALUES ('cat.jpg')")
    connection.close()
    content = path.read_bytes()
    with pytest.raises(StorageError, match="another program"):
        open_store(_sqlite_url(path))
    assert path.read_bytes() == content


def test_a_database_of_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    open_store(_sqlite_url(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    content = path.read_bytes()
    with pytest.raises(StorageError, match="newer"):
        open_store(_sqlite_url(path))
    assert path.read_bytes() == content


def _open_elsewhere(url: str, *, as_other_user: bool) -> str:
    """Open the store in a fresh process; as root, inside a user namespace where
    files of other users are not writable (root would otherwise ignore modes)."""
    command = [sys.executable, "-c", OPEN_SCRIPT, url]
    if as_other_user and os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.skip("running as root without unshare: cannot make a file read-only for this process")
        command = ["unshare", "-r", *command]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    if result.returncode != 0 and "unshare" in result.stderr:
        pytest.skip(f"user namespaces unavailable: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_read_only_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    store = open_store(_sqlite_url(path))
    article = make_article(1)
    store.import_article(article, [make_event(article, 0)])
    store.close()
    content = path.read_bytes()
    path.chmod(0o444)
    if os.geteuid() == 0:
        os.chown(path, 65534, 65534)
    try:
        output = _open_elsewhere(_sqlite_url(path), as_other_user=True)
    finally:
        path.chmod(0o644)
    assert output.startswith("StorageError:") and "read-only" in output, output
    assert str(path) in output
    assert path.read_bytes() == content


@pytest.fixture
def locked_database(tmp_path: Path) -> Iterator[Path]:
    """A store that another process holds an exclusive write lock on."""
    path = tmp_path / "timeline.db"
    store = open_store(_sqlite_url(path))
    article = make_article(1)
    store.import_article(article, [make_event(article, 0)])
    store.close()
    code = ("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\nsys.stdin.read()\n")
    locker = subprocess.Popen([sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
    yield path
    assert locker.stdin is not None
    locker.stdin.close()
    locker.wait(timeout=30)


def test_a_locked_database_gives_a_clear_message_at_start_up(locked_database: Path) -> None:
    with pytest.raises(StorageError, match="locked by another program") as error:
        open_store(_sqlite_url(locked_database), busy_timeout=0.2)
    assert str(locked_database) in str(error.value)


def test_an_import_into_a_locked_database_fails_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    store = open_store(_sqlite_url(path), busy_timeout=0.2)
    first = make_article(1)
    store.import_article(first, [make_event(first, 0)])
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    second = make_article(2)
    with pytest.raises(StorageError, match="locked"):
        store.import_article(second, [make_event(second, 0)])
    locker.execute("ROLLBACK")
    locker.close()
    assert [a.id for a in store.list_articles()] == [first.id]
    assert store.import_article(second, [make_event(second, 0)]).events_added == 1
    store.close()


def test_an_unreachable_postgresql_server_gives_one_line() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StorageError, match="cannot connect") as error:
        open_store("postgresql+psycopg://someone:secret@127.0.0.1:9/timeline")
    assert "secret" not in str(error.value) and "\n" not in str(error.value)
