"""The desktop GUI (PySide6 only here): main window, timeline view, event
list, source panel, background import and image export."""
