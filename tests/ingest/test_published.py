"""Publication dates written as a line of their own."""

import pytest

from timeline_app.core import Day
from timeline_app.ingest.published import parse_date_line


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("March 14, 2022", Day(2022, 3, 14)),
        ("14 March 2022", Day(2022, 3, 14)),
        ("Mar. 14, 2022 10:32 AM EST", Day(2022, 3, 14)),
        ("Published: Monday, 14 March 2022", Day(2022, 3, 14)),
        ("2022-03-14", Day(2022, 3, 14)),
        ("2022-03-14T09:00:00+01:00", Day(2022, 3, 14)),
        ("14.03.2022", Day(2022, 3, 14)),
    ],
)
def test_date_lines(line: str, day: Day) -> None:
    assert parse_date_line(line) == day


@pytest.mark.parametrize("line", ["The talks began on March 14, 2022 in Rome.", "Smarch 14, 2022", "2022-02-30", ""])
def test_lines_that_are_not_just_a_date(line: str) -> None:
    assert parse_date_line(line) is None
