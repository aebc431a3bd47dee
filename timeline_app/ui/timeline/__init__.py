"""The zoomable timeline: tick levels and lane packing (pure), items, scene,
axis painting and the view."""
