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
        ("PUBLISHED: 13:32 EST, 2 May 2013 | UPDATED: 11:00 EST, 3 May 2013", Day(2013, 5, 2)),
        ("Last updated at 12:41 GMT, 11 November 2011", Day(2011, 11, 11)),
        ("Published on: 14.03.2022 | Updated on: 15.03.2022", Day(2022, 3, 14)),
    ],
)
def test_date_lines(line: str, day: Day) -> None:
    assert parse_date_line(line) == day


NOT_DATE_LINES = [
    "The talks began on March 14, 2022 in Rome.", "Smarch 14, 2022", "2022-02-30", "", "Updated: 11:00 EST",
    "Date of the talks: March 14, 2022",
    "Date of the talks was set for March 14, 2022 in a long sentence of the article that goes on and on about "
    "the plans for the talks in Rome.",
]


@pytest.mark.parametrize("line", NOT_DATE_LINES)
def test_lines_that_are_not_just_a_date(line: str) -> None:
    assert parse_date_line(line) is None
