"""The resolution stage: rules in order, discourse state, typed results."""

from __future__ import annotations

import pytest

from narrative_compare.actors import ActorTable, actors_from_records
from narrative_compare.mentions import ActorResolver
from narrative_compare.resolution import (
    BYSTANDERS_NAME,
    NEEDS_ACTOR_FILE,
    PRECONDITIONS,
    RULES,
    Discourse,
    Resolution,
    SentenceContext,
    applicable_rules,
    by_discovery,
    speaker_phrase,
)
from narrative_compare.segment import segment_text
from narrative_compare.statements import extract_statements

HERE = SentenceContext(position=0, section=0, cue_end=0)


def _actor_ids(text: str, records: list[dict] | None = None) -> list[str]:
    """The actor of each statement of ``text``, with an actor file of ``records`` if given."""
    actors = None if records is None else actors_from_records(records)
    return extract_statements(text, actors)["actor"].tolist()


def _discourse(text: str = "", actors: ActorTable | None = None) -> Discourse:
    return Discourse(text, segment_text(text).sentences if text else [], ActorResolver(actors))


def test_rules_end_with_discovery_which_always_answers():
    assert RULES[-1] is by_discovery
    assert len(set(RULES)) == len(RULES)
    assert set(PRECONDITIONS) < set(RULES) and by_discovery not in PRECONDITIONS


# Phrases of every shape the rules read: pronouns, documents, names,
# appositions, roles, descriptions, bystanders, collectives.
_PHRASES = (
    "she",
    "they",
    "it",
    "her campaign",
    "its spokesman",
    "the statement",
    "a statement released by the ministry",
    "Lina Morrow",
    "Both sides",
    "His lawyer, Ilse Marquand",
    "Lina Morrow, a spokeswoman for the union",
    "a spokeswoman for the Harbour Workers Union",
    "Foreign Ministry spokeswoman Ana Vel",
    "the official",
    "the ministry",
    "A fruit seller who gave his name only as Danel",
    "Elif Moran, a farmer from Dornic",
    "Another resident, Tomas Hale",
    "one of the striking dockworkers",
    "Residents",
    "Tomas Hale, 41, who left",
)


@pytest.mark.parametrize("with_actors", [False, True])
def test_a_rule_whose_precondition_fails_never_answers(with_actors):
    # The preconditions only skip work: a rule they leave out must have
    # answered None, in any discourse state.
    actors = actors_from_records(
        [
            {"id": "union", "name": "Harbour Workers Union", "camp": "B"},
            {"id": "residents", "name": "Residents", "camp": "C", "aliases": ["witnesses"]},
        ]
    )
    for phrase in _PHRASES:
        discourse = _discourse("Lina Morrow said so.", actors if with_actors else None)
        discourse.remember(discourse.resolve("Lina Morrow", HERE), HERE)
        discourse.remember(discourse.resolve("Residents", HERE), HERE)
        speaker = speaker_phrase(phrase)
        skipped = [rule for rule in RULES if rule not in applicable_rules(speaker)]
        assert skipped or phrase == "she"
        for rule in skipped:
            assert rule(discourse, speaker, HERE) is None, (phrase, rule.__name__)


def test_rules_left_out_without_an_actor_file_never_answer_without_one():
    for phrase in (*_PHRASES, "Sardovia", "The Kelmar side", "Truck drivers at the gate"):
        discourse = _discourse("Lina Morrow said so.", None)
        discourse.remember(discourse.resolve("Residents", HERE), HERE)
        for rule in NEEDS_ACTOR_FILE:
            assert rule(discourse, speaker_phrase(phrase), HERE) is None, (phrase, rule.__name__)


@pytest.mark.parametrize(
    ("phrase", "actor", "how"),
    [
        ("Lina Morrow, a spokeswoman for the union", "union", "role"),
        ("Both sides", "both_sides", "collective"),
        ("The Harbour Workers Union", "Harbour Workers Union", "discovered"),
    ],
)
def test_resolve_names_the_rule_that_answered(phrase, actor, how):
    found = _discourse().resolve(phrase, HERE)
    assert isinstance(found, Resolution)
    assert (found.actor.actor, found.how) == (actor, how)


def test_pronoun_takes_the_most_recent_compatible_speaker():
    discourse = _discourse()
    person = discourse.resolve("Lina Morrow", HERE)
    discourse.remember(Resolution(person.actor, "person", person.how), HERE)
    org = discourse.resolve("The Harbour Workers Union", HERE)
    discourse.remember(org, HERE)
    assert discourse.resolve("she", HERE).actor == person.actor
    assert discourse.resolve("it", HERE).actor == org.actor
    assert discourse.resolve("it", HERE).how == "pronoun"


def test_pronoun_without_antecedent_is_unresolved():
    assert _discourse().resolve("they", HERE).how == "unresolved"


def test_pronoun_prefers_its_own_section():
    discourse = _discourse()
    first = discourse.resolve("Valdorian Defence Ministry", HERE)
    discourse.remember(first, HERE)
    later = SentenceContext(position=3, section=1, cue_end=0)
    second = discourse.resolve("Kestran Interior Ministry", later)
    discourse.remember(second, later)
    assert discourse.resolve("it", later).actor == second.actor
    assert discourse.resolve("it", SentenceContext(4, 0, 0)).actor == first.actor


def test_speaker_phrase_reads_head_apposition_and_kind():
    speaker = speaker_phrase("Blackfen Security, a firm based in the capital")
    assert (speaker.head, speaker.kind) == ("Blackfen Security", "org")
    assert speaker_phrase("According to HER".split(" ", 2)[2]).lowered == "she"


def test_targets_are_the_named_objects():
    discourse = _discourse()
    discourse.resolve("Valdoria", HERE)
    discourse.resolve("Kestria", HERE)
    assert discourse.targets(" Valdoria and Kestria of breaking the truce.") == (
        "Valdoria",
        "Kestria",
    )


def test_role_noun_points_back_to_the_person_just_named():
    actors = actors_from_records(
        [{"id": "army", "name": "Morvanian Army", "camp": "M", "aliases": ["Ivan Dorin"]}]
    )
    text = (
        "Army spokesman Ivan Dorin told reporters the crews had fired from a school. "
        '"They chose that yard," the official said.'
    )
    df = extract_statements(text, actors)
    assert df["actor"].tolist() == ["army", "army"]
    assert df["resolved_by"].tolist()[1] == "role"


def test_description_resolves_by_its_head_not_its_owner():
    actors = actors_from_records(
        [
            {"id": "health", "name": "Lower Vessa Regional Health Department", "camp": "R"},
            {"id": "education", "name": "Lower Vessa Regional Education Department", "camp": "R"},
            {"id": "water", "name": "Harlen County Water Board", "camp": "W"},
            {"id": "fire", "name": "Harlen County Fire Service", "camp": "F"},
        ]
    )
    text = (
        "Schools in Lower Vessa were closed by the region's education department. "
        "The region's health department said it opened 12 centres. "
        "The county's water board concluded that the station was contaminated. "
        "The county's fire service said its tankers delivered water."
    )
    df = extract_statements(text, actors)
    assert df["actor"].tolist() == ["narrator", "health", "water", "fire"]


def test_actor_never_named_in_the_article_answers_no_description():
    records = [
        {"id": "supreme_court", "name": "Supreme Court of Serevia", "camp": "C"},
        {"id": "authority", "name": "Serevian Electoral Authority", "camp": "A"},
    ]
    text = "The Serevian Electoral Authority said the count was over. The court said it would rule."
    assert _actor_ids(text, records)[1] != "supreme_court"
    named = "The Supreme Court of Serevia met in May. " + text
    found = extract_statements(named, actors_from_records(records))["actor"].tolist()
    assert found[-1] == "supreme_court"


GROUP_RECORDS = [
    {"id": "gov", "name": "Government of Tavoria", "camp": "T", "aliases": ["Tavorian government"]},
    {"id": "drivers", "name": "truck drivers at the crossing", "camp": "W"},
    {"id": "doctors", "name": "striking junior doctors", "camp": "W"},
    {"id": "union", "name": "Junior Doctors' Association", "camp": "U"},
    {"id": "farmers", "name": "farmers of the lower Veda", "camp": "W"},
    {"id": "traders", "name": "commodity traders", "camp": "M"},
]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Truck drivers waiting on the far side said they heard one burst.", "drivers"),
        ("Drivers at the gate said they heard one burst.", "drivers"),
        ("Several doctors on the picket line on Tuesday said they were ready.", "doctors"),
        ("Prices rose 3 percent on Tuesday, traders said.", "traders"),
        ("Local farmers said the river was low.", "farmers"),
    ],
)
def test_group_described_around_its_head_noun_is_the_files_group(sentence, actor):
    df = extract_statements(sentence, actors_from_records(GROUP_RECORDS))
    assert df["actor"].tolist() == [actor]
    assert df["resolved_by"].tolist() == ["group"]


def test_group_head_needs_the_names_that_modify_it():
    # "Tavorian" is a name the file knows, and not one of the farmers' names:
    # these farmers are not "farmers of the lower Veda".
    text = "Tavorian farmers said the river was low."
    df = extract_statements(text, actors_from_records(GROUP_RECORDS))
    assert df["actor"].tolist() != ["farmers"]


def test_the_ministry_is_never_the_prime_minister():
    records = [
        {"id": "health", "name": "Ministry of Health", "camp": "G", "aliases": ["Health Ministry"]},
        {"id": "gov", "name": "Government of Ostria", "camp": "G", "aliases": ["Alda Venn"]},
    ]
    text = (
        "The Health Ministry said nine wards would close. "
        "Prime Minister Alda Venn said the plan was fair. "
        "The ministry said the savings would pay for scanners."
    )
    assert _actor_ids(text, records) == ["health", "gov", "health"]


STATE_RECORDS = [
    {"id": "guard", "name": "Sardovian Coast Guard", "camp": "S"},
    {"id": "gov", "name": "Government of Sardovia", "camp": "S"},
    {"id": "villagers", "name": "resettled Sardovian villagers", "camp": "W"},
]


@pytest.mark.parametrize(
    "speaker", ["Sardovia says", "The Sardovian side claims", "Sardovian officials said"]
)
def test_a_country_named_alone_speaks_through_its_government(speaker):
    # The coast guard (and the villagers) spoke last; the country is still its government.
    text = (
        "The Sardovian Coast Guard said it seized the boat. "
        "Resettled Sardovian villagers said they saw it. "
        f"{speaker} the bank lies in its waters."
    )
    df = extract_statements(text, actors_from_records(STATE_RECORDS))
    assert df["actor"].tolist()[-1] == "gov"


def test_a_title_with_a_surname_names_the_files_person():
    records = [
        {"id": "ports", "name": "Ministry of Ports", "camp": "A", "aliases": ["Dara Kesh"]},
        {"id": "gov", "name": "Government of Olvia", "camp": "A"},
    ]
    for speaker in ("Minister Kesh", "Ports Minister Kesh"):
        df = extract_statements(
            f"{speaker} said the quay would reopen.", actors_from_records(records)
        )
        assert df["actor"].tolist() == ["ports"], speaker


def test_people_named_by_a_groups_noun_are_the_group_not_an_org_holding_the_word():
    records = [
        {"id": "union", "name": "Dock Workers' Union", "camp": "U"},
        {"id": "workers", "name": "workers of the Velt yard", "camp": "W"},
    ]
    text = "The Dock Workers' Union said the strike would go on. Some workers said they were tired."
    assert _actor_ids(text, records) == ["union", "workers"]


def test_members_speak_for_their_organisation_but_not_for_the_public():
    records = [{"id": "union", "name": "Dock Workers' Union", "camp": "U", "aliases": ["union"]}]
    text = (
        "The Dock Workers' Union called the strike. "
        "The fight goes on, union members vowed. "
        "Members of the public said they were worried."
    )
    actors = extract_statements(text, actors_from_records(records))["actor"].tolist()
    assert actors[:2] == ["union", "union"]
    assert actors[2] not in ("union", "public")


def test_a_demonym_owning_a_description_is_its_country():
    records = [
        {"id": "fsa", "name": "National Food Safety Agency", "camp": "R"},
        {"id": "maker", "name": "Corda Foods", "camp": "C"},
    ]
    text = (
        "Formula recall was needed, Olvian food agency says\n\n"
        "The National Food Safety Agency ordered the recall on Monday. "
        "Corda Foods said the tests were flawed."
    )
    assert _actor_ids(text, records)[0] == "fsa"


@pytest.mark.parametrize("with_file", [True, False])
def test_a_description_closing_the_sentence_is_the_name_opening_it(with_file):
    records = [{"id": "maker", "name": "Corda Foods", "camp": "C"}]
    text = (
        "The regulator said the tins were unsafe.\n\n"
        "OLVEN – Corda Foods will appeal against the recall, the company said on Friday.\n\n"
        "Eleven babies are in hospital, according to the company."
    )
    df = extract_statements(text, actors_from_records(records) if with_file else None)
    if with_file:
        assert df["actor"].tolist()[1] == "maker"
    else:
        assert df["actor"].tolist()[1] == "Corda Foods"
    # A capitalised number opening a sentence is no name.
    assert df["actor"].tolist()[2] != "Eleven"


def test_without_a_file_an_owned_body_is_discovered_by_its_description():
    text = (
        "Karvossa closed the airport. Its aviation authority said the escort was routine. "
        "Its spokeswoman said more."
    )
    df = extract_statements(text)
    assert df["actor"].tolist()[1:] == ["aviation authority", "aviation authority"]


@pytest.mark.parametrize("with_file", [True, False])
def test_a_headline_title_is_the_person_named_with_it_later(with_file):
    records = [
        {"id": "gov", "name": "Government of Olvia", "camp": "O", "aliases": ["Ana Veld"]},
        {"id": "ports", "name": "Ports Authority", "camp": "P", "aliases": ["Tomas Rieg"]},
    ]
    text = (
        "Prime Minister: the seizure was piracy\n\n"
        "VELD – Ports chief Tomas Rieg said the ship was held. "
        "Prime Minister Ana Veld on Sunday called the seizure piracy."
    )
    df = extract_statements(text, actors_from_records(records) if with_file else None)
    assert df["actor"].tolist()[0] == ("gov" if with_file else "Prime Minister Ana Veld")


def test_witnesses_are_the_files_group_of_ordinary_people_not_a_body_named_for_them():
    records = [
        {"id": "committee", "name": "Kettle Hollow Residents' Committee", "camp": "R"},
        {"id": "residents", "name": "residents of Kettle Hollow", "camp": "R"},
        {"id": "city", "name": "Sarvana City Council", "camp": "C"},
        {"id": "tavoria", "name": "Government of Tavoria", "camp": "T"},
    ]
    text = "Witnesses said officers beat people. Several villagers said the same."
    df = extract_statements(text, actors_from_records(records))
    assert df["actor"].tolist() == ["residents", "residents"]
    # A name the file knows is not among these ordinary people's names.
    df = extract_statements("Tavorian villagers said so.", actors_from_records(records))
    assert df["actor"].tolist() != ["residents"]


def test_two_coordinated_subjects_speak_as_the_first_when_the_file_knows_it():
    records = [
        {"id": "residents", "name": "residents of Kettle Hollow", "camp": "R"},
        {"id": "rights", "name": "Housing Rights Network", "camp": "O"},
    ]
    text = "Residents and rights groups say the clearance is a land grab."
    assert _actor_ids(text, records) == ["residents"]
    # Without an actor file the phrase is discovered whole.
    assert extract_statements(text)["actor"].tolist() == ["Residents and rights groups"]


def test_a_title_alone_before_a_headline_colon_speaks():
    records = [{"id": "rector", "name": "University of Istrel", "camp": "U"}]
    text = 'Rector: "This was never a student protest"\n\nPolice cleared the hall on Monday.'
    df = extract_statements(text, actors_from_records(records))
    # All the quotation after the colon: direct, as every such headline of
    # the gold sets is (holdout15, 18, 19, 24, 25, 27, 29).
    assert df["mode"].tolist()[0] == "direct"
    assert df["speaker"].tolist()[0] == "Rector"


def test_a_role_of_a_group_speaks_for_the_body_named_after_it():
    records = [
        {"id": "union", "name": "National Farmers' Union", "camp": "F"},
        {"id": "farmers", "name": "farmers at the blockade", "camp": "W"},
    ]
    text = "A spokesman for the farmers said the road stays shut. Farmers at the blockade said so."
    assert _actor_ids(text, records) == ["union", "farmers"]


def test_an_organisation_opening_a_narration_sentence_is_the_next_its_antecedent():
    records = [
        {"id": "agency", "name": "National Forestry Agency", "camp": "A"},
        {"id": "board", "name": "Fire Investigation Board", "camp": "O"},
    ]
    text = (
        "The National Forestry Agency said the fire began near a pylon. "
        "The Fire Investigation Board has sent engineers to the line. "
        "It said it would not assign blame yet."
    )
    assert _actor_ids(text, records) == ["agency", "narrator", "board"]


def test_a_possessive_after_the_clause_points_to_the_person_the_sentence_names():
    records = [
        {"id": "interior", "name": "Interior Ministry", "camp": "G", "aliases": ["Henrik Varga"]},
        {"id": "gov", "name": "Government of Orsland", "camp": "G", "aliases": ["Edda Lorentz"]},
    ]
    text = (
        "Interior Minister Henrik Varga said the fence works. "
        "Prime Minister Edda Lorentz will ask allies for help, her office said."
    )
    assert _actor_ids(text, records) == ["interior", "gov"]


def test_a_document_released_by_a_relative_clauses_subject_is_theirs():
    records = [{"id": "agency", "name": "National Forestry Agency", "camp": "A"}]
    text = (
        "The National Forestry Agency said the fire began near a pylon. "
        "Spending fell by a fifth, according to figures the agency released on Sunday."
    )
    df = extract_statements(text, actors_from_records(records))
    assert df["actor"].tolist() == ["agency", "agency"]
    assert df["resolved_by"].tolist()[1] == "statement"


def test_people_held_somewhere_are_the_files_group():
    records = [{"id": "migrants", "name": "migrants at the fence", "camp": "W"}]
    text = "Migrants held at a reception centre in Brenn said they were promised passage."
    df = extract_statements(text, actors_from_records(records))
    assert df["actor"].tolist() == ["migrants"]
    # Residents are no migrants: only words for ordinary people at a scene stand in.
    df = extract_statements("About 300 residents said they left.", actors_from_records(records))
    assert df["actor"].tolist() != ["migrants"]


def test_people_of_a_body_with_no_group_of_their_own_speak_for_it():
    records = [
        {"id": "union", "name": "Teachers' Federation", "camp": "U"},
        {"id": "prosecutor", "name": "Prosecutor General's Office", "camp": "G"},
    ]
    text = (
        "Teachers in rural districts say the formula is unfair. Prosecutors accuse Koss of treason."
    )
    assert _actor_ids(text, records) == ["union", "prosecutor"]


def test_a_bodys_generic_noun_is_the_body_the_article_named_with_it_not_the_last_speaker():
    text = (
        "Halden Chemicals said the Industrial Safety Authority had approved the tank. "
        "The authority's director, Greta Moln, said the company was responsible."
    )
    df = extract_statements(text)
    assert df["actor"].tolist() == ["Halden Chemicals", "Industrial Safety Authority"]


def test_a_camps_name_is_the_member_whose_name_holds_it():
    records = [
        {"id": "prosecutor", "name": "Prosecutor General's Office", "camp": "Government"},
        {"id": "gov", "name": "Government of Norvalia", "camp": "Government"},
    ]
    text = (
        "The Prosecutor General's Office said the case was open. The government said the"
        " march was illegal. A government spokesman said it was over."
    )
    assert _actor_ids(text, records) == ["prosecutor", "gov", "gov"]


def test_a_persons_role_at_a_body_is_remembered_for_a_later_description():
    records = [{"id": "hydro", "name": "Brenek Hydro", "camp": "O", "aliases": ["Karel Nemo"]}]
    text = (
        '"The wall held," said Karel Nemo, chief engineer of Brenek Hydro, which runs the'
        " dam. The gate cannot be repaired, the engineer said."
    )
    assert _actor_ids(text, records) == ["hydro", "hydro"]


def test_a_document_with_an_apposition_is_the_last_organisations():
    records = [{"id": "front", "name": "Free Kessar Front", "camp": "K"}]
    text = (
        "The Free Kessar Front said its fighters held the village. A second message, posted"
        " an hour later, urged residents to stay indoors."
    )
    assert _actor_ids(text, records) == ["front", "front"]


def test_without_a_file_a_name_followed_by_which_is_an_organisation():
    text = (
        "Ashvale Copper, which is listed in Norland, said it regrets any injuries."
        " The company said the mine would create 1,400 jobs."
    )
    assert _actor_ids(text) == ["Ashvale Copper", "Ashvale Copper"]


def test_without_a_file_its_report_names_no_speaker():
    text = (
        "The Salva Monitoring Mission said it would inspect the dam. Its last report, in"
        ' May, recorded what it called "systematic violations" by both sides.'
    )
    assert _actor_ids(text) == ["Salva Monitoring Mission", "Salva Monitoring Mission"]


def test_a_description_naming_one_level_of_government_is_not_another_level():
    records = [
        {"id": "region", "name": "Norvane Regional Government", "camp": "R"},
        {"id": "centre", "name": "Government of Varessa", "camp": "C"},
    ]
    text = (
        "The Government of Varessa called the vote illegal. The Norvane Regional Government"
        " said the vote was valid. The central government said the result has no effect."
    )
    assert _actor_ids(text, records) == ["centre", "region", "centre"]


def test_an_organisation_described_as_the_subject_of_narration_is_its():
    records = [
        {"id": "agency", "name": "National Food Safety Authority", "camp": "A"},
        {"id": "maker", "name": "Milvana Nutrition", "camp": "M"},
    ]
    text = (
        "The National Food Safety Authority said the tins were unsafe. Milvana Nutrition"
        " called the recall a witch hunt. The authority ordered the recall on Friday."
        " It says samples tested positive."
    )
    assert _actor_ids(text, records)[-1] == "agency"


def test_a_private_person_named_by_a_groups_noun_is_one_of_that_group():
    records = [
        {"id": "students", "name": "students at the march", "camp": "S"},
        {"id": "witnesses", "name": "residents and hospital staff", "camp": "W"},
    ]
    text = '"This is a manhunt," a medical student who gave her name as Ana told us.'
    assert _actor_ids(text, records) == ["students"]


def test_the_latter_is_the_person_who_last_spoke():
    records = [
        {"id": "ministry", "name": "Ministry of Health", "aliases": ["Anna Rell"], "camp": "G"},
        {"id": "ngo", "name": "Open Wells", "camp": "N"},
    ]
    text = (
        "Health Minister Anna Rell declared on Monday that the tanks of Open Wells were the"
        " source. The latter specified that three tanks tested positive."
    )
    assert _actor_ids(text, records) == ["ministry", "ministry"]


def test_a_relative_clause_after_a_private_person_says_whose_she_is_not():
    records = [
        {"id": "authorities", "name": "separatist authorities (People's Council)", "camp": "D"},
        {"id": "residents", "name": "residents of Mostry", "camp": "W"},
    ]
    text = (
        "One woman, who asked not to be named for fear of reprisals by the separatist"
        " authorities, said soldiers had sealed off the road."
    )
    assert _actor_ids(text, records) == ["residents"]


def test_a_groups_name_of_several_conjuncts_is_found_by_each_head_noun():
    records = [
        {"id": "drivers", "name": "lorry drivers and hauliers on the diversion", "camp": "W"},
        {"id": "witnesses", "name": "residents, riders and witnesses", "camp": "W2"},
    ]
    text = (
        "Lorry drivers stuck for days on the diversion said they were relieved. Taxi drivers"
        " and delivery riders who rely on apps say they lost three days of earnings."
    )
    assert _actor_ids(text, records) == ["drivers", "witnesses"]


def test_people_at_a_gathering_speak_for_no_body_there():
    records = [{"id": "teachers", "name": "striking teachers", "camp": "U"}]
    assert _actor_ids("Teachers at the rally said they would not give up.", records) == ["teachers"]


def test_an_employee_of_a_body_speaks_for_it():
    records = [{"id": "stats", "name": "National Statistics Office", "camp": "S"}]
    text = (
        "The National Statistics Office published the count. A statistics office employee who"
        " worked in the district told the paper that her team had three days."
    )
    assert _actor_ids(text, records) == ["stats", "stats"]


def test_the_people_of_a_body_tell_it_from_another_body_of_its_kind():
    records = [
        {"id": "pilots", "name": "Valmiran Pilots' Association", "camp": "U"},
        {"id": "cabin", "name": "Cabin Crew Union", "camp": "U"},
        {"id": "airline", "name": "Aeroval", "camp": "A"},
    ]
    text = (
        "Pilots’ union accuses Aeroval of flying in strike-breakers\n\n"
        "The Valmiran Pilots' Association said the crews were unsafe."
    )
    assert _actor_ids(text, records) == ["pilots", "pilots"]


def test_a_description_several_actors_fit_is_the_one_named_last():
    records = [
        {"id": "edu", "name": "Ministry of Education", "camp": "G"},
        {"id": "fin", "name": "Ministry of Finance", "camp": "G"},
        {"id": "union", "name": "Orsavan Teachers' Union", "camp": "U"},
    ]
    text = (
        "The Orsavan Teachers' Union has accused the Ministry of Education of using the"
        " courts. The ministry's lawyers had argued that the strike was unlawful."
    )
    assert _actor_ids(text, records) == ["union", "edu"]


def test_a_phrase_with_a_camps_name_and_general_words_speaks_for_the_camp() -> None:
    records = [
        {"id": "opp", "name": "Daybreak Party", "camp": "Opposition"},
        {"id": "ruling", "name": "National Harmony Party", "camp": "Government"},
    ]
    actors = actors_from_records(records)
    text = "Tervana's main opposition party said it would go to court."
    assert extract_statements(text, actors)["actor"].tolist() == ["opp"]
    headline = "Tervana opposition vows court fight over recount"
    assert extract_statements(headline, actors)["actor"].tolist() == ["opp"]
    # Other words are no camp's name: "opposition voters" are not the party.
    voters = "Opposition voters in the capital said they would march."
    assert extract_statements(voters, actors)["actor"].tolist() != ["opp"]


def test_the_armed_group_is_the_militia_the_article_described() -> None:
    records = [
        {"id": "mod", "name": "Ministry of Defence of Veyrun", "camp": "V"},
        {"id": "militia", "name": "Durna Volunteer Battalion", "camp": "Armed group"},
    ]
    text = (
        "The Ministry of Defence of Veyrun said mortars were hidden in Lisko. "
        "Officials accused the Durna Volunteer Battalion, a Kaldoran militia, of hiding them. "
        "The armed group denied it on Thursday."
    )
    df = extract_statements(text, actors_from_records(records))
    assert df["actor"].tolist()[-1] == "militia"


def test_a_title_opening_a_bodys_name_is_no_person() -> None:
    records = [
        {"id": "mod", "name": "Ministry of Defence of Veyrun", "camp": "V"},
        {"id": "staff", "name": "General Staff of Kaldora", "camp": "K"},
    ]
    text = (
        "The Ministry of Defence of Veyrun informed that mines were fired at Gornel. "
        "It should be noted that the unit is not subordinated to the General Staff of Kaldora. "
        "She noted that the shelling was a violation of the ceasefire."
    )
    df = extract_statements(text, actors_from_records(records))
    assert df["actor"].tolist()[-1] == "mod"


def test_as_informed_x_is_the_source_in_translated_copy() -> None:
    records = [
        {"id": "mod", "name": "Ministry of Defence", "camp": "V", "aliases": ["Rodion Belsky"]}
    ]
    text = (
        "As informed the official representative of the Ministry Major General Rodion Belsky, "
        "the units did not open fire."
    )
    df = extract_statements(text, actors_from_records(records))
    assert df[["actor", "cue"]].values.tolist() == [["mod", "inform"]]


def test_a_role_named_in_one_body_of_the_file_speaks_for_it() -> None:
    records = [
        {"id": "university", "name": "University of Lorvenna", "camp": "U"},
        {"id": "prosecutor", "name": "Lorvenna prosecutor's office", "camp": "J"},
        {"id": "students", "name": "Lorvenna Students' Assembly", "camp": "Students"},
    ]
    text = (
        "Prosecutors in Lorvenna said they were examining a dozen cases.\n\n"
        "Student leaders say the fee would price poorer families out."
    )
    assert extract_statements(text, actors_from_records(records))["actor"].tolist() == [
        "prosecutor",
        "students",
    ]


def test_organisers_speak_for_the_body_behind_the_protest() -> None:
    records = [
        {"id": "min", "name": "Ministry of Fisheries", "camp": "Government"},
        {"id": "guild", "name": "Coastal Skippers' Guild", "camp": "Fishers"},
        {"id": "front", "name": "Harbour Defence Front", "camp": "Fishers"},
        {"id": "trust", "name": "Blue Shelf Trust", "camp": "Greens"},
    ]
    # The article says who called the blockade.
    named = (
        "Trawlers blocked the harbour, a protest called by the Coastal Skippers' Guild. "
        "The Harbour Defence Front also joined. Organisers said 200 boats took part."
    )
    assert _actor_ids(named, records)[-1] == "guild"
    # Or only one body with a movement's name appears.
    only = (
        "The Harbour Defence Front blocked the harbour on Monday. "
        "The Blue Shelf Trust welcomed the quota. Protest organisers said 200 boats took part."
    )
    assert _actor_ids(only, records)[-1] == "front"
    # Two such bodies and nothing said: organisers stay a speaker of their own.
    open_ = (
        "The Coastal Skippers' Guild and the Harbour Defence Front met on Monday. "
        "Organisers said 200 boats took part."
    )
    assert _actor_ids(open_, records)[-1] not in ("guild", "front")


def test_a_rank_points_back_to_the_person_named_before() -> None:
    records = [{"id": "police", "name": "Tarsk police", "camp": "Police"}]
    text = (
        "Superintendent Ilse Marrow of the Tarsk police said the square was cleared. "
        "“Nobody was hurt,” the officer said."
    )
    assert _actor_ids(text, records) == ["police", "police"]


def test_the_union_is_the_association_of_people_that_spoke() -> None:
    records = [
        {"id": "ministry", "name": "Labour Ministry", "camp": "Government"},
        {"id": "nurses", "name": "Osvald Nurses' Association", "camp": "Union"},
        {"id": "employers", "name": "Federation of Osvald Clinics", "camp": "Employers"},
    ]
    text = (
        "The Osvald Nurses' Association said the strike would go on. "
        "The Federation of Osvald Clinics called it reckless. "
        "The Labour Ministry said talks would resume. "
        "The union dismissed that as a stunt."
    )
    # Not the ministry that spoke last, nor the federation without people in its name.
    assert _actor_ids(text, records)[-1] == "nurses"


def test_residents_are_the_group_of_the_place_in_the_sentence() -> None:
    records = [
        {"id": "north", "name": "residents of Brenk", "camp": "Witnesses"},
        {"id": "south", "name": "residents of Salo", "camp": "Witnesses"},
    ]
    text = (
        "Residents of Brenk said the water was cut. "
        "In Salo, residents said they feared a second strike."
    )
    assert _actor_ids(text, records) == ["north", "south"]


def test_a_relative_speaks_for_the_family_of_the_file() -> None:
    records = [
        {"id": "state", "name": "Prosecutor's Office", "camp": "State"},
        {"id": "family", "name": "Hallan's family", "camp": "Family"},
    ]
    text = "Hallan's wife, Irma, said he had never been abroad."
    assert _actor_ids(text, records) == ["family"]


def test_a_description_placed_at_its_seat_refers_back() -> None:
    records = [{"id": "region", "name": "Regional Government of Ostrava Vale", "camp": "Region"}]
    text = "Ostrava Vale voted on Sunday. The regional government in Kelmar said it would appeal."
    assert _actor_ids(text, records) == ["narrator", "region"]


def test_a_survey_published_by_a_body_is_the_bodys() -> None:
    records = [{"id": "union", "name": "Osvald Nurses' Association", "camp": "Union"}]
    text = (
        "The Osvald Nurses' Association called the strike on Monday. According to a survey of "
        "3,200 members published by the Association last month, most work unpaid shifts."
    )
    assert _actor_ids(text, records) == ["union", "union"]


def test_a_body_named_by_its_command_speaks() -> None:
    records = [{"id": "forces", "name": "Veld Self-Defence Forces", "camp": "Veld"}]
    text = (
        "Drones of the Veld Self-Defence Forces struck a depot before dawn, "
        "the Forces' command said."
    )
    assert _actor_ids(text, records) == ["forces"]


def test_a_name_whose_apposition_owns_a_board_is_an_organisation() -> None:
    text = (
        "Corvin Steel, whose chief executive resigned in May, says the plant is safe.\n\n"
        '"We follow every rule."\n\nA spokesman for the company told reporters in Dask.'
    )
    found = extract_statements(text)
    # Read as a person ("Corvin Steel" looks like a name), the company that
    # "the company" means would have been missed.
    assert list(found["actor"]) == ["Corvin Steel"] * 3
    assert set(found["resolved_by"]) == {"discovered", "role"}


def test_the_ministry_is_not_the_aid_group_that_spoke_last() -> None:
    text = (
        "Aid group blames ministry for deaths\n\n"
        "The aid group Clean Springs has accused the Ministry of Water of blocking chlorine.\n\n"
        "At least 37 people have died, according to the ministry's own figures."
    )
    found = extract_statements(text)
    assert found["actor"].iloc[-1] == "Ministry of Water"


def test_it_after_a_spokesperson_is_the_body_they_speak_for() -> None:
    records = [
        {"id": "mod", "name": "Ministry of Defence", "camp": "A", "aliases": ["Colonel Ivo Rast"]},
        {"id": "ngo", "name": "Medics Without Walls", "camp": "Aid"},
    ]
    text = (
        "Medics Without Walls said two nurses were hurt. "
        "Colonel Ivo Rast declared that the Ministry will share its data. "
        'It called on foreign groups to "stop spreading propaganda".'
    )
    assert _actor_ids(text, records) == ["ngo", "mod", "mod"]


def test_an_indefinite_body_in_a_wire_lead_is_the_one_named_later() -> None:
    records = [
        {"id": "firm", "name": "Orvel Chemicals", "camp": "Company"},
        {"id": "town", "name": "Residents' Council", "camp": "Town"},
    ]
    text = (
        "A chemical company on Monday rejected claims that it had poisoned the river. "
        "The Residents' Council blames the Orvel Chemicals plant upstream."
    )
    assert _actor_ids(text, records)[0] == "firm"


def test_shop_owners_belong_to_the_group_of_the_file() -> None:
    records = [{"id": "locals", "name": "residents and shop owners", "camp": "Witnesses"}]
    text = "Shop owners on Canal Street said their tills went dead at noon."
    assert _actor_ids(text, records) == ["locals"]


def test_without_an_actor_file_a_named_subject_is_what_its_refers_to() -> None:
    text = (
        "Galvon said the water was safe. "
        "The Harbour Tenants' Committee paid for the survey itself. "
        "Its chair, Ana Petrak, says the council ignored two years of warnings."
    )
    found = extract_statements(text)
    assert found["actor"].iloc[-1] == "Harbour Tenants' Committee"


def test_a_surname_the_article_uses_alone_finds_the_person_named_in_full() -> None:
    # The file lists the person by full name only; the article uses the surname.
    records = [
        {"id": "reporter", "name": "Ilse Varnek", "camp": "Press"},
        {"id": "police", "name": "Dunmore Police", "camp": "State"},
        {"id": "counsel", "name": "Varnek's lawyer", "camp": "Press", "aliases": ["Tomas Brel"]},
    ]
    text = (
        "Ilse Varnek was released on Friday. "
        "Dunmore Police said she had blocked an exit. "
        "“I was doing my job,” Varnek told reporters. "
        "Varnek's lawyer, Tomas Brel, said the charge would not stand. "
        "Varnek herself was calm. "
        "“I will go back,” she said."
    )
    assert _actor_ids(text, records) == [
        "narrator",
        "police",
        "reporter",
        "counsel",
        "narrator",
        "reporter",
    ]


def test_a_last_word_another_actor_names_is_no_surname() -> None:
    records = [
        {"id": "party", "name": "Free Ostrava", "camp": "Opposition"},
        {"id": "gov", "name": "Government of Ostrava", "camp": "State"},
    ]
    text = (
        "Free Ostrava held a rally. Ostrava says the rally was illegal. Ostrava is a small state."
    )
    assert _actor_ids(text, records)[1] == "gov"


def test_each_noun_of_an_owned_list_may_name_the_speaker() -> None:
    records = [
        {"id": "guild", "name": "Camera Operators' Guild", "camp": "Press"},
        {"id": "police", "name": "Dunmore Police", "camp": "State"},
    ]
    text = (
        "Camera Operators' Guild condemns arrest\n\n"
        "Dunmore Police said the cameraman was arrested for trespass. "
        "His friends and his guild say he was arrested for filming."
    )
    assert _actor_ids(text, records)[-2:] == ["police", "guild"]


def test_the_group_is_never_a_body_the_article_has_not_named() -> None:
    records = [
        {"id": "watch", "name": "Committee for Fair Courts", "camp": "Observers"},
        {"id": "other", "name": "Pension Action Coalition", "camp": "Protesters"},
    ]
    text = (
        "The Committee for Fair Courts noted that the trial was the third this year. "
        "The group called the verdict “a warning to every judge”."
    )
    assert _actor_ids(text, records) == ["watch", "watch"]


def test_a_role_after_the_words_of_a_named_body_speaks_for_it() -> None:
    records = [
        {"id": "ports", "name": "Selby Harbours Group", "camp": "Employers"},
        {"id": "police", "name": "Selby City Police", "camp": "State"},
        {"id": "union", "name": "Dockers' Union", "camp": "Union"},
    ]
    text = (
        "The Dockers' Union said the strike would go on. "
        "Selby Harbours Group and Selby City Police met on Monday. "
        "A senior harbour manager who asked not to be named said the talks had failed. "
        "A police officer said two people were detained. "
        "An aid official said food was short."
    )
    assert _actor_ids(text, records)[2:4] == ["ports", "police"]
    assert _actor_ids(text, records)[4] not in {"ports", "police", "union"}


def test_she_after_a_man_spoke_is_not_him() -> None:
    # Translated copy: "She" for the authority that spoke before the governor.
    records = [
        {"id": "water", "name": "National Water Board", "camp": "State"},
        {"id": "province", "name": "Tarim Province", "camp": "State", "aliases": ["Omar Sayed"]},
    ]
    text = (
        "The National Water Board confirmed that the network was renewed. "
        "The Governor Omar Sayed said the wells were illegal. "
        "He dismissed the reports as rumours. "
        "She pointed out that some residents had cut the pipes."
    )
    assert _actor_ids(text, records) == ["water", "province", "province", "water"]


def test_a_surname_alone_finds_an_alias_named_in_full() -> None:
    records = [
        {
            "id": "bloc",
            "name": "Civic Bloc",
            "camp": "Opposition",
            "aliases": ["Lena Orsova", "Pavel Dim"],
        },
        {"id": "gov", "name": "Interior Ministry", "camp": "State"},
    ]
    text = (
        "Pavel Dim, a lawyer for the bloc, said the ban was unlawful. "
        "He said the case would go to the top court. "
        "Lena Orsova did not attend. Orsova was at home. "
        "The Interior Ministry said the ban would stand. "
        "In a video, she said the ban was a disgrace."
    )
    assert _actor_ids(text, records)[-1] == "bloc"


def test_a_reporting_verb_before_a_name_is_no_description_of_it() -> None:
    records = [
        {"id": "firm", "name": "Harbour Holdings", "camp": "Employers"},
        {"id": "union", "name": "Dock Workers' Union", "camp": "Union"},
    ]
    text = (
        "The Dock Workers' Union says Harbour Holdings has cut crews by a fifth. "
        "Harbour Holdings rejected the figure. "
        "The union called on the firm to publish its rosters."
    )
    assert _actor_ids(text, records) == ["union", "firm", "union"]


def test_a_camps_lawmakers_speak_for_it() -> None:
    records = [
        {"id": "front", "name": "Renewal Front", "camp": "Opposition"},
        {"id": "gov", "name": "Government of Orsa", "camp": "Government"},
    ]
    text = "Renewal Front rejected the ruling. Opposition lawmakers called it a rigged race."
    assert _actor_ids(text, records) == ["front", "front"]


def test_discovery_remembers_a_person_the_narration_introduces() -> None:
    text = (
        "The Foreign Minister Adel Karam said the strike was lawful. "
        "Omar Nasri, 61, who sold bread near the square, lost his son. "
        "“I heard the drone before it fired,” he said."
    )
    assert extract_statements(text)["actor"].iloc[-1] == "Omar Nasri"


def test_a_persons_lawyer_named_in_apposition_is_the_lawyer() -> None:
    text = (
        "“I was doing my job,” Varnek told reporters. "
        "Varnek's lawyer, Tomas Brel, said the charge would not stand."
    )
    assert extract_statements(text)["actor"].iloc[-1] == "Tomas Brel"
    records = [{"id": "club", "name": "Velmont Rovers", "camp": "Club", "aliases": ["Rovers"]}]
    text = "Rovers’ chief executive, Hal Desmond, told the council the club would stay."
    assert _actor_ids(text, records) == ["club"]


def test_a_spokesperson_of_no_named_body_speaks_for_the_body_in_focus() -> None:
    records = [
        {"id": "mission", "name": "Border Monitoring Mission", "camp": "Observers"},
        {"id": "army", "name": "Velmari Army", "camp": "Velmar"},
    ]
    text = (
        "The Velmari Army said the strike hit a depot. "
        "The Border Monitoring Mission said it had asked for access. "
        "It would not comment before its team had visited the site, a spokeswoman said."
    )
    assert _actor_ids(text, records) == ["army", "mission", "mission"]


def test_photographers_at_the_scene_are_the_files_group_of_photographers() -> None:
    records = [
        {"id": "press", "name": "photographers at the march", "camp": "Press"},
        {"id": "police", "name": "City Police", "camp": "State"},
    ]
    text = "Several photographers who were at the march told the paper the line had moved."
    assert _actor_ids(text, records) == ["press"]


def test_without_a_file_a_named_person_who_is_no_bystander_is_their_own_actor() -> None:
    text = "Mira Tal, a loader at the port since 2010, said the union would not back down."
    assert extract_statements(text)["actor"].tolist() == ["Mira Tal"]
    text = "Ann Lode, a resident of the harbour district, said the street shook."
    assert extract_statements(text)["actor"].tolist() == [BYSTANDERS_NAME]
