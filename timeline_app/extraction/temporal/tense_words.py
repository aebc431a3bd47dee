"""The words tense reading relies on: auxiliaries, verbs of plans and timetables, nouns of plans."""

from __future__ import annotations

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going"})
MODALS = frozenset({"could", "might", "may", "would", "should", "must", "can", "ca"})
# Verbs of timetables, which the simple present puts ahead: "The talks resume on Tuesday".
SCHEDULE_VERBS = frozenset({
    "begin", "start", "open", "close", "resume", "end", "meet", "hold", "take", "expire", "kick", "launch", "vote",
    "arrive", "leave", "visit", "travel", "fly", "host", "face", "play", "head", "return", "go", "come", "hear",
    "sit", "convene", "gather", "debate", "decide", "rule", "publish", "release", "testify",
    "appear", "speak", "address", "sign", "deliver", "attend", "join", "compete", "run", "finish", "fall",
    "celebrate", "mark", "observe", "commemorate", "report", "enter", "apply", "reopen", "present", "unveil",
    "announce", "issue", "conclude", "premiere", "debut", "land", "depart", "lapse", "mature", "elect", "award",
    "turn", "make", "strike", "air", "screen", "stream", "broadcast", "continue",
})
# Verbs whose object starts on a day: "announced a curfew from Thursday", "imposed a ban from Monday".
DECISION_VERBS = frozenset({"announce", "declare", "impose", "order", "introduce", "ban", "extend", "lift", "decide",
                             "approve", "suspend", "close", "reopen", "restrict", "allow", "permit", "raise", "cut"})
# Verbs of deciding whose infinitive is what is to be done: "has voted to ban fireworks on New Year's Eve".
DECIDING_VERBS = frozenset({"vote", "resolve", "opt", "elect", "choose", "pledge", "undertake"})
# Verbs that tell someone to do something later: "urged travellers to leave before Wednesday".
DIRECTIVE_VERBS = frozenset({"urge", "ask", "order", "tell", "advise", "instruct", "request", "direct", "encourage",
                              "invite", "summon", "warn", "call", "require", "allow", "permit", "force", "oblige"})
# Nouns of plans whose infinitive points ahead: "rejected a bill to hold the election in October".
PLAN_NOUNS = frozenset({"bill", "plan", "proposal", "motion", "law", "deal", "agreement", "bid", "offer", "request",
                         "call", "order", "resolution", "measure", "scheme", "decision", "move", "effort", "pledge",
                         "promise", "push", "campaign", "invitation", "deadline", "intention", "commitment"})
# Adjectives that put an infinitive ahead: "is likely to see rain on Tuesday".
AHEAD_ADJECTIVES = frozenset({"likely", "unlikely", "ready", "poised", "certain", "sure", "bound", "set", "due"})
# Conjunctions of a condition or a time whose present shares the main verb's time: "if it rains on Sunday".
CONDITION_MARKS = frozenset({"if", "unless", "when", "once", "until", "before", "after", "as soon as"})
SAME_IN_PAST = frozenset({"hurt", "put", "cut", "set", "hit", "let", "cost", "quit", "spread", "shut", "bet",
                           "cast", "split", "burst", "read", "beat", "bid", "broadcast", "forecast", "upset"})
PERFECT = frozenset({"has", "have", "had", "'ve", "'d"})
PLAN_VERBS = frozenset({"expect", "schedule", "plan", "due", "set", "hope", "intend", "aim", "prepare", "vow",
                         "promise", "threaten", "agree", "seek", "want", "propose", "decide", "slate", "poise",
                         "invite"})
# Passives of a forecast put their date ahead ("Rain is forecast on Thursday"); the active verb need not
# ("The forecast projects growth of 0.6%, down from 0.8% in the summer").
FORECAST_VERBS = frozenset({"forecast", "predict", "project", "anticipate"})
