"""Which events the View menu hides: uncertain ones (planned, possible, negated)
and those whose date was only inferred. Plain Python, shared by the timeline,
the list, the exports and the status bar count."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from timeline_app.core import Anchor, Event, Factuality


def is_uncertain(event: Event) -> bool:
    """The text does not assert that the event happened."""
    return event.factuality != Factuality.ASSERTED


def is_inferred(event: Event) -> bool:
    """No time expression dated the event: the article or paragraph date was used."""
    return event.when.anchor == Anchor.INFERRED


@dataclass(frozen=True, slots=True)
class Visibility:
    """The View menu's toggles; both kinds are shown by default."""

    show_uncertain: bool = True
    show_inferred: bool = True

    def shows(self, event: Event) -> bool:
        if not self.show_uncertain and is_uncertain(event):
            return False
        return self.show_inferred or not is_inferred(event)

    def visible(self, events: Iterable[Event]) -> list[Event]:
        """The events the toggles let through, in the given order."""
        if self.show_uncertain and self.show_inferred:
            return list(events)
        return [event for event in events if self.shows(event)]

    def how_to_show_all(self) -> str:
        """Which View menu toggles to turn back on, said for the user."""
        off = [name for name, shown in (("Show Uncertain Events", self.show_uncertain),
                                        ("Show Inferred Dates", self.show_inferred)) if not shown]
        if not off:
            return ""
        return f"View ▸ {' and '.join(off)} {'brings' if len(off) == 1 else 'bring'} them back"
