"""Fiscal calendars: a story that states when its fiscal year ends counts its quarters by it."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression
from timeline_app.core.timespan import TimeSpan

from .conftest import Tagger


def _found(found: list[TemporalExpression]) -> dict[str, tuple[str, str, str | None]]:
    return {e.text: (e.type.value, e.value, e.mod) for e in found}


def test_a_fiscal_year_ending_in_a_named_month_is_one_date_of_the_year_it_ends(tag: Tagger) -> None:
    found = _found(tag("Revenue for the fiscal year ending March 2026 rose 8 per cent.", Day(2026, 5, 14)))
    assert found == {"the fiscal year ending March 2026": ("DATE", "2026", None)}


def test_the_fourth_quarter_of_a_march_fiscal_year_is_january_to_march(tag: Tagger) -> None:
    text = ("Revenue for the fiscal year ending March 2026 rose 8 per cent. Cloud revenue jumped 34 per cent in "
            "the fourth quarter.")
    quarter = _found(tag(text, Day(2026, 5, 14)))["the fourth quarter"]
    assert quarter == ("DATE", "2026-Q1", None)
    span = TimeSpan.from_value(quarter[1])
    assert span is not None and (span.start, span.end) == (Day(2026, 1, 1), Day(2026, 3, 31))


def test_the_first_quarter_ahead_is_april_to_june_and_keeps_its_end(tag: Tagger) -> None:
    text = ("Toyota forecast a drop in profit for the fiscal year ending March 2026. It will reassess its outlook "
            "at the end of the first quarter.")
    assert _found(tag(text, Day(2025, 5, 8)))["the end of the first quarter"] == ("DATE", "2025-Q2", "END")


def test_a_stated_year_end_makes_the_fiscal_year_the_one_the_story_is_in(tag: Tagger) -> None:
    assert _found(tag("The fiscal year ends on March 31.", Day(2001, 3, 19)))["The fiscal year"] == (
        "DATE", "2001", None)
    text = "Profits for the year to 31 January 1996 rose. It will pay a dividend before the end of the financial year."
    assert _found(tag(text, Day(1995, 11, 17)))["the end of the financial year"] == ("DATE", "1996", "END")


def test_a_fiscal_fourth_quarter_said_to_end_in_june_is_april_to_june(tag: Tagger) -> None:
    found = _found(tag("Sales in the fiscal fourth quarter, ended June 30, rose.", Day(1999, 7, 28)))
    assert found["the fiscal fourth quarter"] == ("DATE", "1999-Q2", None)


def test_a_fiscal_quarter_keeps_its_label_when_the_story_does_not_say_when_the_year_ends(tag: Tagger) -> None:
    # TimeBank writes the fiscal first quarter of a September-year company by its label
    assert _found(tag("Delta earned a record in the fiscal first quarter.", Day(1989, 10, 26)))[
        "the fiscal first quarter"] == ("DATE", "1989-Q1", None)
    text = "Net income for the year ended Sept. 30 rose. It reported a fourth-quarter loss."
    assert _found(tag(text, Day(1989, 11, 2)))["fourth-quarter"] == ("DATE", "1989-Q4", None)


def test_a_fiscal_year_ending_off_a_quarter_keeps_quarter_labels(tag: Tagger) -> None:
    text = "For the fiscal year ending Aug. 31, sales rose. Profit fell in the second quarter."
    assert _found(tag(text, Day(2022, 10, 5)))["the second quarter"] == ("DATE", "2022-Q2", None)


def test_two_year_fiscal_labels_are_one_date_of_the_year_they_end(tag: Tagger) -> None:
    text = ("The budget for FY2019-20 was unveiled. Growth in FY 2026-27 will slow. Revenue in fiscal 2019-20 fell. "
            "The deficit was $19.9 billion in 2017-18.")
    found = _found(tag(text, Day(2019, 6, 12)))
    assert found["FY2019-20"] == ("DATE", "2020", None)
    assert found["FY 2026-27"] == ("DATE", "2027", None)
    assert found["fiscal 2019-20"] == ("DATE", "2020", None)
    assert found["2017-18"] == ("DATE", "2018", None)


def test_a_season_written_with_two_years_is_not_a_fiscal_year(tag: Tagger) -> None:
    found = _found(tag("The fiscal year ends on March 31. He starred in the 2017-18 season."))
    assert found["2017-18"][1] == "2017"  # the season from its first year, not fiscal 2018


def test_a_quarter_of_an_indian_style_fiscal_year_is_its_calendar_quarter(tag: Tagger) -> None:
    found = _found(tag("Margins should recover in Q3 of FY 2026-27.", Day(2026, 5, 14)))
    assert found == {"Q3 of FY 2026-27": ("DATE", "2026-Q4", None)}


def test_the_current_and_the_new_fiscal_year_follow_the_stated_start(tag: Tagger) -> None:
    text = ("The economy grew 3.3 per cent in the current fiscal against a target of 6.2pc. The new fiscal year "
            "begins on July 1.")
    found = _found(tag(text, Day(2019, 6, 12)))
    assert found["the current fiscal"] == ("DATE", "2019", None)
    assert found["The new fiscal year"] == ("DATE", "2020", None)


def test_the_current_fiscal_deficit_is_no_year(tag: Tagger) -> None:
    assert "the current fiscal" not in _found(tag("The current fiscal deficit widened in the current fiscal year."))


def test_a_half_of_the_current_financial_year_is_one_date(tag: Tagger) -> None:
    found = _found(tag("Profit rose in H1 of the current financial year.", Day(2026, 5, 14)))
    assert list(found) == ["H1 of the current financial year"]
    assert found["H1 of the current financial year"][0] == "DATE"


def test_the_day_a_fiscal_year_began_is_in_that_fiscal_year(tag: Tagger) -> None:
    found = _found(tag("Alibaba did not give guidance for FY27, which began on April 1.", Day(2026, 5, 14)))
    assert found["FY27"] == ("DATE", "2027", None)
    assert found["April 1"] == ("DATE", "2026-04-01", None)


def test_results_of_a_quarter_not_yet_over_are_another_companys_calendar_quarter(tag: Tagger) -> None:
    text = ("For the fiscal year ending March 2026, revenue rose 8 per cent. JD.com reports first-quarter results "
            "on May 21.")
    assert _found(tag(text, Day(2026, 5, 14)))["first-quarter"] == ("DATE", "2026-Q1", None)


def test_a_comparison_with_a_year_earlier_moves_with_the_fiscal_quarter(tag: Tagger) -> None:
    text = ("For the fiscal year ending March 2026, revenue rose 8 per cent. Cloud revenue jumped 34 per cent in "
            "the fourth quarter from a year earlier.")
    found = _found(tag(text, Day(2026, 5, 14)))
    assert found["the fourth quarter"][1] == "2026-Q1"
    assert found["a year earlier"][1] == "2025-Q1"


def test_the_year_to_a_day_is_a_year_long_period(tag: Tagger) -> None:
    found = _found(tag("Profits for the year to 31 January 1996 rose.", Day(1995, 11, 17)))
    assert found["the year"] == ("DURATION", "P1Y", None)
    assert found["31 January 1996"] == ("DATE", "1996-01-31", None)
