"""Readers that turn files into Articles (text, title, publication date)."""

from timeline_app.ingest.errors import IngestError
from timeline_app.ingest.reader import SUPPORTED_SUFFIXES, read_article

__all__ = ["SUPPORTED_SUFFIXES", "IngestError", "read_article"]
