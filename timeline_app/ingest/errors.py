"""The one error type of ingest: a message a user can act on."""


class IngestError(Exception):
    """A file that cannot be read as an article; ``str(error)`` says why."""
