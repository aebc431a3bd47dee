"""Where the store lives and who may use it: URLs, defaults, threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from timeline_app.storage import default_database_url, open_store

from .factories import make_article, make_event


def test_the_database_defaults_to_the_environment_then_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIMELINE_APP_DB", raising=False)
    assert default_database_url().startswith("sqlite:///")
    assert default_database_url().endswith("timeline.db")
    url = f"sqlite:///{tmp_path / 'from-env' / 'mine.db'}"
    monkeypatch.setenv("TIMELINE_APP_DB", url)
    store = open_store()
    assert store.url == url
    store.close()
    assert (tmp_path / "from-env" / "mine.db").exists()


def test_a_plain_file_path_is_a_sqlite_database(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "plain.db"))
    assert store.url.startswith("sqlite:///") and store.url.endswith("plain.db")
    store.close()


def test_an_in_memory_store_is_one_database_for_every_thread() -> None:
    store = open_store("sqlite://")
    article = make_article(1)
    store.import_article(article, [make_event(article, 0)])
    seen: list[int] = []
    worker = threading.Thread(target=lambda: seen.append(len(store.list_events())))
    worker.start()
    worker.join()
    assert seen == [1]
    store.close()


def test_a_file_store_serves_a_worker_thread_and_closes_from_another(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'timeline.db'}")
    errors: list[BaseException] = []

    def work() -> None:
        try:
            article = make_article(2)
            store.import_article(article, [make_event(article, 0)])
        except BaseException as error:  # reported to the main thread
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert errors == []
    assert len(store.list_events()) == 1
    store.close()


def test_the_url_shown_never_holds_a_password() -> None:
    pytest.importorskip("psycopg")
    from timeline_app.storage.engine import describe, parse_url

    url = parse_url("postgresql://team:hunter2@db.example/timeline")
    assert url.drivername == "postgresql+psycopg"
    assert "hunter2" not in describe(url)
