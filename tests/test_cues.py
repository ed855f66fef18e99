"""The cue stage: reporting cues, their speakers and the mode of a sentence."""

from __future__ import annotations

import pytest

from narrative_compare.cues import (
    colon_cue,
    find_cue,
    headline_colon_cue,
    is_bare_attribution,
    mask_sentence,
    participle_cue,
    quoted_share,
    sentence_mode,
    verb_cue,
)
from narrative_compare.quotes import find_quotes
from narrative_compare.segment import segment_text
from narrative_compare.speakers import MASK


def _masked(text: str) -> str:
    seg = segment_text(text)
    quotes = find_quotes(text, [(p.start, p.end) for p in seg.paragraphs])
    return mask_sentence(text, seg.sentences[0], quotes)


def test_mask_hides_quoted_words_and_keeps_length():
    text = "“We will strike,” said Lina Morrow."
    masked = _masked(text)
    assert len(masked) == len(text)
    assert masked.count(MASK) == len("We will strike,")
    assert "said Lina Morrow" in masked


def test_subject_before_the_verb():
    masked = "In a statement on Monday, the ministry said the talks failed."
    cue = find_cue(masked, masked, next_quoted=False)
    assert (cue.lemma, cue.speaker, cue.position) == ("say", "the ministry", "subject")
    assert masked[cue.speaker_start :].startswith("the ministry")


def test_speaker_after_a_quotation():
    text = "“We will strike,” said Lina Morrow, a spokeswoman for the union."
    cue = find_cue(_masked(text), text, next_quoted=False)
    assert cue.position == "after"
    assert cue.speaker == "Lina Morrow, a spokeswoman for the union"


def test_source_phrase_opening_the_sentence():
    masked = "According to the agency, the seller claimed the goods were safe."
    cue = find_cue(masked, masked, next_quoted=False)
    assert (cue.lemma, cue.speaker, cue.position) == ("according to", "the agency", "source")


def test_a_cue_inside_a_quotation_is_not_a_cue():
    text = "The crowd chanted “they said we would lose” all night."
    assert find_cue(_masked(text), text, next_quoted=False) is None


def test_noun_uses_are_not_cues():
    for text in ("The report was published.", "Media reports spread fast."):
        start = text.lower().index("report")
        assert verb_cue(text, text, start, start + 6, "report") is None


def test_participle_cue_gives_the_subject():
    cue = participle_cue("Valdoria launched strikes, saying it targeted depots.")
    assert (cue.lemma, cue.speaker) == ("say", "Valdoria")


def test_colon_cue_needs_a_quotation_next():
    text = "In a press release, Brannock Chemicals addressed the cause:"
    assert colon_cue(text, next_quoted=True).speaker == "Brannock Chemicals"
    assert colon_cue(text, next_quoted=False) is None


def test_mode_from_the_quoted_share():
    reported = "She said the plan was fine."
    assert sentence_mode(reported, quoted_share(reported)) == "indirect"
    mixed = _masked("She called the plan a “grave breach” of the accord and left the room.")
    assert sentence_mode(mixed, quoted_share(mixed)) == "mixed"
    direct = _masked("“We stay and we fight for every house,” she said.")
    assert quoted_share(direct) > 0.5
    assert sentence_mode(direct, quoted_share(direct)) == "direct"


def _cue_of(text: str):
    return find_cue(text, text, next_quoted=False)


def test_broader_reporting_lexicon():
    cases = {
        "Dorin refuted claims that civilians had been targeted.": ("refute", "Dorin"),
        "The ministry's statement cited laboratory tests.": ("cite", "The ministry's statement"),
        "The Front's spokesman pointed to photographs of the site.": (
            "point to",
            "The Front's spokesman",
        ),
        "The minister pushed for an inquiry.": ("push for", "The minister"),
        "The Labour Ministry pinned the blame on the union.": (
            "pin the blame on",
            "The Labour Ministry",
        ),
        "The mission determined that 14 stations had been closed.": ("determine", "The mission"),
        "The ministry believes the rockets were launched from the hills.": (
            "believe",
            "The ministry",
        ),
    }
    for text, expected in cases.items():
        cue = _cue_of(text)
        assert cue is not None, text
        assert (cue.lemma, cue.speaker) == expected, text


def test_stance_cues_need_their_complement():
    assert _cue_of("The observatory voiced concern over the arrests.").lemma == "voice"
    assert _cue_of("The Authority held Morvane responsible for the deaths.").lemma == "hold"
    assert _cue_of("The actor voiced a cartoon dog.") is None
    assert _cue_of("The two sides held talks in Geneva.") is None
    assert _cue_of("The army was determined to advance.") is None


def test_passive_participle_is_not_a_speech_act():
    assert _cue_of("Footage posted by local bloggers showed smoke rising.") is None


def test_reports_without_an_author_are_no_speaker():
    assert _cue_of("Reports from local sources suggest that hundreds fled.") is None
    assert _cue_of("Unconfirmed accounts suggest that the bridge fell.") is None
    assert _cue_of("Reports by Valdoria's ministry suggest that hundreds fled.") is not None


def test_agentless_reporting_has_a_cue_without_a_speaker():
    cue = _cue_of("It was noted that the detainees will be charged.")
    assert (cue.lemma, cue.speaker, cue.position) == ("note", "", "agentless")
    assert _cue_of("It has been reported that 40 patients were moved.").lemma == "report"


def test_bare_form_before_a_finite_verb_is_a_noun():
    cue = _cue_of("Lowland states have blamed the militia for the attack.")
    assert (cue.lemma, cue.speaker) == ("blame", "Lowland states")


def test_quoted_fragments_in_reported_speech_are_mixed():
    for text in (
        'He called the "reckless raid" a "grave breach" of the truce.',
        'The party rejected the report, accusing the paper of "a smear campaign".',
        'Having seen this "outrage," she said, the union would not stop.',
    ):
        masked = _masked(text)
        assert sentence_mode(masked, quoted_share(masked)) == "mixed", text
    masked = _masked('She said: "We will stay here until the very end of this."')
    assert sentence_mode(masked, quoted_share(masked)) == "direct"


def test_long_quotation_run_into_reported_speech_is_mixed():
    for text in (
        'It said the officers had acted "with restraint and in full accordance with the law".',
        "Koran dismissed the accusation as “hysteria staged for the cameras of the West”.",
        'Nasser told the agency that "the people of Sarnev slept warm for the first time".',
    ):
        masked = _masked(text)
        assert quoted_share(masked) >= 0.5, text
        assert sentence_mode(masked, quoted_share(masked), original=text) == "mixed", text
    for text in (
        'He said, "We will stay here until the very end of this."',
        'The mayor spoke briefly and added, "the court has been captured by the party."',
    ):
        masked = _masked(text)
        assert sentence_mode(masked, quoted_share(masked), original=text) == "direct", text


def test_colon_before_a_quotation_is_direct():
    text = "Union chair Oleg Brand told a rally of about 300 people outside the court:"
    assert sentence_mode(text, 0.0, introduces_quote=True) == "direct"
    assert sentence_mode(text, 0.0, introduces_quote=False) == "indirect"
    reported = "Union chair Oleg Brand told a rally that the court was biased."
    assert sentence_mode(reported, 0.0, introduces_quote=True) == "indirect"


def test_a_cue_closing_the_sentence_attributes_all_of_it():
    for text, speaker, lemma in [
        (
            "The savings, estimated at 38 million a year, will go to clinics, the ministry said.",
            "the ministry",
            "say",
        ),
        (
            "The Commission has requested the recordings, informed the Ministry.",
            "the Ministry",
            "inform",
        ),
        ("The army accused the rebels of lying, officials said.", "officials", "say"),
    ]:
        cue = find_cue(text, text, next_quoted=False)
        assert (cue.speaker, cue.lemma) == (speaker, lemma), text


def test_a_clause_about_a_noun_does_not_close_the_sentence():
    # "a charge the ministry denies": the ministry speaks of the charge only.
    text = "The union said police beat marchers, a charge the ministry denies."
    cue = find_cue(text, text, next_quoted=False)
    assert (cue.speaker, cue.lemma) == ("The union", "say")


def test_a_bare_form_before_of_heads_a_noun_phrase():
    # "post" is a noun here; "warn of" is the verb taking "of".
    assert _cue_of("River gauges at the border post of Dalva recorded a fall.") is None
    cue = _cue_of("Officials warn of shortages in the north.")
    assert (cue.lemma, cue.speaker) == ("warn", "Officials")


def test_an_order_is_an_act_not_a_statement():
    # Three independently written gold sets read "The court ordered the union
    # to call off the strike" as narration: an order is done, not reported.
    assert _cue_of("The agency ordered the recall on Tuesday after the tests.") is None
    assert _cue_of("The court ordered the company to reopen the plant.") is None


def test_advise_and_defend_report_a_stance():
    cue = _cue_of("The Society of Surgeons has advised patients not to travel.")
    assert (cue.lemma, cue.speaker) == ("advise", "The Society of Surgeons")
    cue = _cue_of('Director Ann Loy defended the ban as a "necessary step".')
    assert (cue.lemma, cue.speaker) == ("defend", "Director Ann Loy")
    assert _cue_of("Soldiers defended the bridge for three days.") is None


def test_a_verb_that_is_never_a_noun_follows_a_long_subject():
    cue = _cue_of("Fishermen in the coastal district of Orvane say the catch has halved.")
    assert (cue.lemma, cue.speaker) == ("say", "Fishermen in the coastal district of Orvane")
    # A bare form that may be a noun still needs a short subject.
    assert _cue_of("Shop owners in the old market district of Orvane report losses.") is None


def test_a_participle_after_an_adverb_with_an_object_is_the_verb():
    cue = _cue_of("Nurses who were inside described hearing the glass break.")
    assert (cue.lemma, cue.speaker) == ("describe", "Nurses")
    assert _cue_of("Boats near disputed waters were searched.") is None


def test_agentless_cue_after_an_opening_phrase_with_a_comma():
    text = (
        "In the written statement issued by the Ministry of Ports, it was stated that work began."
    )
    cue = _cue_of(text)
    assert (cue.lemma, cue.position) == ("state", "agentless")


def test_acts_of_convening_and_of_courts_are_no_statements():
    assert _cue_of("President Ada Lorn called an emergency session of the council.") is None
    assert _cue_of("The Supreme Court rejected the council's first appeal in May.") is None
    assert _cue_of("The court dismissed an earlier challenge by the tribe.") is None
    cue = _cue_of("The minister called the vote a sham.")
    assert (cue.lemma, cue.speaker) == ("call", "The minister")


def test_assess_needs_a_clause_and_mock_needs_as():
    cue = _cue_of("He assessed that the fragments were staged.")
    assert (cue.lemma, cue.speaker) == ("assess", "He")
    assert _cue_of("Engineers assessed the damage on Friday.") is None
    cue = _cue_of('The mayor mocked the vigil as "a circus" on Monday.')
    assert (cue.lemma, cue.speaker) == ("mock", "The mayor")


def test_the_outlet_addressing_its_readers_is_narration():
    assert _cue_of("Let us remind that the regime accused Kalvenia of the fire.") is None


def test_documents_seen_by_the_outlet_are_no_source():
    text = "The count was higher, according to copies of the protocols seen by the Herald."
    assert _cue_of(text) is None


def test_a_relative_clause_may_stand_between_a_long_subject_and_say():
    cue = _cue_of("The Wenna, who number about 60,000, say the ridge is sacred.")
    assert cue is not None and cue.speaker.startswith("The Wenna")


def test_the_speaker_of_a_relative_clause_after_a_noun_for_what_was_said():
    from narrative_compare.cues import verb_cue

    text = "Monitors spoke only of errors, a finding the Alliance calls a whitewash."
    start = text.index("calls")
    cue = verb_cue(text, text, start, start + len("calls"), "call")
    assert (cue.speaker, text[cue.speaker_start :].startswith("the Alliance")) == (
        "the Alliance",
        True,
    )


def test_agentless_cue_after_a_document_named_with_its_author():
    from narrative_compare.cues import agentless_source

    text = "In the announcement of the Ministry of Defence, it is stated that no drone flew."
    cue = _cue_of(text)
    assert cue.position == "agentless"
    assert agentless_source(text, cue) == "the Ministry of Defence"
    text = "It is also added in the announcement that the radars saw only the fire."
    assert _cue_of(text).position == "agentless"


def test_figures_released_by_someone_are_theirs():
    text = "Rebels fired 300 rockets, according to figures released by the army."
    assert _cue_of(text).speaker == "figures released by the army"


def test_a_noun_ending_a_relative_clause_is_no_cue():
    text = "Landwatch, a group that monitors land disputes in the region, said it was excessive."
    cue = _cue_of(text)
    assert (cue.lemma, cue.speaker.split(",")[0]) == ("say", "Landwatch")


def test_say_after_a_past_tense_verb_is_still_the_verb():
    cue = _cue_of("Residents who fled say the town is empty.")
    assert (cue.lemma, cue.speaker) == ("say", "Residents who fled")
    assert _cue_of("Police restored order in the square.") is None


def test_a_bare_form_after_an_adjective_that_judges_is_a_noun():
    text = "Lumen coverage of the peaceful protests in May was watched by a million people."
    assert _cue_of(text) is None


def test_after_what_a_name_or_pronoun_speaks_and_the_main_subject_never_does():
    text = "The army shelled the port in what Harnland called a massacre."
    assert (_cue_of(text).lemma, _cue_of(text).speaker) == ("call", "Harnland")
    text = "The army shelled the port, the ministry said, in what it described as self-defence."
    assert _cue_of(text).speaker == "the ministry"
    text = "Families who had lived there watched in what residents called a forced eviction."
    assert _cue_of(text) is None  # not "Families"; "residents" is left to narration


def test_calling_a_march_convenes_it_while_calling_the_strike_something_speaks():
    assert _cue_of("The committee has called a march on City Hall for Saturday.") is None
    assert _cue_of("The union called a 48-hour strike for Monday.") is None
    assert _cue_of("The party called early elections.") is None
    for text in ("The union called the strike illegal.", "The mayor called it a march of hate."):
        assert _cue_of(text).lemma == "call"


def test_a_bare_form_after_a_superlative_is_a_noun():
    text = "Thousands marched on Saturday, the largest protest the valley has seen in decades."
    assert _cue_of(text) is None
    assert _cue_of("The most serious claims came from the union.") is None
    assert _cue_of("The biggest union says the talks failed.").speaker == "The biggest union"


def test_a_headline_second_verb_shares_the_first_verbs_subject():
    cue = _cue_of("Vasse defends Brenvik closures, calls night ward 'a dangerous illusion'")
    assert (cue.lemma, cue.speaker) == ("call", "Vasse")
    text = "The ministry, which denies the claims, says the report is false."
    assert _cue_of(text).speaker == "The ministry, which denies the claims"


def test_as_reported_by_names_a_source():
    text = "As reported by the press service of the Oceanic Administration, the boat was seized."
    cue = _cue_of(text)
    assert (cue.lemma, cue.position) == ("report", "source")
    assert cue.speaker == "the press service of the Oceanic Administration"


def test_a_press_conference_between_subject_and_verb_is_no_part_of_the_subject():
    text = (
        "The spokesperson of the Foreign Ministry Wen Sorel on the regular press conference"
        " on Wednesday stated that the seizure is illegal."
    )
    assert _cue_of(text).speaker == "The spokesperson of the Foreign Ministry Wen Sorel"
    text = "At a protest march in Brenvik on Saturday, speakers accused the government of lying."
    assert _cue_of(text).speaker == "speakers"


def test_slam_reports_a_stance():
    cue = _cue_of("Opposition slams the ban as 'a death sentence for pluralism'")
    assert (cue.lemma, cue.speaker) == ("slam", "Opposition")


def test_an_adverb_between_subject_and_bare_form_is_no_gap():
    cue = _cue_of("Odrak resolutely protests the downing of its aircraft")
    assert (cue.lemma, cue.speaker) == ("protest", "Odrak")


def test_calling_meetings_convenes_them():
    text = "Branches in four regions have called meetings this week to plan protests."
    assert _cue_of(text) is None


@pytest.mark.parametrize(
    ("text", "lemma", "speaker"),
    [
        (
            "The daily Tribune, which is close to the government, quoted an unnamed senior"
            " official as saying that a verdict was likely.",
            "say",
            "an unnamed senior official",
        ),
        (
            "Radio Kaimo cited the mines minister as warning of arrests.",
            "warn",
            "the mines minister",
        ),
    ],
)
def test_the_person_an_outlet_quotes_as_saying_speaks(text, lemma, speaker):
    cue = _cue_of(text)
    assert (cue.lemma, cue.speaker, cue.position) == (lemma, speaker, "quoted")


def test_quoted_without_as_saying_is_no_quoting_cue():
    cue = _cue_of("Officials quoted figures as high as forty percent.")
    assert cue is None or cue.position != "quoted"


def test_a_verb_coordinated_by_and_shares_the_clauses_subject():
    text = "The Alliance has given the commission until Thursday and says it will return."
    assert (_cue_of(text).lemma, _cue_of(text).speaker) == ("say", "The Alliance")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The president qualified the accusations as an information war.", "The president"),
        ("The Dornesian side assesses these accusations as sabotage.", "The Dornesian side"),
    ],
)
def test_qualifying_or_assessing_something_as_a_thing_is_a_statement(text, speaker):
    assert _cue_of(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Engineers assessed the damage to the spillway.",
        "Under the law, a young doctor posted to a mountain clinic would earn less.",
    ],
)
def test_assessing_a_thing_or_being_posted_somewhere_says_nothing(text):
    assert _cue_of(text) is None


def test_a_participle_closing_the_sentence_names_no_speaker():
    text = (
        "VELDA – The Electoral Commission on Monday confirmed the victory,"
        " reporting a turnout of 71 percent, the highest in twenty years."
    )
    cue = _cue_of(text)
    assert (cue.lemma, cue.speaker) == ("confirm", "The Electoral Commission")


def test_a_report_after_last_or_final_is_a_noun():
    assert _cue_of("Its last report, in May, recorded heavy losses.") is None


def test_the_outlets_own_reporter_is_narration():
    assert _cue_of("Our reporter at the ministry says riot police sealed the avenue.") is None
    assert _cue_of("Our members say the fee is unfair.").speaker == "Our members"


def test_a_legal_text_is_no_speaker():
    assert _cue_of("The constitution describes the country as 'one and indivisible'.") is None
    text = "The law says strikes need notice, officials said."
    assert _cue_of(text).speaker == "officials"


def test_a_participle_between_commas_after_the_subject_only_describes_it():
    assert _cue_of("The census, published last week, put the share at 19 percent.") is None
    cue = _cue_of("The minister, asked about the delay, said it was regrettable.")
    assert (cue.lemma, cue.speaker) == ("say", "The minister, asked about the delay")
    cue = _cue_of("Its director, Anouk Brede, urged customers to change passwords, banks said.")
    assert cue.lemma == "urge"


def test_hyphenated_name_before_a_verb_is_its_subject():
    cue = _cue_of("Al-Harbi stresses the rejection of the unilateral filling")
    assert (cue.lemma, cue.speaker) == ("stress", "Al-Harbi")
    assert _cue_of("The decade-long talks collapsed.") is None


def test_dismissing_a_case_as_something_is_a_statement():
    cue = _cue_of("Ivo Rast, chief executive of Dunmark, dismissed the case as a stunt.")
    assert (cue.lemma, cue.speaker) == ("dismiss", "Ivo Rast, chief executive of Dunmark")
    assert _cue_of("The court dismissed the case on Tuesday.") is None


def test_a_noun_then_the_subject_of_a_relative_clause():
    cue = _cue_of("The ministry hired retirees, a plan the union has branded strike-breaking.")
    assert (cue.lemma, cue.speaker) == ("brand", "the union")
    cue = _cue_of("Later, a senior Ostrel official said so.")
    assert cue.speaker == "a senior Ostrel official"


def test_an_adverbial_running_into_the_verb_after_an_apposition():
    text = (
        "Head of the Press Service of the Ministry, Colonel Emin Dalli, "
        "in his statement to the agency characterized the attack as terrorism."
    )
    cue = _cue_of(text)
    assert cue.speaker == "Head of the Press Service of the Ministry, Colonel Emin Dalli"
    assert _cue_of("Shops stayed shut, in the capital officials said.") is None


def test_a_relative_clause_with_a_list_does_not_make_the_subject_a_clause():
    text = (
        "The Dock Workers' Federation, which represents crane drivers, pilots and lashers, "
        "says the plan breaks the 2011 agreement."
    )
    cue = _cue_of(text)
    assert cue.lemma == "say"
    assert cue.speaker.startswith("The Dock Workers' Federation, which represents")


def test_a_verb_after_a_comma_is_not_read_as_a_noun():
    cue = _cue_of("Varga, who finished second, insists the count was rigged.")
    assert (cue.lemma, cue.speaker) == ("insist", "Varga, who finished second")
    # "May" is not the modal here: "the commission may rule" would be.
    assert _cue_of("Corvin, who resigned in May, says the count was rigged.").lemma == "say"
    assert _cue_of("The second report was published in May.") is None


def test_calling_a_stoppage_is_an_act():
    assert _cue_of("The union has called a second 24-hour stoppage for Friday.") is None
    assert _cue_of("The union called the stoppage a success.").lemma == "call"


def test_a_place_judging_in_the_passive_speaks():
    cue = _cue_of('In Terasko this was assessed as "open blackmail".')
    assert (cue.lemma, cue.speaker, cue.position) == ("assess", "Terasko", "source")
    cue = _cue_of('In Ministry the report was named "a fabrication".')
    assert (cue.lemma, cue.speaker) == ("name", "Ministry")
    assert _cue_of("In March the dam was considered safe by engineers.") is None


def test_the_statement_a_quotation_was_said_in_names_its_author():
    text = '"\x00\x00\x00\x00," it was said in the statement of the Ministry of Energy.'
    cue = _cue_of(text)
    assert (cue.lemma, cue.speaker) == ("say", "the statement of the Ministry of Energy")


def test_an_inverted_speaker_after_the_recipient_of_the_words():
    text = '"\x00\x00\x00\x00\x00\x00", told to the correspondent of TNA the farmer Rasim Oglu.'
    cue = _cue_of(text)
    assert (cue.lemma, cue.speaker, cue.position) == ("tell", "the farmer Rasim Oglu", "after")


def test_an_inverted_speaker_may_end_in_a_relative_clause():
    text = (
        "Nobody here has seen the letter, said Ana Vrel of the Teachers' Union, "
        "which called the strike."
    )
    cue = _cue_of(text)
    assert (cue.lemma, cue.position) == ("say", "after")
    assert cue.speaker.startswith("Ana Vrel of the Teachers' Union")


def test_a_colon_headline_that_is_all_quotation_is_direct():
    cue, mode = headline_colon_cue('Union leader: "\x00\x00\x00\x00\x00\x00"')
    assert (cue.speaker, mode) == ("Union leader", "direct")
    cue, mode = headline_colon_cue('Minister: strike is "\x00\x00\x00\x00"')
    assert mode == "mixed"


def test_a_bare_attribution_may_end_in_a_place_and_a_time():
    cue = _cue_of("Morel told supporters outside the town hall on Friday night.")
    assert is_bare_attribution("Morel told supporters outside the town hall on Friday night.", cue)
    text = "Morel told supporters on Friday that the vote was stolen."
    assert not is_bare_attribution(text, _cue_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Until the tribunal rules, the mayor stays in office.",
        "If the report is confirmed, the port will close.",
        "Once the board decides, the workers will vote.",
    ],
)
def test_a_cue_in_an_opening_subordinate_clause_is_not_the_sentences(text):
    assert _cue_of(text) is None


def test_the_main_clause_after_an_opening_subordinate_clause_still_speaks():
    cue = _cue_of("After the talks broke down, the union said the strike would go on.")
    assert (cue.lemma, cue.speaker) == ("say", "the union")


def test_read_needs_what_was_read():
    assert _cue_of("The chairwoman, Ada Moss, read the result to a quiet hall.") is None
    assert _cue_of("The banner read: “No justice, no peace”.").lemma == "read"
    text = "“We stand with our members,” read a statement released by the Union."
    cue = find_cue(_masked(text), text, next_quoted=False)
    assert cue is not None and cue.lemma == "read"


def test_a_bare_form_after_a_modal_is_its_object():
    assert _cue_of("The agency could not verify claims by either side about the convoy.") is None


def test_two_subjects_joined_by_and_speak_after_a_clause():
    cue = _cue_of(
        "A convoy has been held at the checkpoint for a week, "
        "aid workers and the Joint Relief Office said on Sunday."
    )
    assert cue.speaker == "aid workers and the Joint Relief Office"


def test_the_subject_of_a_participle_cue_skips_a_wire_dateline():
    cue = _cue_of(
        "ORVAL, Nov. 3 (Delta Press) - Orval's Election Board on Monday barred the mayor "
        "from the race, saying his papers were forged."
    )
    assert (cue.lemma, cue.speaker) == ("say", "Orval's Election Board")


def test_translated_manifested_that_is_a_cue():
    cue = _cue_of("The neighbour Rosa Vidal manifested to this newspaper that the bins overflow.")
    assert cue.lemma == "manifest" and "Rosa Vidal" in cue.speaker


def test_a_long_title_before_a_name_is_still_a_subject():
    cue = _cue_of(
        "The Deputy Minister of Water and Sanitation for the Rural Supply Networks Dr. Sami Haddad "
        "explained that the pumps had failed."
    )
    assert cue is not None and cue.speaker.endswith("Sami Haddad")
