"""Storing a batch of extracted events, each merged into a stored or earlier
report of the same real-world event when :func:`core.merge.same_event` says so.

Candidates come from indexes (shared actor key or place, overlapping dates, same
type), a few queries per batch, and new events go in with bulk inserts: an
article of hundreds of events costs a handful of statements, not hundreds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from timeline_app.core import Event, Source
from timeline_app.core.merge import INFERRED_SLACK_DAYS, merge_into, same_event
from timeline_app.storage.convert import event_from_row, match_keys, new_event_values, set_extracted
from timeline_app.storage.events import EventRepository, chunks
from timeline_app.storage.models import Base, EventRow, MatchKeyRow, SourceRow

V = TypeVar("V")
_Touched = tuple[EventRow, Event, list[Source]]  # row, its merged extraction, new sources


@dataclass
class BatchResult:
    added: int = 0
    merged: int = 0
    new_pks: dict[str, int] = field(default_factory=dict)


class EventWriter:
    """Adds events of one session."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._events = EventRepository(session)

    def add(self, events: Sequence[Event], article_pks: dict[str, int], *, merge: bool = True) -> BatchResult:
        """Store ``events``; with ``merge``, reports of one event become one event."""
        result = BatchResult()
        stored = self._events.rows_by_id([e.id for e in events])
        candidates = self._candidate_pool(events) if merge else _Pool[EventRow]()
        pending = _Pool[Event]()
        touched: dict[int, _Touched] = {}
        for event in events:
            target = stored.get(event.id) or candidates.find(event)
            if target is not None:
                self._merge_into_row(touched, target, event)
            elif merge and (earlier := pending.find(event)) is not None:
                merge_into(earlier, event)
            else:
                own = replace(event, actors=list(event.actors), sources=list(event.sources))
                pending.add(own, own)
                continue
            result.merged += 1
        for row, extracted, sources in touched.values():
            self._update(row, extracted, sources, article_pks)
        result.new_pks = self._insert(pending.values, article_pks)
        result.added = len(pending.values)
        return result

    def _merge_into_row(self, touched: dict[int, _Touched], row: EventRow, event: Event) -> None:
        """Merge into the row's extracted values (written back once per batch)."""
        if row.pk not in touched:
            touched[row.pk] = (row, self._events.to_events([row], corrected=False)[0], [])
        merge_into(touched[row.pk][1], event)
        touched[row.pk][2].extend(event.sources)

    def _candidate_pool(self, events: Sequence[Event]) -> _Pool[EventRow]:
        pool = _Pool[EventRow]()
        for row in self._candidates(events):
            pool.add(event_from_row(row, []), row)
        return pool

    def _candidates(self, events: Sequence[Event]) -> list[EventRow]:
        """Stored events sharing a type, a match key and (with slack for inferred
        dates) the batch's date range: a superset of what ``same_event`` accepts."""
        if not events:
            return []
        keys = sorted(set().union(*(match_keys(e) for e in events)))
        first = min(e.when.start.number for e in events) - INFERRED_SLACK_DAYS
        last = max(e.when.end.number for e in events) + INFERRED_SLACK_DAYS
        types = sorted({e.type for e in events})
        pks: set[int] = set()
        for chunk in chunks(keys):
            # Filtered in the database too: a common key ("us") may be shared by most stored events.
            query = (select(MatchKeyRow.event_pk).join(EventRow, EventRow.pk == MatchKeyRow.event_pk)
                     .where(MatchKeyRow.key.in_(chunk), EventRow.start_day <= last, EventRow.end_day >= first,
                            EventRow.shown_type.in_(types)))
            pks.update(self._session.scalars(query))
        return [
            row for row in self._events.rows_by_pk(sorted(pks))
            if row.shown_type in types and row.start_day <= last and row.end_day >= first
        ]

    def _update(self, row: EventRow, extracted: Event, sources: list[Source], article_pks: dict[str, int]) -> None:
        set_extracted(row, extracted)
        self._session.flush()
        self._events.add_sources(row.pk, sources, article_pks)
        self._events.set_match_keys(row.pk, extracted)

    def _insert(self, events: Sequence[Event], article_pks: dict[str, int]) -> dict[str, int]:
        if not events:
            return {}
        # Core inserts (no ORM bookkeeping), many rows per statement; pks are matched by event id.
        statement = insert(Base.metadata.tables[EventRow.__tablename__]).returning(EventRow.id, EventRow.pk)
        returned = self._session.execute(statement, [new_event_values(e) for e in events])
        pks = {row[0]: row[1] for row in returned}
        sources = [v for e in events for v in self._events.new_source_values(pks[e.id], e.sources, article_pks)]
        keys = [{"event_pk": pks[e.id], "key": key} for e in events for key in sorted(match_keys(e))]
        for table, values in ((SourceRow.__tablename__, sources), (MatchKeyRow.__tablename__, keys)):
            if values:
                self._session.execute(insert(Base.metadata.tables[table]), values)
        return pks



class _Pool(Generic[V]):
    """Events indexed by their match keys, the only ways :func:`same_event`
    can match, so finding a match does not compare against every event."""

    def __init__(self) -> None:
        self.values: list[V] = []
        self._by_key: dict[str, list[tuple[Event, V]]] = defaultdict(list)

    def add(self, event: Event, value: V) -> None:
        self.values.append(value)
        for key in match_keys(event):
            self._by_key[key].append((event, value))

    def find(self, event: Event) -> V | None:
        for key in match_keys(event):
            for known, value in self._by_key.get(key, ()):
                if same_event(known, event):
                    return value
        return None

