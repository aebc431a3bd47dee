"""Alembic environment: always run from code with a connection handed over by
:mod:`timeline_app.storage.migrate`, inside that connection's transaction."""

from __future__ import annotations

from alembic import context

from timeline_app.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
