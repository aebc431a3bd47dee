"""Independence Day is the day of the country it belongs to."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def test_independence_day_is_the_named_countrys(tag: Tagger) -> None:
    assert [e.value for e in tag("Pakistan celebrated Independence Day today.", Day(2022, 8, 14))] == [
        "2022-08-14", "2022-08-14"]
    found = tag("Nigerian troops paraded. The country marks Independence Day on Sunday.", Day(2023, 9, 28))
    assert found[0].value == "2023-10-01"


def test_independence_day_without_a_country_is_the_us_one(tag: Tagger) -> None:
    assert [e.value for e in tag("Fireworks are planned for Independence Day.", Day(2022, 6, 1))] == ["2022-07-04"]
