"""One real-world event reported several times becomes one event."""

from timeline_app.core import Day, Event, Source, TimeSpan
from timeline_app.core.merge import merge_reports, same_event


def _event(eid: str, value: str, actors: list[str], place: str | None, article: str = "a") -> Event:
    when = TimeSpan.from_value(value)
    assert when is not None
    return Event(eid, "talks", when, "CONSULT", actors, place, 0.8, [Source(article, "s", 0, 1)])


def test_reports_of_one_meeting_merge_with_all_sources() -> None:
    first = _event("1", "2022-03-14", ["Jake Sullivan", "Yang Jiechi"], "Rome", "a")
    second = _event("2", "2022-03-14", ["Sullivan", "Yang"], "Rome", "b")
    merged = merge_reports([first], [second])
    assert len(merged) == 1
    assert {s.article_id for s in merged[0].sources} == {"a", "b"}


def test_a_meeting_a_month_later_stays_apart() -> None:
    first = _event("1", "2022-03-14", ["Jake Sullivan", "Yang Jiechi"], "Rome")
    later = _event("2", "2022-04-14", ["Jake Sullivan", "Yang Jiechi"], "Rome", "b")
    assert not same_event(first, later)
    assert len(merge_reports([first], [later])) == 2


def test_different_types_never_merge() -> None:
    first = _event("1", "2022-03-14", ["Jake Sullivan"], "Rome")
    other = _event("2", "2022-03-14", ["Jake Sullivan"], "Rome")
    other.type = "STATEMENT"
    assert not same_event(first, other)


def test_merging_keeps_the_narrower_date() -> None:
    month = _event("1", "2022-03", ["Jake Sullivan"], "Rome")
    day = _event("2", "2022-03-14", ["Jake Sullivan"], "Rome", "b")
    merged = merge_reports([month], [day])
    assert len(merged) == 1 and merged[0].when.start == Day(2022, 3, 14) == merged[0].when.end


def test_two_people_called_jr_share_no_name() -> None:

    a = _event("a", "1963-08-28", ["Martin Luther King Jr."], None)
    b = _event("b", "1963-08-28", ["Robert Downey Jr."], None, article="b")
    assert not same_event(a, b)
