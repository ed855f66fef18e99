"""Attribution constructs, one small invented text each."""

from __future__ import annotations

import pytest

from narrative_compare.actors import actors_from_records
from narrative_compare.attribution import attribute
from narrative_compare.schema import NARRATOR_ACTOR, NARRATOR_CAMP, UNASSIGNED_CAMP
from narrative_compare.statements import extract_statements

ACTORS = [
    {"id": "kes_pres", "name": "Kestrani presidency", "camp": "Kestran"},
    {"id": "kes_gov", "name": "Government of Kestran", "camp": "Kestran", "aliases": ["Kestran"]},
    {
        "id": "val_mod",
        "name": "Valdorian Ministry of Defence",
        "camp": "Valdoria",
        "aliases": ["Valdorian Defence Ministry", "Oren Halvik"],
    },
    {
        "id": "val_gov",
        "name": "Government of Valdoria",
        "camp": "Valdoria",
        "aliases": ["Valdoria"],
    },
    {"id": "morvania", "name": "Morvania", "camp": "Morvania"},
    {"id": "union", "name": "Harbour Workers Union", "camp": "Labour"},
    {"id": "port", "name": "Arvel Port Authority", "camp": "Business"},
    {"id": "commission", "name": "Electoral Commission", "camp": "Neutral"},
    {"id": "dunne", "name": "Klara Dunne", "camp": "Kestran"},
]


def attributed(df, fragment, row):
    r = row(df, fragment)
    return r["actor"], r["camp"], r["mode"]


def test_quote_then_said_name(statements, row):
    df = statements("“We will not yield,” said Klara Dunne. The crowd left.", ACTORS)
    r = row(df, "yield")
    assert (r["actor"], r["camp"], r["cue"], r["mode"]) == ("dunne", "Kestran", "say", "direct")
    assert r["speaker"] == "Klara Dunne"
    assert attributed(df, "crowd", row) == (NARRATOR_ACTOR, NARRATOR_CAMP, "narration")


def test_quote_then_name_said(statements, row):
    text = '"The strike goes on until every single demand is met," the Harbour Workers Union said.'
    df = statements(text, ACTORS)
    assert attributed(df, "strike", row) == ("union", "Labour", "direct")


def test_apposition_spokeswoman_for_organisation(statements, row):
    text = "Lina Morrow, a spokeswoman for the Kestrani presidency, said the talks had failed."
    df = statements(text, ACTORS)
    assert attributed(df, "talks", row) == ("kes_pres", "Kestran", "indirect")
    assert row(df, "talks")["speaker"].startswith("Lina Morrow")


def test_apposition_describing_the_subject_keeps_the_subject(statements, row):
    df = statements("Morvania, a close ally of Valdoria, said the border must stay open.", ACTORS)
    assert attributed(df, "border", row) == ("morvania", "Morvania", "indirect")


def test_title_before_name(statements, row):
    df = statements("Defence Minister Oren Halvik said the troops would stay.", ACTORS)
    assert attributed(df, "troops", row) == ("val_mod", "Valdoria", "indirect")
    assert row(df, "troops")["speaker"] == "Defence Minister Oren Halvik"


def test_spokesperson_for_organisation(statements, row):
    df = statements("A spokesperson for the Arvel Port Authority said ships were waiting.", ACTORS)
    assert attributed(df, "ships", row) == ("port", "Business", "indirect")


def test_pronoun_chains_across_paragraphs(statements, row):
    text = (
        "Klara Dunne said the clinics would reopen.\n\n"
        "She said staff had been hired.\n\n"
        "The Valdorian Defence Ministry said the drills were routine.\n\n"
        "It added that no civilians were hurt.\n\n"
        "The Harbour Workers Union said the strike would go on.\n\n"
        "They also demanded higher wages.\n"
    )
    df = statements(text, ACTORS)
    assert attributed(df, "staff", row)[0] == "dunne"
    assert row(df, "staff")["resolved_by"] == "pronoun"
    assert attributed(df, "civilians", row)[0] == "val_mod"
    assert attributed(df, "wages", row)[0] == "union"


def test_definite_descriptions(statements, row):
    text = (
        "The Harbour Workers Union said the strike would go on. "
        "The Valdorian Defence Ministry said the drills were routine.\n\n"
        "The union accused the port authority of lying.\n\n"
        "The ministry denied any link to the strike.\n"
    )
    df = statements(text, ACTORS)
    assert attributed(df, "lying", row)[0] == "union"
    assert row(df, "lying")["resolved_by"] == "definite"
    assert attributed(df, "denied", row)[0] == "val_mod"


def test_colon_continuation_and_following_quote_keep_speaker(statements, row):
    text = (
        "Klara Dunne said the deal was fair.\n\n"
        "She continued: “We have waited long enough.” “Nobody wants another winter.”\n"
    )
    df = statements(text, ACTORS)
    assert attributed(df, "waited", row) == ("dunne", "Kestran", "direct")
    assert row(df, "waited")["cue"] == "continue"
    assert attributed(df, "Nobody", row) == ("dunne", "Kestran", "direct")


def test_multi_sentence_quote_speaker_after_last_sentence(statements, row):
    text = (
        "The Valdorian army crossed the river.\n\n"
        "“We will rebuild the bridge. We will reopen the school. We will not leave,” "
        "said Klara Dunne.\n"
    )
    df = statements(text, ACTORS)
    quoted = df[df["paragraph"] == 1]
    assert len(quoted) == 3
    assert quoted["actor"].tolist() == ["dunne"] * 3
    assert quoted["mode"].iloc[:2].tolist() == ["direct", "direct"]


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild the bridge. We will not leave,” said Defence Minister Oren Halvik.",
        "“No,” said Defence Minister Oren Halvik of the Valdorian Defence Ministry.",
        '"The strike goes on," the Harbour Workers Union said.',
        "“The port is closed,” said the Arvel Port Authority.",
    ],
)
def test_quote_with_trailing_tag_is_direct(statements, text):
    df = statements(text, ACTORS)
    assert df["mode"].tolist() == ["direct"] * len(df)


def test_quote_opened_by_colon_ending_previous_paragraph(statements, row):
    text = (
        "The Harbour Workers Union said in a statement on Monday:\n\n"
        "“Every dock will close if the talks fail. We are ready.”\n"
    )
    df = statements(text, ACTORS)
    # The sentence that hands over to the quotation is direct speech too.
    assert attributed(df, "The Harbour Workers Union said", row) == ("union", "Labour", "direct")
    assert attributed(df, "Every dock", row) == ("union", "Labour", "direct")
    assert attributed(df, "We are ready", row) == ("union", "Labour", "direct")


def test_read_a_statement_released_by(statements, row):
    df = statements("“The vote was rigged,” read a statement released by Morvania.", ACTORS)
    r = row(df, "rigged")
    assert (r["actor"], r["cue"]) == ("morvania", "read")
    assert r["mode"] in ("direct", "mixed")


def test_as_per_the_press_release(statements, row):
    text = (
        "The Electoral Commission said the count would be delayed.\n\n"
        "Turnout was 41 per cent, as per the press release.\n"
    )
    df = statements(text, ACTORS)
    r = row(df, "Turnout")
    assert (r["actor"], r["cue"], r["mode"]) == ("commission", "according to", "indirect")


def test_according_to(statements, row):
    df = statements("Turnout was 41 per cent, according to the Electoral Commission.", ACTORS)
    r = row(df, "Turnout")
    assert (r["actor"], r["camp"], r["cue"]) == ("commission", "Neutral", "according to")


def test_modes(statements, row):
    text = (
        "“The port is closed to all ships until further notice,” said the Arvel Port Authority. "
        "The union said workers were “tired of empty promises” from managers. "
        "Klara Dunne said the deal was fair. "
        "The Valdorian Defence Ministry moved tanks toward Kestran."
    )
    df = statements(text, ACTORS)
    assert df["mode"].tolist() == ["direct", "mixed", "indirect", "narration"]


def test_sentence_naming_actors_without_speech_act_is_narration(statements, row):
    df = statements("Klara Dunne met Oren Halvik and Morvania in Arvel on Friday.", ACTORS)
    r = row(df, "Friday")
    assert (r["actor"], r["camp"], r["cue"], r["mode"], r["speaker"]) == (
        NARRATOR_ACTOR,
        NARRATOR_CAMP,
        "",
        "narration",
        "",
    )


def test_targets_of_a_call(statements, row):
    df = statements("Morvania called on Kestran and Valdoria to stop the fighting.", ACTORS)
    r = row(df, "fighting")
    assert (r["actor"], r["cue"]) == ("morvania", "call on")
    assert sorted(r["targets"].split(";")) == ["kes_gov", "val_gov"]


def test_targets_of_an_accusation(statements, row):
    df = statements("The Kestrani presidency accused Valdoria of shelling villages.", ACTORS)
    r = row(df, "shelling")
    assert (r["actor"], r["cue"], r["targets"]) == ("kes_pres", "accuse", "val_gov")


def test_non_targeting_cue_has_no_targets(statements, row):
    df = statements("Morvania said Kestran and Valdoria had agreed to talk.", ACTORS)
    assert row(df, "agreed")["targets"] == ""


def test_discovery_links_name_description_and_pronoun(statements):
    text = (
        "The Valdorian Defence Ministry said the drills were routine.\n\n"
        "The ministry added that no civilians were hurt.\n\n"
        "It also said the exercise would end on Friday.\n"
    )
    df = statements(text)
    assert df["actor"].nunique() == 1
    assert set(df["camp"]) == {UNASSIGNED_CAMP}
    assert df["resolved_by"].tolist() == ["discovered", "definite", "pronoun"]
    assert "Valdorian" in df["actor"].iloc[0] and "Ministry" in df["actor"].iloc[0]


def test_unknown_speaker_with_actor_file_is_discovered_unassigned(statements, row):
    df = statements("The Ostrel Fishermen's Guild said the nets were empty.", ACTORS)
    r = row(df, "nets")
    assert r["camp"] == UNASSIGNED_CAMP
    assert "Guild" in r["actor"]


def test_quote_words_never_give_a_cue(statements, row):
    df = statements("“The minister said nothing,” the Harbour Workers Union said.", ACTORS)
    r = row(df, "nothing")
    assert r["actor"] == "union"


def test_attribute_returns_one_attribution_per_sentence():
    text = "Klara Dunne said the deal was fair. The crowd left. “Fine,” she said."
    rows = attribute(text)
    assert [r.sentence.index for r in rows] == [0, 1, 2]
    assert rows[1].actor == NARRATOR_ACTOR


def test_discovered_targets_are_bare_names(statements, row):
    df = statements("Morvania warned Valdoria and Kestran against escalation.")
    assert row(df, "escalation")["targets"] == "Valdoria;Kestran"


def test_unresolved_statement_source_is_not_a_pronoun_actor(statements, row):
    df = statements("The vote was delayed, as per the press release.")
    assert row(df, "delayed")["actor"].lower() not in {"it", "he", "she", "they"}


# --- targets of accusations, rebuttals and demands (issue 14) -------------------------

_TARGET_ACTORS = [
    {"id": "val", "name": "Government of Valdoria", "camp": "V", "aliases": ["Valdoria", "Arvel"]},
    {"id": "kes", "name": "Government of Kestran", "camp": "K", "aliases": ["Kestran", "Tavrin"]},
]


@pytest.mark.parametrize(
    ("text", "row", "targets"),
    [
        ("Valdoria accused Kestran of shelling the town.", 0, "kes"),
        ("Valdoria blamed Kestran for the attack on the bridge.", 0, "kes"),
        ("Kestran dismissed Arvel's claims about the bases.", 0, "val"),
        ("Tavrin said Valdoria's allegation was an absolute lie.", 0, "val"),
        (
            "Valdoria said on Monday that six soldiers died, and Arvel accused Kestran of it.",
            0,
            "kes",
        ),
        (
            "Valdoria accused Kestran of jamming radios. "
            "Kestran described this accusation as an absolute lie.",
            1,
            "val",
        ),
    ],
    ids=["accused X of", "blamed X for", "X's claims", "X's allegation", "later clause", "this"],
)
def test_targets_in_the_common_forms(text: str, row: int, targets: str) -> None:
    statements = extract_statements(text, actors_from_records(_TARGET_ACTORS))
    assert statements["targets"].iloc[row] == targets


def test_a_rebuttal_without_an_earlier_accusation_has_no_target() -> None:
    text = "Kestran described this accusation as an absolute lie."
    statements = extract_statements(text, actors_from_records(_TARGET_ACTORS))
    assert statements["targets"].iloc[0] == ""


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Harbour Workers Union: the strike goes on", ("union", "say", "indirect")),
        ("We will not go – Klara Dunne in radio interview", ("dunne", "say", "direct")),
        ("We will not give up the port - Klara Dunne at rally", ("dunne", "say", "direct")),
        ("Morvania accuses Valdoria of shelling border town", ("morvania", "accuse", "indirect")),
        ("Cholera in Lower Vessa: cases pass 600", (NARRATOR_ACTOR, "", "narration")),
    ],
)
def test_headline_is_a_statement(statements, row, headline, expected):
    df = statements(f"{headline}\n\nThe talks ended on Monday.\n", ACTORS)
    r = row(df, headline[:12])
    assert (r["actor"], r["cue"], r["mode"]) == expected
    assert r["statement_id"] == 1


def test_short_label_on_the_first_line_is_no_statement(statements):
    df = statements("Statement\n\nThe talks ended on Monday.\n", ACTORS)
    assert df["text"].tolist() == ["The talks ended on Monday."]


def test_speaker_named_after_the_full_stop(statements, row):
    text = (
        "The port closed on Monday.\n\n"
        '"We have run out of berths." A spokesman for the Arvel Port Authority told reporters.'
    )
    df = statements(text, ACTORS)
    for fragment in ("berths", "told reporters"):
        r = row(df, fragment)
        assert (r["actor"], r["cue"], r["mode"]) == ("port", "tell", "direct")
    assert attributed(df, "closed", row) == (NARRATOR_ACTOR, NARRATOR_CAMP, "narration")


def test_headline_words_teach_no_description(statements, row):
    actors = [
        {"id": "council", "name": "Velmont City Council", "camp": "C"},
        {"id": "club", "name": "Velmont Rovers", "camp": "Club"},
    ]
    text = (
        "Velmont council backs new Rovers stadium by one vote\n\n"
        "A council official said the budget would be known in spring.\n"
    )
    df = statements(text, actors)
    assert row(df, "budget")["actor"] == "council"


def test_agentless_reporting_continues_the_current_source(statements, row):
    text = (
        "The Valdorian Defence Ministry said 40 soldiers were wounded. "
        "It was noted that the detainees will be charged.\n\n"
        "It was reported that the border stayed closed."
    )
    df = statements(text, ACTORS)
    r = row(df, "detainees")
    assert (r["actor"], r["cue"], r["mode"], r["speaker"]) == ("val_mod", "note", "indirect", "")
    assert row(df, "border stayed")["actor"] == "val_mod"
    alone = statements("It was reported that the border stayed closed.", ACTORS)
    assert alone["mode"].tolist() == ["narration"]


def test_figures_released_by_an_organisation_are_its_own(statements, row):
    text = (
        "Rebels fired 300 rockets, according to figures released by the Valdorian Defence Ministry."
    )
    assert attributed(statements(text, ACTORS), "rockets", row)[0] == "val_mod"


def test_two_speakers_in_one_sentence_are_two_clause_statements(statements):
    text = (
        "The Valdorian Defence Ministry called it a precise strike, "
        "while Morvania called it a massacre of farmers. The talks ended."
    )
    df = statements(text, ACTORS)
    assert df["actor"].tolist() == ["val_mod", "morvania", NARRATOR_ACTOR]
    assert df["clause"].tolist() == [1, 2, 0]
    assert df["statement_id"].tolist() == [1, 2, 3]
    for start, end, clause in zip(df["start"], df["end"], df["text"], strict=True):
        assert text[start:end] == clause
    assert df["text"][1].startswith("while Morvania")


def test_speech_in_a_subordinate_clause_leaves_the_main_clause_narration(statements, row):
    text = "Shops in Arvel stayed shut, though Morvania has said the curfew will end soon."
    df = statements(text, ACTORS)
    assert attributed(df, "Shops", row) == (NARRATOR_ACTOR, NARRATOR_CAMP, "narration")
    assert attributed(df, "curfew", row)[0] == "morvania"
    assert row(df, "curfew")["speaker"] == "Morvania"


# --- constructions of real wire and partisan copy (issue 16, round two) ---------------

ROUND_TWO = [
    {
        "id": "cec",
        "name": "Central Electoral Commission",
        "camp": "Commission",
        "aliases": ["Nadia Frost"],
    },
    {"id": "bloc", "name": "Citizens' Bloc", "camp": "Opposition", "aliases": ["Lea Varga"]},
    {"id": "union", "name": "United Dockers' Union", "camp": "Union"},
    {"id": "police", "name": "Kesh police", "camp": "Government"},
    {"id": "interior", "name": "Interior Ministry", "camp": "Government"},
    {"id": "gov", "name": "Oskari government", "camp": "Oskaria", "aliases": ["Oleg Marrin"]},
    {
        "id": "mod",
        "name": "Ministry of Defence of Oskaria",
        "camp": "Oskaria",
        "aliases": ["Radek Soll"],
    },
    {"id": "family", "name": "Rusk family", "camp": "Witnesses"},
    {"id": "medics", "name": "volunteer medics", "camp": "Witnesses", "aliases": ["Dana Vell"]},
]


def test_lowercase_role_then_name_after_a_quotation(statements, row):
    text = '"Anyone can check the figures," commission chair Nadia Frost told a news conference.'
    assert attributed(statements(text, ROUND_TWO), "figures", row)[:2] == ("cec", "Commission")


def test_inverted_speaker_after_a_clause(statements, row):
    text = "The talks will resume next week, said a spokesman for the Interior Ministry."
    assert attributed(statements(text, ROUND_TWO), "talks", row)[0] == "interior"
    text = "The aggressors will receive an answer, assured yesterday Radek Soll."
    assert attributed(statements(text, ROUND_TWO), "aggressors", row)[0] == "mod"


def test_object_after_a_comma_is_not_an_inverted_speaker(statements, row):
    text = "Residents of Lesk, a town that has come under fire, welcomed the operation."
    assert row(statements(text, ROUND_TWO), "Lesk")["speaker"].startswith("Residents of Lesk")
    text = "Open Hands, a group that investigates attacks with public sources, said it was sure."
    assert row(statements(text), "Open Hands")["speaker"].startswith("Open Hands")


def test_subject_and_apposition_after_what_was_said(statements, row):
    text = "Schools will stay closed, the governor of the region, Oleg Marrin, announced."
    assert row(statements(text, ROUND_TWO), "Schools")["actor"] == "gov"


def test_progressive_demand_is_speech_but_not_every_progressive(statements, row):
    df = statements("The United Dockers' Union is demanding 18 percent.", ROUND_TWO)
    assert attributed(df, "demanding", row)[0] == "union"
    df = statements("The two governments are telling stories that cannot both be true.")
    assert attributed(df, "stories", row)[0] == NARRATOR_ACTOR


def test_verb_after_a_modal_is_no_statement(statements, row):
    df = statements("Under the electoral code, the commission must rule within ten days.")
    assert attributed(df, "rule", row)[0] == NARRATOR_ACTOR


def test_dateline_is_not_the_subject(statements, row):
    text = "ARDA — Lea Varga refused to recognise the result, saying she had evidence of fraud."
    assert attributed(statements(text, ROUND_TWO), "recognise", row)[0] == "bloc"


def test_colon_headline_with_a_known_surname(statements, row):
    df = statements("Varga: Rigged count will not stand\n\nLea Varga spoke in Arda.", ROUND_TWO)
    assert attributed(df, "Rigged", row)[0] == "bloc"
    df = statements("Lower Vessa: cases pass 600\n\nCases rose again.", ROUND_TWO)
    assert attributed(df, "cases pass", row)[0] == NARRATOR_ACTOR


def test_dash_headline_opening_with_a_noun_like_cue(statements, row):
    text = "Order restored in Anvil Square after riots – Interior Ministry\n\nShops opened."
    assert attributed(statements(text, ROUND_TWO), "Order", row)[0] == "interior"


def test_relative_clause_after_the_subject(statements, row):
    text = "A crane operator who asked not to be named told the paper that dockers were afraid."
    assert row(statements(text), "crane")["speaker"] == "A crane operator"


def test_possessive_noun_naming_an_actor(statements, row):
    text = (
        "Dana Vell treated the injured. The Rusk family waited outside. "
        "The student, Alina Rusk, remains in intensive care, her family said."
    )
    assert attributed(statements(text, ROUND_TWO), "intensive care", row)[0] == "family"


def test_pronoun_refers_to_the_subject_of_its_own_sentence(statements, row):
    text = (
        "Dana Vell said the square was calm. "
        'Oleg Marrin thanked the police for what he called "a calm operation".'
    )
    assert attributed(statements(text, ROUND_TWO), "thanked", row)[0] == "gov"


def test_a_countrys_officials_speak_for_its_government(statements, row):
    text = "The strike killed eleven people, Oskari officials said on Sunday."
    assert attributed(statements(text, ROUND_TWO), "eleven", row)[0] == "gov"


def test_bare_modifier_and_body_noun_of_the_actor_file(statements, row):
    text = "Kesh police cleared the square. Traffic police said the avenue would stay closed."
    assert attributed(statements(text, ROUND_TWO), "avenue", row)[0] == "police"


def test_inverted_speaker_may_end_with_when(statements, row):
    text = "The talks will resume, said a government spokesman on Monday."
    assert row(statements(text), "talks")["speaker"] == "a government spokesman"


def test_translated_inversion_and_impersonal_cue(statements, row):
    text = (
        "Eleven civilians have perished, among them four children, informed the "
        "Ministry of Defence of Oskaria. In the statement of the ministry it is "
        "underlined that the strike is a violation."
    )
    df = statements(text, ROUND_TWO)
    assert attributed(df, "perished", row)[0] == "mod"
    assert row(df, "underlined")["actor"] == "mod"


def test_relative_clause_subject_is_not_inverted(statements, row):
    text = "The Green bloc, which voted against the plan, said the deal left taxpayers exposed."
    assert row(statements(text), "Green bloc")["speaker"].startswith("The Green bloc")


def test_appeal_speaks_only_for_or_to_something(statements, row):
    df = statements("The union has appealed. The mayor appealed for calm.")
    assert attributed(df, "has appealed", row)[0] == NARRATOR_ACTOR
    assert attributed(df, "for calm", row)[0] == "mayor"


def test_group_noun_naming_a_camp_speaks_for_it(statements, row):
    actors = [
        {"id": "students", "name": "Students' Coordination Committee", "camp": "Protesters"},
        {"id": "police", "name": "Kesh police", "camp": "Government"},
    ]
    df = statements("Protesters said they would return to the square on Sunday.", actors)
    assert attributed(df, "return", row)[:2] == ("students", "Protesters")


def test_discovery_mode_constructions(statements, row):
    # Without an actor file: the organisation of a role ends at a relative
    # clause, a role sits between a body and a name, a headline surname is
    # a person the body names in full, "the government" is not the party
    # that spoke last, and a pronoun's own sentence subject is discovered.
    df = statements(
        "Varga: count will not stand\n\n"
        "ARDA — Opposition candidate Lea Varga refused to concede, saying the count was rigged. "
        '"I saw burns," said Ana Ruel, a doctor at Kesh General Hospital who volunteered there. '
        "The Civic Union said the vote was stolen. "
        "The government said the count was fair. "
        'President Oleg Marrin thanked the police for what he called "a calm operation".'
    )
    assert row(df, "count will not")["actor"] == "Varga"
    assert row(df, "refused")["speaker"] == "Opposition candidate Lea Varga"
    assert row(df, "burns")["actor"] == "Kesh General Hospital"
    assert row(df, "was fair")["actor"] != row(df, "stolen")["actor"]
    assert row(df, "thanked")["actor"] == "President Oleg Marrin"


def test_what_was_not_said_is_narration(statements, row):
    df = statements(
        "The ministry has not explained why troops fired. The agency didn’t say how many died. "
        "The agency never commented on it. The ministry denied the report."
    )
    for fragment in ("explained", "how many", "commented"):
        assert attributed(df, fragment, row)[0] == NARRATOR_ACTOR, fragment
    assert attributed(df, "denied", row)[0] != NARRATOR_ACTOR


def test_framing_participles_give_the_subject_the_statement(statements, row):
    df = statements(
        "The Citizens' Bloc refused to concede, calling the vote a 'rigged election'. "
        "The minister went further, branding the strikers saboteurs."
    )
    assert attributed(df, "concede", row)[0] != NARRATOR_ACTOR
    assert attributed(df, "branding", row)[0] != NARRATOR_ACTOR


def test_wire_copy_without_article_before_the_speaker(statements, row):
    df = statements(
        "Police fired tear gas, and 64 people were detained, police said. "
        "The march, which organisers said had drawn 20,000 people, turned violent."
    )
    assert attributed(df, "detained", row)[2] == "indirect"
    # A cue in a relative clause leaves the main clause narration.
    assert attributed(df, "march", row) == (NARRATOR_ACTOR, NARRATOR_CAMP, "narration")


def test_passive_with_agent_gives_the_agent_the_statement(statements, row):
    actors = [{"id": "union", "name": "Dockers' Union", "camp": "Union", "aliases": []}]
    df = statements(
        "The Dockers' Union met on Monday. "
        "The decision has been described by the union as a lockout. "
        "Footage posted by local bloggers showed smoke.",
        actors,
    )
    assert attributed(df, "lockout", row)[:2] == ("union", "Union")
    assert attributed(df, "Footage", row)[0] == NARRATOR_ACTOR


def test_restating_cues_and_translated_agentless_cues(statements, row):
    df = statements(
        "Interior Minister Bruno Kessel repeated on Sunday his claim of an organised attack. "
        "She repeated the exam. "
        "The Ministry of Defence said the raid was precise. "
        "It is underlined, that no civilians were hurt."
    )
    assert attributed(df, "Kessel", row)[2] == "indirect"
    assert attributed(df, "exam", row)[0] == NARRATOR_ACTOR
    assert attributed(df, "underlined", row)[0] == attributed(df, "precise", row)[0]


def test_headline_with_trailing_attribution(statements, row):
    df = statements(
        "Dorn re-elected with clear majority, election commission says\n\nVoting was calm."
    )
    assert attributed(df, "re-elected", row)[0] != NARRATOR_ACTOR


def test_estimates_and_acts_that_say_nothing(statements, row):
    df = statements(
        "Organisers said 15,000 people came. Police put the figure at 4,000. "
        "The president declared three days of mourning and recalled his ambassador. "
        "He declared that the emergency was over."
    )
    assert attributed(df, "4,000", row)[2] == "indirect"
    assert attributed(df, "mourning", row)[0] == NARRATOR_ACTOR
    assert attributed(df, "emergency was over", row)[2] == "indirect"


def test_a_verbs_object_is_no_cue_and_an_official_is_no_crowd(statements, row):
    df = statements(
        "Police restored order on the bridge. "
        "Volunteer medics said they treated forty people. "
        "Interior Minister Tomas Greve told reporters the police had acted lawfully."
    )
    assert attributed(df, "restored", row)[0] == NARRATOR_ACTOR
    assert attributed(df, "Greve", row)[0] != attributed(df, "medics", row)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Its defence ministry declined to comment.",
        "Nobody in Kessa believes that version.",
        "No one from the ministry said a word.",
        "Her arrest came after she published documents showing that the office paid.",
    ],
)
def test_saying_nothing_and_showing_documents_are_narration(text):
    df = extract_statements(text)
    assert df["mode"].tolist() == ["narration"]


def test_speaker_after_a_dash_in_translated_copy():
    # Copy translated from Russian puts a dash after the quote and drops the articles.
    text = (
        '"My husband is on this vessel. Nobody gave us any information”, '
        "– said wife of one of fishermen Irina Voloz."
    )
    df = extract_statements(text)
    assert df["mode"].tolist() == ["direct", "direct"]
    assert df["speaker"].tolist()[-1] == "wife of one of fishermen Irina Voloz"


@pytest.mark.parametrize(
    "text",
    [
        "Sardovia seizes Kelmar trawler near disputed fishing bank",
        "The move deepens a decade-long dispute over the river.",
    ],
)
def test_participle_after_a_preposition_and_noun_after_a_compound_are_no_cues(text):
    df = extract_statements(text + "\n\nThe ministry said so.")
    assert df["mode"].tolist()[0] == "narration"


def test_passive_agent_with_a_relative_clause_before_as():
    text = (
        "The clearance was described by the Green Coalition, which organised the camp, "
        'as a "violent eviction".'
    )
    df = extract_statements(text)
    assert df["speaker"].tolist() == ["the Green Coalition"]


def test_sources_after_their_organisation_speak_for_it():
    records = [{"id": "gov", "name": "Government of Ostria", "camp": "G"}]
    text = (
        "The Government of Ostria met on Monday. Government sources said the strike was political."
    )
    df = extract_statements(text, actors_from_records(records))
    assert df["actor"].tolist() == ["narrator", "gov"]


def test_a_headline_colon_speaker_wins_over_verbs_after_it():
    records = [{"id": "lamp", "name": "Daily Lamp", "camp": "O", "aliases": ["Ada Weir"]}]
    text = (
        "Weir: They closed the Lamp because it told the truth\n\nEditor Ada Weir spoke on Tuesday."
    )
    df = extract_statements(text, actors_from_records(records))
    assert (df["speaker"][0], df["actor"][0], df["mode"][0]) == ("Weir", "lamp", "indirect")


def test_according_to_a_source_and_its_closing_name():
    records = [
        {"id": "union", "name": "Doctors' Association", "camp": "U", "aliases": ["Ilan Koss"]}
    ]
    text = "The figures are “a fiction”, according to the association's vice-chair, Ilan Koss."
    df = extract_statements(text, actors_from_records(records))
    assert df["actor"].tolist() == ["union"]


def test_inverted_remind_closes_the_sentence():
    text = "Kelmar called for talks many times, but Talsen ignored them, reminded the Ministry."
    df = extract_statements(text)
    assert (df["cue"][0], df["speaker"][0]) == ("remind", "the Ministry")


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Guards towed migrant boat out to sea, rescue charity says", "rescue charity"),
        ("Tavoria to seek court ruling over dam, minister says", "minister"),
        ("“They pulled us back towards the waves” – boat survivor", "boat survivor"),
        ("“Nobody told us the water was unsafe” – father of sick girl", "father of sick girl"),
    ],
)
def test_headline_speakers_without_an_article(headline, speaker):
    df = extract_statements(headline + "\n\nThe charity said so on Tuesday.")
    assert df["speaker"][0] == speaker


def test_a_number_of_people_is_the_subject_before_a_participle():
    text = "Tens of thousands of teachers walked out on Monday, saying the law is propaganda."
    df = extract_statements(text)
    assert df["speaker"].tolist() == ["Tens of thousands of teachers"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declared the quay a restricted zone.",
        "President Ana Kirsch recalled the negotiators from the talks.",
    ],
)
def test_declaring_a_zone_and_recalling_negotiators_are_acts(text):
    assert extract_statements(text)["mode"].tolist() == ["narration"]


@pytest.mark.parametrize(("opening", "closing"), [("„", "“"), ("«", "»"), ("“", "”")])
def test_a_whole_quote_with_the_comma_outside_its_marks_then_the_verb(opening, closing):
    text = f"Units did not fire.\n\n{opening}Our guns are far from the dam{closing}, noted Halvik."
    row = extract_statements(text, actors_from_records(ACTORS)).iloc[1]
    assert (row["actor"], row["cue"], row["mode"]) == ("val_mod", "note", "direct")


def test_a_name_in_quote_marks_quotes_no_one():
    text = 'Wen Qiao pointed out that the "Jade Harvest" was carrying 38,000 tons of wheat.'
    row = extract_statements(text).iloc[0]
    assert (row["cue"], row["mode"], row["speaker"]) == ("point out", "indirect", "Wen Qiao")
    text = 'Wen Qiao said the seizure was "an act of piracy".'
    assert extract_statements(text)["mode"].tolist() == ["mixed"]


def test_a_typed_double_dash_ends_a_wire_dateline():
    text = "HAIXI, July 12 (LNA) -- Spokesperson Wen Qiao said the ship carried wheat."
    assert extract_statements(text)["speaker"].tolist() == ["Spokesperson Wen Qiao"]


def test_a_paragraph_that_only_names_the_speaker_of_the_quote_paragraph_before() -> None:
    # Web pages put the attribution in a paragraph of its own.
    records = [
        {"id": "gov", "name": "Government of Kaldora", "camp": "K", "aliases": []},
        {"id": "villagers", "name": "villagers", "camp": "W", "aliases": ["Anka Hrabal"]},
    ]
    text = (
        "The government called it a deliberate attack.\n\n"
        "“We heard the whistle. There is no army here.”\n\n"
        "Anka Hrabal, 67, told the Post as she swept glass from her floor."
    )
    df = extract_statements(text, actors_from_records(records))
    assert df["actor"].tolist()[1:] == ["villagers"] * 3
    assert df["mode"].tolist()[1:3] == ["direct", "direct"]


def test_a_verb_coordinated_in_a_subordinate_clause_takes_that_clauses_subject() -> None:
    text = (
        "Doctors stayed off their wards, as the Health Ministry sent army medics "
        "and branded the strikers deserters."
    )
    df = extract_statements(text)
    assert df["speaker"].tolist() == ["the Health Ministry"]


def test_recalled_background_is_narration_and_summoning_is_no_speech() -> None:
    text = (
        "The ministry said the corridor was open. "
        "It is recalled that the operation began in January. "
        "Opposition leaders called supporters onto the streets."
    )
    assert extract_statements(text)["mode"].tolist() == ["indirect", "narration", "narration"]


def test_an_attribution_with_a_place_after_it_still_only_names_the_speaker() -> None:
    text = (
        "“Nobody should have to choose. Half of my street stayed behind.” Ibrahim Tannous, "
        "a retired teacher, told Radio Free Hadrum by telephone from the old quarter."
    )
    df = extract_statements(text)
    assert df["mode"].tolist() == ["direct"] * 3
    assert len(set(df["actor"])) == 1


@pytest.mark.parametrize(
    "attribution",
    [
        "That was how Klara Dunne described the strike on Monday.",
        "Klara Dunne described the strike in those words after a visit to the docks on Monday.",
    ],
)
def test_a_paragraph_pointing_back_names_the_speaker_of_the_quotation(statements, row, attribution):
    text = (
        "The Harbour Workers Union said the strike would go on.\n\n"
        "“My son has not been to school in two weeks. Nobody is counting that.”\n\n"
        f"{attribution}\n\n"
        "The port stayed closed.\n"
    )
    df = statements(text, ACTORS)
    assert attributed(df, "My son", row) == ("dunne", "Kestran", "direct")
    assert attributed(df, "Nobody is counting", row) == ("dunne", "Kestran", "direct")
    assert attributed(df, "Klara Dunne", row) == ("dunne", "Kestran", "direct")
