"""extraction/temporal layer."""
