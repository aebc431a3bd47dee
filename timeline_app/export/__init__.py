"""Pure exporters (no Qt): JSON document of articles and events."""

from timeline_app.export.json_export import dumps, to_document, write_json

__all__ = ["dumps", "to_document", "write_json"]
