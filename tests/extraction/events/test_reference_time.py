"""Undated events take the day the paragraph last named, never a year mentioned in passing."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article, Event
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.pipeline import extract_events

DCT = Day(2023, 6, 9)  # a Friday


def _event_of(text: str, trigger: str) -> Event:
    events = extract_events(Article(text=text, published=DCT))
    return next(e for e in events if any(s.trigger == trigger for s in e.sources))


def test_an_undated_action_takes_the_day_named_before_it(model_required: None) -> None:
    searched = _event_of("Police arrested a man in Leeds on Wednesday. Officers searched his house.", "searched")
    assert searched.when.value == "2023-06-07" and searched.when.anchor is Anchor.INFERRED


def test_a_year_named_in_passing_is_no_reference_time(model_required: None) -> None:
    text = "The town was flooded in 2004, officials recalled. Soldiers evacuated the village."
    evacuated = _event_of(text, "evacuated")
    assert evacuated.when.value == "2023-06-09" and evacuated.when.anchor is Anchor.INFERRED


def test_the_trigger_takes_the_nearest_of_two_equally_precise_days(model_required: None) -> None:
    text = "On June 8, a jury in Leeds on Tuesday convicted the former mayor of fraud."
    convicted = _event_of(text, "convicted")
    assert convicted.when.value == "2023-06-06"


def test_a_verb_in_the_present_tells_the_time_of_writing(model_required: None) -> None:
    text = ("Police arrested a man in Leeds on Wednesday. Officers searched his house. "
            "The company is investigating the loss.")
    assert _event_of(text, "searched").when.value == "2023-06-07"
    investigating = _event_of(text, "investigating")
    assert investigating.when.value == "2023-06-09" and investigating.when.anchor is Anchor.INFERRED


def test_the_article_dateline_dates_no_event(model_required: None) -> None:
    text = "Floods in Leeds\n\nJune 9, 2023 Rescuers evacuated the village near the dam."
    evacuated = _event_of(text, "evacuated")
    assert evacuated.when.value == "2023-06-09" and evacuated.when.anchor is Anchor.INFERRED
    assert evacuated.sources[0].time_start is None, "the dateline is not the time of the evacuation"


def test_a_date_describing_a_participant_dates_no_event(model_required: None) -> None:
    died = _event_of("Williams, one of the biggest stars of the 1940s and 1950s, died in her sleep in Beverly Hills.",
                     "died")
    assert died.when.value == "2023-06-09" and died.when.anchor is Anchor.INFERRED


def test_an_action_takes_the_date_of_what_it_happened_while_doing(model_required: None) -> None:
    injured = _event_of("Two guards were injured while escorting a prisoner to court on Tuesday.", "injured")
    assert injured.when.value == "2023-06-06" and injured.when.anchor is not Anchor.INFERRED


def test_the_lede_and_a_dated_retelling_by_the_same_word_are_one_event(model_required: None) -> None:
    text = ("A climber has fallen to his death in New Zealand. "
            "Robert Buckley, 32, fell about 600 metres on Saturday, police said.")
    events = extract_events(Article(text=text, published=DCT))
    falls = [e for e in events if {"fallen", "fell"} & {s.trigger for s in e.sources}]
    assert len(falls) == 1, "one fall, told twice"
    assert falls[0].when.value == "2023-06-03" and {"fallen", "fell"} <= {s.trigger for s in falls[0].sources}


def test_before_any_day_is_named_the_news_is_the_day_named_next(model_required: None) -> None:
    lede = _event_of("A climber has fallen to his death in New Zealand. Rescuers reached the body on Thursday.",
                     "fallen")
    assert lede.when.value == "2023-06-08" and lede.when.anchor is Anchor.INFERRED
    old = _event_of("A climber has fallen to his death in New Zealand. The park had opened in March 2019.", "fallen")
    assert old.when.value == "2023-06-09", "a day of another time is no news: the article's date"
    far = _event_of("A climber has fallen to his death in New Zealand. The park opened in 1953. "
                    "Rescuers reached the body on Thursday.", "fallen")
    assert far.when.value == "2023-06-09", "only the lede's own and next sentence tell its day"


def test_a_publication_stamp_dates_nothing(model_required: None) -> None:
    text = ("Ship thwarts piracy attempt\n\nUpdated: June 9, 2023 18:50 IST The navy thwarted a piracy attack. "
            "A statement says the incident happened on Wednesday.")
    assert _event_of(text, "thwarted").when.value == "2023-06-07"
    stamped = ("Man charged with murder\n\nFriday 9 Jun 2023 10:45 am A man was arrested on Wednesday morning. "
               "Police searched his house.")
    assert _event_of(stamped, "searched").when.value.startswith("2023-06-07")


def test_a_clock_time_belongs_to_the_day_the_paragraph_named(model_required: None) -> None:
    text = ("The player was arrested early Wednesday. He was driving his 2008 Bentley at about 1:30 a.m., "
            "police said. An officer stopped him.")
    events = extract_events(Article(text=text, published=DCT))
    assert {e.when.value for e in events if any(s.trigger == "driving" for s in e.sources)} == {"2023-06-07T01:30"}


def test_a_dateline_with_a_region_is_not_part_of_the_subject(model_required: None) -> None:
    text = ("Ukraine retakes village\n\nKYIV, Ukraine (AP) \u2014 Ukrainian forces retook a village on Wednesday, "
            "the military said.\n\nSoldiers raised the flag there shortly after noon.")
    retook = _event_of(text, "retook")
    assert retook.title.startswith("Ukrainian forces") and retook.when.value == "2023-06-07"
    assert _event_of(text, "raised").when.value == "2023-06-07T12:00"


def test_taking_an_office_is_an_event_and_a_monarch_keeps_the_numeral(model_required: None) -> None:
    text = "Queen Elizabeth II became queen in February 1952. It became clear on Monday that talks had failed."
    became = _event_of(text, "became")
    assert (became.title, became.when.value) == ("Elizabeth II becomes queen", "1952-02")
    events = extract_events(Article(text=text, published=DCT))
    assert [e.title for e in events if "clear" in e.title.lower()] == []


def test_ordinary_leads_and_published_findings_are_not_publication_stamps(model_required: None) -> None:
    signed = _event_of("U.S. President Joe Biden on Wednesday signed the bill.", "signed")
    assert signed.when.value == "2023-06-07" and signed.when.anchor is not Anchor.INFERRED
    events = extract_events(Article(text="The problem became the country's biggest issue in 2020.", published=DCT))
    assert events == []


def test_a_clause_on_a_date_happened_then_and_a_landfall_is_an_event(model_required: None) -> None:
    text = ("Argentina last won the World Cup in 1986, when Maradona captained the side.\n\n"
            "Hurricane Ian made landfall near Cayo Costa at 3:05 p.m. EDT on Wednesday.")
    assert _event_of(text, "captained").when.value == "1986"
    assert _event_of(text, "made").when.value == "2023-06-07T15:05"


def test_the_end_of_a_reporting_period_is_no_event(model_required: None) -> None:
    text = "Revenue rose 17% in the quarter ended March 31, the company said. The war ended in 2020."
    titles = [e.title for e in extract_events(Article(text=text, published=DCT))]
    assert not any("quarter ended" in t for t in titles) and any("War ends" in t for t in titles)


def test_failing_to_act_is_told_as_a_failure(model_required: None) -> None:
    failed = _event_of("Finance ministers had failed to agree at a meeting on Wednesday.", "agree")
    assert (failed.title, failed.when.value) == ("Finance ministers fail to agree", "2023-06-07")
    assert failed.factuality.value == "negated"


def test_an_announcement_of_a_thing_names_the_thing(model_required: None) -> None:
    declared = _event_of("Erdogan declared a state of emergency on Wednesday.", "declared")
    assert declared.title == "Erdogan declares state of emergency"


def test_a_paragraph_opening_with_a_relative_date_is_no_dateline(model_required: None) -> None:
    text = ("Armenia votes\n\nEarlier this month, Armenia's parliament voted to join the court.\n\n"
            "On Wednesday, crowds met.")
    voted = _event_of(text, "voted")
    assert voted.when.value == "2023-06" and voted.when.anchor is not Anchor.INFERRED


def test_what_nearly_happened_did_not(model_required: None) -> None:
    almost = _event_of("The plane almost crashed on Wednesday.", "crashed")
    assert (almost.title, almost.factuality.value) == ("Plane almost crashes", "negated")


def test_an_event_noun_and_a_verb_of_no_kind_are_one_happening(model_required: None) -> None:
    events = extract_events(Article(text="The talks collapsed on Wednesday.", published=DCT))
    assert [(e.title, e.when.value) for e in events] == [("Talks collapse", "2023-06-07")]


def test_a_past_told_in_a_dated_report_is_the_speakers_and_happened_by_then(model_required: None) -> None:
    won = _event_of("Bukele said on Wednesday that he had won the election.", "won")
    assert (won.title, won.when.value, won.when.anchor) == ("Bukele wins election", "2023-06-07", Anchor.INFERRED)


def test_a_reported_clause_with_a_pronoun_names_the_speaker(model_required: None) -> None:
    raised = _event_of("The government said on Wednesday it would raise taxes.", "raise")
    assert raised.title == "Government to raise taxes"
    captured = _event_of("The rebels said they had captured the town on Tuesday.", "captured")
    assert (captured.title, captured.when.value) == ("Rebels capture town", "2023-06-06")


def test_an_event_dated_by_a_range_lasts_from_its_first_day_to_its_last(model_required: None) -> None:
    text = "Leaders will meet in Brussels on June 14-16 to discuss sanctions. The strike ran from Monday to Wednesday."
    meet = _event_of(text, "meet")
    assert (meet.when.start.iso(), meet.when.end.iso(), meet.when.text) == ("2023-06-14", "2023-06-16", "June 14-16")
    strike = _event_of(text, "ran").when
    assert (strike.start.iso(), strike.end.iso(), strike.mod) == ("2023-06-05", "2023-06-07", None)


def test_days_joined_by_and_are_no_range(model_required: None) -> None:
    met = _event_of("The ministers met on Monday and Thursday in Paris.", "met").when
    assert met.start == met.end


def test_a_chronology_entrys_date_dates_its_line(model_required: None) -> None:
    text = "Timeline:\n24 February 2022: Russia launches an invasion.\n2 April: Ukrainian troops retake Bucha.\n"
    assert _event_of(text, "launches").when.value == "2022-02-24"
    assert _event_of(text, "retake").when.value == "2022-04-02"


def test_only_neighbouring_ends_of_a_range_make_a_span(model_required: None) -> None:
    held = _event_of("Elections were held in 2020 and 2021.", "held").when
    assert held.start.year == held.end.year
    met = _event_of("They met on June 14 and 18.", "met").when
    assert met.start == met.end
