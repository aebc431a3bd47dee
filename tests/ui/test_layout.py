"""Lane packing: labels never overlap, and lanes are reused."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from timeline_app.ui.timeline.layout import HIDDEN, Extent, assign_lanes, lane_count

extents = st.lists(
    st.tuples(st.floats(-1e6, 1e6), st.floats(0, 500)).map(lambda t: Extent(t[0], t[0] + t[1])),
    max_size=200,
)


@given(extents)
def test_no_two_extents_in_a_lane_overlap(items: list[Extent]) -> None:
    gap = 8.0
    lanes = assign_lanes(items, gap=gap)
    for lane in set(lanes):
        members = [e for e, assigned in zip(items, lanes, strict=True) if assigned == lane]
        members.sort(key=lambda e: e.left)
        for a, b in itertools.pairwise(members):
            assert a.right + gap <= b.left


def test_disjoint_items_share_the_first_lane() -> None:
    lanes = assign_lanes([Extent(0, 10), Extent(100, 110), Extent(200, 210)])
    assert lanes == [0, 0, 0]


def test_overlapping_items_stack_and_freed_lanes_are_reused_lowest_first() -> None:
    lanes = assign_lanes([Extent(0, 100), Extent(10, 50), Extent(20, 300), Extent(60, 70)], gap=0)
    assert lanes == [0, 1, 2, 1]
    assert lane_count(lanes) == 3


def test_items_beyond_the_lane_limit_are_hidden() -> None:
    lanes = assign_lanes([Extent(0, 100)] * 5, max_lanes=3)
    assert sorted(lanes) == [HIDDEN, HIDDEN, 0, 1, 2]
