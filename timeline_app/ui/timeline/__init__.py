"""ui/timeline layer."""
