"""Storage tests run against SQLite and, when TIMELINE_APP_TEST_PG_URL is set
(see .ci/postgres.sh), against a real PostgreSQL server too."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from timeline_app.storage import Store, open_store

PG_ENV = "TIMELINE_APP_TEST_PG_URL"
_no_pg = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} unset (see .ci/postgres.sh)")
BACKENDS = ["sqlite", pytest.param("postgres", marks=_no_pg)]


def reset_postgres(url: str) -> None:
    """An empty public schema, so each test starts from a fresh database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'timeline.db'}"
    url = os.environ[PG_ENV]
    reset_postgres(url)
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    yield opened
    opened.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """SQLAlchemy warnings (identity-map clashes, deprecated calls) fail storage tests."""
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.filterwarnings("error::sqlalchemy.exc.SAWarning"))
            item.add_marker(pytest.mark.filterwarnings("error::DeprecationWarning:sqlalchemy"))
