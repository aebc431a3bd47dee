"""Pure exporters (no Qt): JSON document, TimelineJS and CSV."""

from timeline_app.export.json_export import dumps, to_document, write_json
from timeline_app.export.tabular import to_csv, to_timelinejs, write_csv, write_timelinejs

__all__ = ["dumps", "to_csv", "to_document", "to_timelinejs", "write_csv", "write_json", "write_timelinejs"]
