"""Events: triggers from the parse and our PLOVER lexicon, arguments, factuality, time, titles,
and the choice of what a careful reader puts on a timeline."""

from timeline_app.extraction.events.build import events_of, keep
from timeline_app.extraction.events.mentions import Mention, build_mentions

__all__ = ["Mention", "build_mentions", "events_of", "keep"]
