"""Tests of narrative_compare.frames."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from framing_fixtures import seed_statements, seed_text, toy_article, toy_statements

from narrative_compare.errors import InputError
from narrative_compare.frames import (
    CONTESTED_COLUMNS,
    FRAME_EXTRA_COLUMNS,
    contested_labels,
    contested_pivot,
    extract_frames,
    label_category,
    label_key,
    statement_quotes,
)
from narrative_compare.quotes import find_quotes
from narrative_compare.schema import FRAME_COLUMNS
from narrative_compare.statements import extract_statements

SIEGE = "the humanitarian catastrophe resulting from Baku’s illegal siege"


@pytest.fixture(scope="module")
def seed_frames() -> pd.DataFrame:
    return extract_frames(seed_text(), seed_statements())


def _frames(texts_by_camp: dict[str, list[str]], mode: str = "indirect") -> pd.DataFrame:
    statements = toy_statements(texts_by_camp, mode=mode)
    return extract_frames(toy_article(statements), statements)


def test_columns(seed_frames: pd.DataFrame) -> None:
    assert tuple(seed_frames.columns) == FRAME_COLUMNS + FRAME_EXTRA_COLUMNS


def test_seed_phrases_and_camps(seed_frames: pd.DataFrame) -> None:
    found = dict(zip(seed_frames["phrase"], seed_frames["camp"], strict=True))
    assert found["anti-terrorism operations"] == "Azerbaijan"
    assert found["complete"] == "Azerbaijan"
    assert found["illegal Armenian armed groups"] == "Azerbaijan"
    assert found["heavy gunfire"] == "Armenia"
    assert found["stop the bloodshed"] == "Russia"
    assert found["absolute lie"] == "Armenia"
    assert found[SIEGE] == "Armenia"


def test_seed_kinds(seed_frames: pd.DataFrame) -> None:
    kinds = dict(zip(seed_frames["phrase"], seed_frames["kind"], strict=True))
    assert kinds["absolute lie"] == "predicate_label"
    assert kinds[SIEGE] == "predicate_label"
    assert kinds["anti-terrorism operations"] == "scare_quote"


def test_offsets_point_at_the_phrase(seed_frames: pd.DataFrame) -> None:
    article = seed_text()
    for phrase, start, end in zip(
        seed_frames["phrase"], seed_frames["start"], seed_frames["end"], strict=True
    ):
        assert article[start:end] == phrase
    assert list(seed_frames["start"]) == sorted(seed_frames["start"])


def test_long_and_split_direct_quotes_are_not_frames(seed_frames: pd.DataFrame) -> None:
    phrases = " | ".join(seed_frames["phrase"])
    assert "relieved" not in phrases
    assert "bread" not in phrases and "urgently" not in phrases
    assert set(seed_frames["kind"]) <= {"scare_quote", "predicate_label"}


def test_label_key_normalises() -> None:
    assert label_key(SIEGE) == "humanitarian catastrophe resulting from baku's illegal siege"
    assert label_key("  Heavy   Gunfire. ") == "heavy gunfire"


def test_quote_styles_and_apostrophes() -> None:
    text = (
        'They said «  guerre totale » and „Sonderoperation“ and "straight talk" and '
        "‘Baku’s war’ but not Baku’s or the rebels’ claims."
    )
    assert [text[s:e] for s, e in _statement_quotes(text)] == [
        "guerre totale",
        "Sonderoperation",
        "straight talk",
        "Baku’s war",
    ]


def _statement_quotes(text: str) -> list[tuple[int, int]]:
    return statement_quotes(find_quotes(text, [(0, len(text))]), text, 0, len(text))


def test_unpaired_quote_is_ignored() -> None:
    assert _statement_quotes("He said “People are queuing for bread.") == []


def test_a_quote_running_into_the_next_statement_is_not_a_frame() -> None:
    text = "He said “People queue. They wait all day.”"
    quotes = find_quotes(text, [(0, len(text))])
    first_end = text.index("queue.") + len("queue.")
    assert statement_quotes(quotes, text[:first_end], 0, first_end) == []
    assert statement_quotes(quotes, text[first_end:], first_end, len(text)) == []


def test_frames_read_the_quotes_the_attribution_found() -> None:
    statements = toy_statements({"A": ["A said the “new plan” went well."]})
    article = toy_article(statements)
    found = extract_frames(article, statements, quotes=[])
    assert found.empty  # no quotation given: no scare quote
    assert extract_frames(article, statements)["phrase"].tolist() == ["new plan"]


def test_scare_quote_modes() -> None:
    reported = _frames({"A": ["A said the “special operation” went well."]}, mode="indirect")
    direct = _frames({"A": ["“Special operation,” A said."]}, mode="direct")
    narration = _frames({"Narrator": ["The “special operation” began at dawn."]})
    assert reported[["phrase", "kind"]].values.tolist() == [["special operation", "scare_quote"]]
    # A direct quotation is the statement itself: its labels are quoted labels.
    assert direct[["phrase", "kind"]].values.tolist() == [["Special operation", "quoted_label"]]
    assert narration[["phrase", "camp", "actor"]].values.tolist() == [
        ["special operation", "Narrator", "narrator"]
    ]


def test_quoted_time_is_not_a_scare_quote() -> None:
    assert _frames({"A": ["A said the strike would end “tomorrow morning” there."]}).empty
    assert _frames({"A": ["A said the images were taken “months ago” elsewhere."]}).empty
    kept = _frames({"A": ["A said the army must “stop the bloodshed” now."]})
    assert kept["phrase"].tolist() == ["stop the bloodshed"]


def test_quotes_longer_than_eight_words_are_not_frames() -> None:
    frames = _frames({"A": ["A said “one two three four five six seven eight nine” then."]})
    assert frames.empty


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "B described the attack as a clear violation of international law, it said.",
            "clear violation of international law",
        ),
        ("B called it genocide.", "genocide"),
        ("B branded the group as terrorists and left.", "terrorists"),
        ("B labelled the vote as a sham.", "sham"),
        ("The move, termed a provocation by B, failed.", "provocation"),
        ("B condemned what it called an occupation; talks stalled.", "occupation"),
        ("B condemned what they called “ethnic cleansing” in the region.", "ethnic cleansing"),
    ],
)
def test_evaluative_constructions(sentence: str, label: str) -> None:
    frames = _frames({"B": [sentence]})
    evaluative = frames[frames["kind"] == "predicate_label"]
    assert evaluative["phrase"].tolist() == [label]


def test_calls_on_is_not_a_label() -> None:
    assert _frames({"B": ["B called on both sides to talk."]}).empty


def test_mismatching_offsets_are_an_input_error() -> None:
    statements = toy_statements({"A": ["A said “x”."]})
    with pytest.raises(InputError, match="does not match the article"):
        extract_frames("something else entirely", statements)


def test_several_articles_rejected() -> None:
    statements = toy_statements({"A": ["one", "two"]}).assign(article=["a.txt", "b.txt"])
    with pytest.raises(ValueError, match="one article"):
        extract_frames("one two", statements)


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("anti-terrorism operations", "operation/event"),
        (SIEGE, "operation/event"),
        ("illegal Armenian armed groups", "other side"),
        ("absolute lie", "claims"),
        ("terrorist attack", "operation/event"),
        ("attack militias", "other side"),
        ("complete", "other"),
        # Labour and health disputes have events too (seen in a report of holdout26).
        ("a wildcat action", "operation/event"),
        ("a go-slow by stealth", "operation/event"),
    ],
)
def test_label_category(label: str, category: str) -> None:
    assert label_category(label) == category


def test_contested_labels_on_seed(seed_frames: pd.DataFrame) -> None:
    table = contested_labels(seed_frames)
    assert tuple(table.columns) == CONTESTED_COLUMNS
    event = table[table["referent"] == "event"]
    assert ("Azerbaijan", "anti-terrorism operations") in set(
        zip(event["camp"], event["label"], strict=True)
    )
    assert ("Armenia", SIEGE) in set(zip(event["camp"], event["label"], strict=True))
    claims = table[table["referent"] == "claims"]
    assert claims[["camp", "label"]].values.tolist() == [["Armenia", "absolute lie"]]
    assert (table["exclusivity"] == 1.0).all()
    pivot = contested_pivot(table).set_index("referent")
    assert "anti-terrorism operations" in pivot.loc["event", "Azerbaijan"]
    assert SIEGE in pivot.loc["event", "Armenia"]
    assert pivot.loc["claims", "Azerbaijan"] == ""


def test_exclusivity_and_ranking() -> None:
    frames = pd.DataFrame(
        {
            "camp": ["A", "A", "B", "A", "A", "A"],
            "phrase": ["the war", "War", "war", "invasion", "invasion", "aggression"],
        }
    )
    table = contested_labels(frames)
    a_rows = table[table["camp"] == "A"]
    # invasion and aggression are A's alone; war is shared 2 to 1
    assert a_rows["label"].tolist() == ["invasion", "aggression", "the war"]
    assert a_rows["exclusivity"].tolist() == pytest.approx([1.0, 1.0, 2 / 3])
    assert a_rows["n_camps"].tolist() == [1, 1, 2]
    b_row = table[table["camp"] == "B"].iloc[0]
    assert b_row["exclusivity"] == pytest.approx(1 / 3)


def test_referent_order_and_kinds_filter() -> None:
    frames = pd.DataFrame(
        {
            "camp": ["A", "A", "A"],
            "phrase": ["lies", "regime", "siege"],
            "kind": ["scare_quote", "predicate_label", "scare_quote"],
        }
    )
    table = contested_labels(frames)
    assert table["referent"].tolist() == ["event", "party", "claims"]
    only = contested_labels(frames, kinds=["predicate_label"])
    assert only["label"].tolist() == ["regime"]


# End to end: the attribution engine, not a hand-built table, feeds the frames.


def _engine_frames(article_path, actors_path):
    from narrative_compare.actors import load_actors
    from narrative_compare.loading import load_article
    from narrative_compare.statements import extract_statements

    article = load_article(article_path)
    return extract_frames(article.text, extract_statements(article, load_actors(actors_path)))


def test_seed_frames_through_the_engine() -> None:
    from narrative_compare.loading import seed_actors_path, seed_article_path

    frames = _engine_frames(seed_article_path(), seed_actors_path())
    camp_of = dict(zip(frames["phrase"], frames["camp"], strict=True))
    assert camp_of["anti-terrorism operations"] == "Azerbaijan"
    assert camp_of["absolute lie"] == "Armenia"
    assert camp_of[SIEGE] == "Armenia"
    pivot = contested_pivot(contested_labels(frames)).set_index("referent")
    assert "anti-terrorism operations" in pivot.loc["event", "Azerbaijan"]
    assert "illegal siege" in pivot.loc["event", "Armenia"]
    assert "absolute lie" in pivot.loc["claims", "Armenia"]


def test_other_camps_frames_through_the_engine() -> None:
    """A protest story: authorities say "rioters", organisers "peaceful demonstrators"."""
    folder = Path(__file__).parent / "data" / "holdout"
    frames = _engine_frames(
        folder / "protest_crackdown.txt", folder / "protest_crackdown.actors.yml"
    )
    contested = contested_labels(frames)
    parties = contested[~contested["referent"].isin(["event", "claims", "other"])]
    labels = dict(zip(parties["label"], parties["camp"], strict=True))
    assert labels["rioters"] == "Authorities"
    assert labels["peaceful demonstrators"] == "Protesters"
    assert set(parties["exclusivity"]) == {1.0}


def test_frames_of_rows_equal_extract_frames() -> None:
    from narrative_compare.frames import frames_of_rows
    from narrative_compare.statements import statement_rows, statements_frame

    text = seed_text()
    rows = statement_rows(text)
    expected = extract_frames(text, statements_frame(text, rows))
    pd.testing.assert_frame_equal(frames_of_rows(rows), expected)
    assert not expected.empty


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("political execution", "operation/event"),
        ("high treason", "operation/event"),
        ("illegal detention", "operation/event"),
        ("forced eviction", "operation/event"),
        ("confiscation of savings", "operation/event"),
        ("political prisoner", "other side"),
        ("foreign agent", "other side"),
    ],
)
def test_courts_arrests_evictions_and_their_parties_have_referents(label, category) -> None:
    # A ban, a trial, an eviction are events as much as a war's operations.
    assert label_category(label) == category


@pytest.mark.parametrize(
    "sentence",
    [
        "Observers found no evidence of organised fraud in the count.",
        "The council says talk of a 'crackdown' is theatre.",
        "The Front had prepared its fraud claims for weeks.",
        "The ministry called the 'massacre' story invented.",
        "What they spread about stolen ballots is old news.",
    ],
)
def test_another_sides_word_denied_or_reported_is_no_label(sentence: str) -> None:
    assert _frames({"B": [sentence]}, mode="narration").empty


def test_a_label_beside_a_denied_one_is_kept() -> None:
    frames = _frames({"B": ["There was no massacre, only a rigged election."]})
    assert frames["phrase"].tolist() == ["rigged election"]


def test_a_hyphenated_party_label_refers_to_a_party_not_the_event():
    from narrative_compare.frames import label_referent

    assert label_referent("strike-breakers") == "party"
    assert label_referent("scab labour") == "party"
    assert label_referent("wildcat strike") == "event"


def test_narration_repeating_a_speakers_label_adopts_it() -> None:
    text = (
        '"This was a minor release, and it was stopped at once," the plant manager said.\n\n'
        "Production resumed two days after the minor release.\n\n"
        "Talk of a minor release angered residents."
    )
    frames = extract_frames(text, extract_statements(text))
    narration = frames[frames["kind"] == "narration_label"]
    assert narration["phrase"].tolist() == ["minor release"]
    assert narration["camp"].tolist() == ["Narrator"]
    row = narration.iloc[0]
    assert text[row["start"] : row["end"]] == "minor release"
    assert row["start"] > text.index("Production")


def test_a_speakers_plain_single_word_is_not_adopted() -> None:
    text = 'Officials called it a "reform".\n\nThe reform takes effect on Monday.'
    frames = extract_frames(text, extract_statements(text))
    assert "narration_label" not in frames["kind"].tolist()
