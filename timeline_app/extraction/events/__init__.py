"""extraction/events layer."""
