"""TimeSpan from TIMEX3 values: granularity and inclusive bounds."""

import pytest

from timeline_app.core import Day, Granularity, TimeSpan


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end"),
    [
        ("2022-03-14", Granularity.DAY, "2022-03-14", "2022-03-14"),
        ("2022-03-14T10:00", Granularity.DAY, "2022-03-14", "2022-03-14"),
        ("2022-03-14TMO", Granularity.DAY, "2022-03-14", "2022-03-14"),
        ("2022-W10", Granularity.WEEK, "2022-03-07", "2022-03-13"),
        ("2021-10", Granularity.MONTH, "2021-10-01", "2021-10-31"),
        ("2024-02", Granularity.MONTH, "2024-02-01", "2024-02-29"),
        ("2021-Q3", Granularity.QUARTER, "2021-07-01", "2021-09-30"),
        ("2021-SU", Granularity.SEASON, "2021-06-01", "2021-08-31"),
        ("2021-WI", Granularity.SEASON, "2021-12-01", "2022-02-28"),
        ("2021-H2", Granularity.HALF, "2021-07-01", "2021-12-31"),
        ("2021", Granularity.YEAR, "2021-01-01", "2021-12-31"),
        ("199", Granularity.DECADE, "1990-01-01", "1999-12-31"),
        ("199X", Granularity.DECADE, "1990-01-01", "1999-12-31"),
        ("19", Granularity.CENTURY, "1900-01-01", "1999-12-31"),
        ("-0043", Granularity.YEAR, "-0043-01-01", "-0043-12-31"),
        ("-0043-03-15", Granularity.DAY, "-0043-03-15", "-0043-03-15"),
        # BC decades and centuries count back from the year they name: "-09" is 1000-901 BC, "-04" 500-401 BC
        ("-09", Granularity.CENTURY, "-0999-01-01", "-0900-12-31"),
        ("-04", Granularity.CENTURY, "-0499-01-01", "-0400-12-31"),
        ("-00", Granularity.CENTURY, "-0099-01-01", "0000-12-31"),
        ("-004", Granularity.DECADE, "-0049-01-01", "-0040-12-31"),
        ("-2", Granularity.MILLENNIUM, "-2999-01-01", "-2000-12-31"),
    ],
)
def test_date_values_have_their_span(value: str, granularity: Granularity, start: str, end: str) -> None:
    span = TimeSpan.from_value(value)
    assert span is not None
    assert (span.granularity, span.start.iso(), span.end.iso()) == (granularity, start, end)


@pytest.mark.parametrize("value", ["P3D", "PT7H", "PRESENT_REF", "PAST_REF", "XXXX-10", "2022-13", "2021-W54", ""])
def test_non_dates_have_no_span(value: str) -> None:
    assert TimeSpan.from_value(value) is None


def test_overlap_and_width() -> None:
    october = TimeSpan.from_value("2021-10")
    assert october is not None and october.days == 31
    assert october.overlaps(TimeSpan.of_day(Day(2021, 10, 31)))
    assert not october.overlaps(TimeSpan.of_day(Day(2021, 11, 1)))


def test_a_span_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        TimeSpan("x", Granularity.DAY, Day(2022, 1, 2), Day(2022, 1, 1))
