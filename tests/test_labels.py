"""Evaluative labels in a statement's words: every construction issue 13 lists."""

from __future__ import annotations

import pandas as pd
import pytest

from narrative_compare.frames import extract_frames
from narrative_compare.labels import (
    copular_labels,
    is_label_fragment,
    noun_phrase_labels,
    predicate_labels,
    word_role,
)
from narrative_compare.quotes import find_quotes
from narrative_compare.statements import extract_statements


def _nps(text: str) -> list[str]:
    return [text[a:b] for a, b in noun_phrase_labels(text)]


def _predicates(text: str) -> list[str]:
    return [text[a:b] for a, b in predicate_labels(text, [])]


def _frames(text: str) -> pd.DataFrame:
    return extract_frames(text, extract_statements(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # acts and events named by their judgement, with modifiers and complements
        ("The ministry accused the rebels of a deliberate massacre.", "deliberate massacre"),
        ("This is a cowardly act of vandalism.", "cowardly act of vandalism"),
        ("They called the seizure an act of piracy.", "act of piracy"),
        ("It was a crime of aggression, she said.", "crime of aggression"),
        ("The union staged an illegal stoppage on Monday.", "illegal stoppage"),
        ("Opposition parties denounced the rigged election.", "rigged election"),
        ("Aid groups said the siege amounts to collective punishment.", "collective punishment"),
        ("They used civilians as human shields.", "human shields"),
        (
            "He condemned the hostage-taking of the whole economy.",
            "hostage-taking of the whole economy",
        ),
        # parties named by their wrongdoing or their virtue
        ("Police said masked thugs attacked the bus.", "masked thugs"),
        ("She said peaceful marchers were beaten.", "peaceful marchers"),
        ("The army fought illegal Armenian armed groups.", "illegal Armenian armed groups"),
        ("Managers hired strike-breakers overnight.", "strike-breakers"),
        ("The regime answered with a barrage of propaganda.", "barrage of propaganda"),
        ("Foreign-funded agitators blocked the road.", "Foreign-funded agitators"),
        ("Observers praised a free and fair election.", "free and fair election"),
        # the target of a judged act belongs to its label
        ("It was an organised attack on the state.", "organised attack on the state"),
        (
            "Strike on Drovno is war crime against peaceful village",
            "war crime against peaceful village",
        ),
        ("Baku denounced the brutal crackdown on journalists.", "brutal crackdown on journalists"),
        # a compound noun between the judgement and the head
        ("Eleven died in a barbaric air bombardment.", "barbaric air bombardment"),
        # parties named by their wrongdoing, in any domain
        ("Armed gangs and infiltrators crossed the border.", "Armed gangs"),
        ("A few troublemakers threw bottles.", "troublemakers"),
        ("They called it an unlawful dockers' strike.", "unlawful dockers' strike"),
        ("The ministry denounced a destabilisation campaign.", "destabilisation campaign"),
        ("The union said the lockout must end.", "lockout"),
        ("Farmers called it a betrayal of the dairy sector.", "betrayal of the dairy sector"),
        ("We face repeated terrorist attacks.", "repeated terrorist attacks"),
    ],
)
def test_evaluative_noun_phrases(text: str, label: str) -> None:
    assert label in _nps(text)


@pytest.mark.parametrize(
    "text",
    [
        "The strike entered its third day as talks resumed.",  # a neutral head alone
        "Heavy gunfire was heard and there was major damage to the school.",  # plain facts
        "Armed groups withdrew from the valley on Tuesday.",  # a neutral modifier only
        "Terrorists were not mentioned; 40 people were injured in Lesk.",
    ],
)
def test_plain_facts_are_not_labels(text: str) -> None:
    assert "Heavy gunfire" not in _nps(text) and "major damage" not in _nps(text)
    assert not [p for p in _nps(text) if p.lower() in ("the strike", "armed groups", "talks")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The minister described the raid as a massacre.", "massacre"),
        ("She denounced what she called economic blackmail.", "economic blackmail"),
        ("The army called it a precise strike.", "precise strike"),
        ("Kesta branded the offensive an invasion.", "invasion"),
        ("The campaign was termed a witch hunt.", "witch hunt"),
        ("He said the ruling amounts to a gag law.", "gag law"),
        ("The strike is nothing but blackmail, the minister said.", "blackmail"),
        ("They held a so-called referendum.", "referendum"),
        (
            "He described the clearing as a lawful and proportionate operation.",
            "lawful and proportionate operation",
        ),
    ],
)
def test_predicate_labels(text: str, label: str) -> None:
    assert label in _predicates(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The brutal attack on Tuesday killed two.", "brutal attack"),
        ("A cowardly attack on the night of 4 May.", "cowardly attack"),
    ],
)
def test_a_time_is_no_target_of_a_label(text: str, label: str) -> None:
    assert _nps(text) == [label]


def test_a_compound_complement_stops_at_punctuation() -> None:
    assert _nps("It was a betrayal of farmers, dairy sector and all.") == ["betrayal of farmers"]


def test_a_singular_possessive_or_a_quote_mark_does_not_join_a_label() -> None:
    assert _nps("The workers' demands were heard.") == []
    assert _nps("The Nurses' Association condemned the brutal crackdown.") == ["brutal crackdown"]


def test_passive_naming_labels_the_quotation_or_noun_phrase_after_it() -> None:
    text = 'In Velgrad the attack was called "a limited operation against terrorists”.'
    start = text.index("a limited")
    quotes = [(start, text.index("”"))]
    assert [text[a:b] for a, b in predicate_labels(text, quotes)] == [
        "a limited operation against terrorists"
    ]
    # "was called off", "was called to testify": no label.
    assert _predicates("The strike was called off on Monday.") == []
    assert _predicates("The minister was called to testify.") == []


def test_predicate_label_is_the_quotation_after_a_short_object() -> None:
    text = "Osten termed the offensive a 'war of conquest' on Monday."
    quotes = [(text.index("war"), text.index("war") + len("war of conquest"))]
    assert [text[a:b] for a, b in predicate_labels(text, quotes)] == ["war of conquest"]


def test_kinds_follow_where_the_label_stands() -> None:
    article = (
        "“This is a cowardly act of vandalism, and the world must see it,” the spokesman said.\n\n"
        "The ministry accused the rebels of a deliberate massacre.\n\n"
        "The invaders shelled the town overnight.\n\n"
        "Officials branded the operation an 'invasion' and a 'crime of aggression'."
    )
    frames = _frames(article)
    kind = dict(zip(frames["phrase"], frames["kind"], strict=True))
    assert kind["cowardly act of vandalism"] == "quoted_label"
    assert kind["deliberate massacre"] == "evaluative_np"
    assert kind["invaders"] == "narration_label"
    assert kind["invasion"] == "predicate_label"
    assert kind["crime of aggression"] == "scare_quote"
    narration = frames[frames["kind"] == "narration_label"]
    assert set(narration["camp"]) == {"Narrator"}


def test_quote_marks_as_pages_write_them() -> None:
    article = (
        "The union said the \"illegal stoppage' was a myth.\n\n"
        "The Nurses' Association and Farmers' groups spoke of 'liberated' villages."
    )
    phrases = set(_frames(article)["phrase"])
    assert "liberated" in phrases  # single quotes as scare quotes
    assert not [p for p in phrases if "Nurses" in p or "Farmers" in p]  # possessives


def test_referents_of_labels() -> None:
    article = (
        "The ministry accused Valdoria of a deliberate massacre.\n\n"
        "Kestria dismissed the claims as an absolute lie.\n\n"
        "The ministry said masked thugs had attacked the convoy."
    )
    frames = _frames(article)
    referent = dict(zip(frames["phrase"], frames["referent"], strict=True))
    assert referent["deliberate massacre"] == "event"
    assert referent["absolute lie"] == "claims"
    assert referent["masked thugs"] == "party"


def test_no_name_title_place_or_number_is_a_label() -> None:
    article = (
        "Defence Minister Oren Halvik said on Tuesday in Kesta that 40 soldiers had died.\n\n"
        "“We will not give up the port,” Mayor Lina Morrow told the Valdorian News Agency.\n\n"
        "The Ministry of Interior published its report, titled Security Review 2024."
    )
    frames = _frames(article)
    assert frames.empty, frames["phrase"].tolist()


def test_word_roles() -> None:
    assert word_role("Scabs") == "loaded"
    assert word_role("election") == "head"
    assert word_role("government-hired") == "evaluative"
    assert word_role("armed") == "neutral"
    assert word_role("the") == ""


def test_after_as_the_label_is_the_words_there_not_a_later_quotation() -> None:
    text = "Police described the clearance as a calm operation “in line with the order”."
    start = text.index("in line")
    quotes = [(start, text.index("”"))]
    assert "calm operation" in [text[a:b] for a, b in predicate_labels(text, quotes)]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Rask called the dam a project of national rebirth.", ["project of national rebirth"]),
        ("The ministry called the minister an hour later.", []),
        ("The group called for an independent inquiry.", []),
        ("Kessin rejected calls for an international inquiry.", []),
        ("The union called on the government to resign.", []),
    ],
)
def test_call_names_what_follows_its_object_after_an_article(text: str, labels: list[str]) -> None:
    assert _predicates(text) == labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("It was poaching, plain and simple.", "poaching"),
        ("The trawler was a repeat offender.", "repeat offender"),
        ("Such claims are cynical manipulation.", "cynical manipulation"),
        ("He labelled the strike a political stunt.", "political stunt"),
        ("It was an unfriendly step.", "unfriendly step"),
        ("A group of armed smugglers opened fire.", "group of armed smugglers"),
    ],
)
def test_vocabulary_of_wrongdoing_and_hostility(text: str, label: str) -> None:
    assert label in _nps(text)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("The Orlen Bank lies about 60 nautical miles off the coast.", []),
        ("Villages that lie in the valley were shelled.", []),
        ("Responsibility lies fully on the leadership of the port.", []),
        ("The blame lies with the ministry.", []),
        ("The village lies four kilometres from the frontier.", []),
        ("The deposit lies beneath grazing land.", []),
        ("Their lies two years ago angered voters.", ["lies"]),
        ("They keep spreading lies about the war.", ["lies"]),
        ("The lies in the report were exposed.", ["lies"]),
        ("It was the latest of many illegal fishing incursions.", ["illegal fishing incursions"]),
        ("The men belonged to an armed smuggling gang.", ["armed smuggling gang"]),
    ],
)
def test_lie_as_a_verb_of_place_and_ing_modifiers(text: str, labels: list[str]) -> None:
    assert _nps(text) == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Fair Deal said it would sue.", []),
        ("Police dispersed the Fair Fuel protest, blaming rioters.", ["rioters"]),
        ("The Peaceful Revolution Party denounced the illegal siege.", ["illegal siege"]),
        ("Illegal Armenian armed groups attacked the post.", ["Illegal Armenian armed groups"]),
        # A headline in title case is no name.
        ("Ministry Condemns Illegal Siege Of Capital City", ["Condemns Illegal Siege"]),
    ],
)
def test_an_evaluative_word_inside_a_name_is_no_label(text: str, labels: list[str]) -> None:
    assert _nps(text) == labels


def test_quoted_names_are_no_labels_and_quoted_words_lose_their_marks() -> None:
    from narrative_compare.labels import is_label_fragment

    assert not is_label_fragment("Velka Star")
    assert is_label_fragment("illegal siege")
    assert _predicates("So-called 'inspection' was carried out by armed men.") == ["inspection"]
    assert _predicates("They called my son a killer on the front page.") == ["killer"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The charity called it an illegal pushback.", "illegal pushback"),
        ("Guards stopped the illegal crossers at the fence.", "illegal crossers"),
        ("Residents spoke of the poisoning of our whole estate.", "poisoning of our whole estate"),
    ],
)
def test_heads_for_migration_and_war_and_poisoning(text: str, label: str) -> None:
    assert label in _nps(text)


def test_an_adverb_ends_a_plain_label_after_an_article() -> None:
    assert _predicates("The ministry declared the quay a restricted zone shortly after.") == [
        "restricted zone"
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("This is nothing but a land grab.", "grab"),
        ("Officials denounced the state hijacking of the jet.", "state hijacking of the jet"),
        ("The union called it a corporate eviction.", "corporate eviction"),
        ("A violent minority attacked the officers.", "violent minority"),
        ("It was a mass sacking by any measure.", "mass sacking"),
        ("The so-called panic recall cost millions.", "panic recall"),
        ("The dam is the sovereign right of our people.", "sovereign right"),
        ("The blockade was a land grab by other means.", "land grab"),
        ("The explosions were an act of war.", "act of war"),
        ("It is an undeclared war on our villages.", "undeclared war"),
        ("The count was behind a wall of lies.", "wall of lies"),
        ("The mayor called the vigil a circus.", "circus"),
        ("The boarding is an act of maritime piracy.", "act of maritime piracy"),
        ("They slept near the rubble left by the forced eviction.", "forced eviction"),
        ("The ministry demanded an end to the illegal detention of the crew.", "illegal detention"),
        ("Fishing there is the legitimate right of our fishermen.", "legitimate right"),
        ("The levy is the confiscation of savings.", "confiscation of savings"),
        ("The shelling was a staged attack on its own town.", "staged attack"),
        ("The crossing was the third hybrid attack since July.", "hybrid attack"),
        ("The verdict is a political execution of the party.", "political execution"),
        ("Koss is now a political prisoner.", "political prisoner"),
        ("The army shot down a spy drone over the plateau.", "spy drone"),
    ],
)
def test_vocabulary_of_grabs_seizures_sackings_and_rights(text: str, label: str) -> None:
    assert any(label in found for found in _nps(text) + _predicates(text)), (_nps(text), text)


def test_a_so_called_name_is_no_label_unless_quoted() -> None:
    assert _predicates("Two members of the so-called Teshal Land Council were held.") == []
    text = 'The so-called "General Staff" of the rebels spoke.'
    quote = (text.index('"') + 1, text.rindex('"'))
    assert [text[a:b] for a, b in predicate_labels(text, [quote])] == ["General Staff"]


def test_a_so_called_phrase_ends_before_the_clauses_verb() -> None:
    text = "The so-called boundary line of the other side was never recognised."
    assert _predicates(text) == ["boundary line of the other side"]


def test_call_it_what_it_is_puts_no_label_on_what() -> None:
    assert "what it" not in _predicates("We call it what it is: a closure programme.")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The director accused the company of a cover-up.", "cover-up"),
        ("The report is a whitewash.", "whitewash"),
        ("Police said they walked into an ambush.", "ambush"),
        ("The raid is an open violation of international law.", "violation of international law"),
        (
            "The opposition called the count a robbery of the people's will.",
            "robbery of the people's will",
        ),
    ],
)
def test_vocabulary_of_concealment_and_broken_rules(text: str, label: str) -> None:
    assert any(label in found for found in _nps(text) + _predicates(text)), (_nps(text), text)


@pytest.mark.parametrize(
    "text",
    ["The breach is the largest reported this year.", "Drivers paid fines for traffic violations."],
)
def test_a_breach_or_violation_alone_judges_nothing(text: str) -> None:
    assert _nps(text) == []


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("This was never a student protest, it was a siege, and sieges end.", ["siege"]),
        ("This is not policing, this is a manhunt.", ["manhunt"]),
        (
            "It isn't a strike, it's blackmail of the whole nation.",
            ["blackmail of the whole nation"],
        ),
        ("The march was not large, but it was a success for the union.", []),
        ("It was not a good year, it was a hard one.", []),
    ],
)
def test_one_name_denied_and_another_put_in_its_place(text: str, labels: list[str]) -> None:
    assert _predicates(text) == labels


def test_a_name_opens_no_plain_complement() -> None:
    # Places stay out of labels: "invasion" compares across outlets, "invasion
    # of the Ardel Valley" would not.
    assert _nps("The invasion of the Ardel Valley went on.") == ["invasion"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("It is a grave negligence, the minister said.", "grave negligence"),
        ("Hardliners in the council blocked the deal.", "Hardliners"),
        ("The deal is a sell-out of our fields.", "sell-out of our fields"),
        ("They called the count an erasure by spreadsheet.", "erasure"),
        ("The threat is a bluff.", "bluff"),
        ("The ministry spoke of a machinery of incitement.", "machinery of incitement"),
        ("He condemned the hegemonic behaviour of the navy.", "hegemonic behaviour"),
    ],
)
def test_vocabulary_of_neglect_betrayal_and_incitement(text: str, label: str) -> None:
    assert any(label in found for found in _nps(text) + _predicates(text)), (_nps(text), text)


def test_a_party_label_takes_no_for_complement():
    text = "They blamed Ostrovian nationalists for the shelling of peaceful towns."
    assert _nps(text) == ["Ostrovian nationalists", "shelling of peaceful towns"]
    assert _nps("It was a pretext for unrest.") == ["pretext for unrest"]


def test_a_noun_before_a_modifier_ends_another_phrase():
    # "targets" is the verb; the label is the phrase after it.
    assert _nps("The army only targets illegal armed groups.") == ["illegal armed groups"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("This is an ecological crime, and someone will answer for it.", ["ecological crime"]),
        ("This is the murder of a river.", ["murder of a river"]),
        ("This fee rise is a tax on the poor, and we will not pay it.", ["tax on the poor"]),
        (
            "It was a supply run for terrorists who have murdered teachers.",
            ["supply run for terrorists"],
        ),
        ("The facts are clear: this was a minor release, it was stopped.", ["minor release"]),
        ("The ministry said it was a precision strike.", ["precision strike"]),
        # No article: only a judged noun phrase ("aggression"), not "progress".
        ("This is aggression by other means.", ["aggression"]),
        ("This is progress for everyone.", []),
        # Denials, times, plain talk, names, numbers and clefts name nothing.
        ("It is not a strike.", []),
        ("It was a long night.", []),
        ("It is a matter for the courts.", []),
        ("This is the first time.", []),
        ("That is the Ministry of Defence.", []),
        ("The report said that it was a 40 percent rise.", []),
        ("It would be the poorest families who paid.", []),
        ("This is the hardest message I have had to send.", []),
    ],
)
def test_what_a_speaker_names_with_a_copula(text: str, labels: list[str]) -> None:
    found = copular_labels(text, noun_phrase_labels(text))
    assert [text[a:b] for a, b in found] == labels


def test_a_copula_names_in_speech_not_in_narration() -> None:
    speech = _frames('"This was a state operation, planned for weeks," the minister said.')
    assert ("state operation", "predicate_label") in set(
        zip(speech["phrase"], speech["kind"], strict=True)
    )
    narration = _frames("It was a state operation on a large scale.")
    assert "state operation" not in narration["phrase"].tolist()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("That is medical coercion.", "medical coercion"),
        ("The squatters had three weeks to leave.", "squatters"),
        ("The go-slow has cost two million florins.", "go-slow"),
        ("Every false rumour costs us weeks of work.", "false rumour"),
        ("The army's strike-breaking operation was not debated.", "strike-breaking operation"),
        ("Police cleared the last of the illegal roadblocks.", "illegal roadblocks"),
    ],
)
def test_vocabulary_of_labour_health_and_sieges(text: str, label: str) -> None:
    assert label in _nps(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The talks stalled because of the Osvald intransigence.", "Osvald intransigence"),
        ("This is espionage dressed up as journalism.", "espionage"),
        ("The latest green diktat doubles their costs.", "diktat"),
        ("She warned of a catastrophe in the delta.", "catastrophe"),
        ("The ministry condemned this unilateral behavior.", "unilateral behavior"),
    ],
)
def test_vocabulary_of_diplomacy_and_accusation(text: str, label: str) -> None:
    assert label in _nps(text)


def test_a_time_clause_after_a_quoted_label_is_no_label() -> None:
    text = "Nurses' Association brands the order a 'gag order' as strike begins"
    quotes = [(q.start, q.end) for q in find_quotes(text, [(0, len(text))])]
    assert [text[a:b] for a, b in predicate_labels(text, quotes)] == ["gag order"]
    assert _predicates("The union described the order as a gag on nurses.") == ["gag on nurses"]


def test_a_plural_before_a_label_is_a_verb_not_a_modifier() -> None:
    assert _nps("Varga insists the video shows ballot stuffing.") == ["ballot stuffing"]
    assert _nps("Police reported mass arrests in the square.") == ["mass arrests"]
    assert _nps("Then the junta's troops shelled the bridge.") == ["junta's troops"]
    assert _nps("Order restored after rioters attack police") == ["rioters"]


def test_a_denied_name_is_no_label() -> None:
    frames = _frames('"He is not a smuggler, he is a fisherman," his wife said.')
    assert "smuggler" not in set(frames["phrase"])


def test_a_superlative_without_a_judged_noun_is_no_label() -> None:
    assert copular_labels("They said it was the longest in the country's history.") == []
    text = "It was the worst massacre in a decade."
    labels = [text[a:b] for a, b in copular_labels(text, noun_phrase_labels(text))]
    assert labels == ["worst massacre in a decade"]


def test_so_called_before_a_name_disowns_the_name() -> None:
    assert _nps("Charges were filed against the so-called Dorvan Students Union.") == []
    assert _nps("They called it a so-called referendum.") == ["so-called referendum"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Every march now comes with a digital blackout.", "digital blackout"),
        ("We caught poachers, not fishermen.", "poachers"),
        ("It was an act of cruelty against the families.", "act of cruelty"),
        ("He accused the minister of bad faith.", "bad faith"),
        ("Artillery hit positions of illegal armed formations.", "illegal armed formations"),
        ("It was a stolen mayoral election.", "stolen mayoral election"),
    ],
)
def test_vocabulary_of_shutdowns_fisheries_and_talks(text: str, label: str) -> None:
    assert any(label in found for found in _nps(text))


def test_a_set_phrase_after_a_label_belongs_to_it() -> None:
    assert _nps("Critics called the ban censorship by another name.") == [
        "censorship by another name"
    ]
    assert _nps("Boats were seized by pirates in uniform.") == ["pirates in uniform"]
    assert _nps("Pirates seized boats in the bay.") == ["Pirates"]


def test_a_label_never_ends_in_its_preposition() -> None:
    text = (
        "The network was cut, in what the ministry described as a temporary "
        'security measure against "coordinated provocations".'
    )
    assert "temporary security measure" in set(_frames(text)["phrase"])


def test_a_quoted_adverbial_is_no_label_fragment():
    assert not is_label_fragment("with restraint")
    assert not is_label_fragment("strictly within the constitution")
    assert is_label_fragment("for as long as it takes")
    assert is_label_fragment("economic blackmail")


def test_a_judgement_of_legality_makes_a_label_of_any_noun():
    text = "The ministry blamed the illegal wells, and said the strike was illegal because of it."
    assert [text[a:b] for a, b in noun_phrase_labels(text)] == ["illegal wells"]
    text = "Some residents connected pipes in an illegal way."
    assert noun_phrase_labels(text) == []


def test_a_label_closing_a_verb_idiom_takes_the_verb_and_its_object():
    text = "They are holding our holidays to ransom, the minister said."
    assert [text[a:b] for a, b in noun_phrase_labels(text)] == ["holding our holidays to ransom"]


def test_an_act_aimed_at_a_shared_value_is_a_label():
    assert _nps("If there has been an attack on the constitution, it began then.") == [
        "attack on the constitution"
    ]
    assert _nps("The attack on the convoy began at dawn.") == []
