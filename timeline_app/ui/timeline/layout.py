"""Lane packing: give each event label a row so that no two overlap (no Qt).

First fit in start order with two heaps (busy lanes by end, free lanes by
index), so n events in L lanes cost O(n log L) rather than O(n * L).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

HIDDEN = -1


@dataclass(frozen=True, slots=True)
class Extent:
    """Horizontal room an item needs, in pixels: [left, right)."""

    left: float
    right: float


def assign_lanes(extents: Sequence[Extent], gap: float = 8.0, max_lanes: int | None = None) -> list[int]:
    """Lane index of each extent (lowest free lane first), or :data:`HIDDEN`
    for extents that do not fit in ``max_lanes``."""
    order = sorted(range(len(extents)), key=lambda i: (extents[i].left, extents[i].right))
    lanes = [HIDDEN] * len(extents)
    busy: list[tuple[float, int]] = []  # (right edge + gap, lane)
    free: list[int] = []
    lane_count = 0
    for index in order:
        extent = extents[index]
        while busy and busy[0][0] <= extent.left:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        elif max_lanes is None or lane_count < max_lanes:
            lane = lane_count
            lane_count += 1
        else:
            continue
        lanes[index] = lane
        heapq.heappush(busy, (extent.right + gap, lane))
    return lanes


def lane_count(lanes: Sequence[int]) -> int:
    """Number of lanes in use."""
    return max(lanes, default=HIDDEN) + 1
