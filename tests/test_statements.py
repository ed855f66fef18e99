"""The public statement table: columns, offsets, types."""

from __future__ import annotations

import pytest

from narrative_compare.actors import actors_from_records, load_actors
from narrative_compare.errors import InputError
from narrative_compare.loading import (
    article_from_text,
    load_article,
    seed_actors_path,
    seed_article_path,
)
from narrative_compare.schema import MODES, NARRATOR_ACTOR, NARRATOR_CAMP, STATEMENT_COLUMNS
from narrative_compare.segment import segment_text
from narrative_compare.statements import extract_statements, statement_rows, statements_frame

TEXT = (
    "Harbour strike\n\n"
    "The Harbour Workers Union said the strike would go on. “We will not yield,” said "
    "Lina Morrow, a spokeswoman for the union.\n\n"
    "Ships waited outside Arvel.\n"
)


@pytest.fixture(scope="module")
def seed_frame():
    return extract_statements(load_article(seed_article_path()), load_actors(seed_actors_path()))


def test_columns_and_dtypes():
    df = extract_statements(TEXT)
    assert tuple(df.columns) == STATEMENT_COLUMNS
    for column in ("statement_id", "section", "paragraph", "start", "end"):
        assert str(df[column].dtype) == "int64"
    assert df["statement_id"].tolist() == list(range(1, len(df) + 1))


def test_offsets_index_the_article():
    df = extract_statements(TEXT)
    for start, end, text in df[["start", "end", "text"]].itertuples(index=False):
        assert TEXT[start:end] == text
    assert (df["start"].diff().dropna() > 0).all()


def test_sections_and_titles():
    df = extract_statements(TEXT)
    assert set(df["section"]) == {1}
    assert set(df["section_title"]) == {"Harbour strike"}
    assert df["paragraph"].tolist() == [0, 0, 1]


def test_narrator_rows():
    df = extract_statements(TEXT)
    narration = df[df["mode"] == "narration"]
    assert narration["text"].tolist() == ["Ships waited outside Arvel."]
    assert set(narration["actor"]) == {NARRATOR_ACTOR}
    assert set(narration["camp"]) == {NARRATOR_CAMP}
    assert set(narration["cue"]) == {""} and set(narration["speaker"]) == {""}


def test_article_and_str_give_the_same_table():
    assert extract_statements(TEXT).equals(extract_statements(article_from_text(TEXT)))


def test_statement_rows_and_frame_agree():
    assert statements_frame(TEXT, statement_rows(TEXT)).equals(extract_statements(TEXT))


def test_seed_table_is_consistent(seed_frame):
    text = load_article(seed_article_path()).text
    assert tuple(seed_frame.columns) == STATEMENT_COLUMNS
    assert len(seed_frame) == len(segment_text(text).sentences)
    for start, end, sentence in seed_frame[["start", "end", "text"]].itertuples(index=False):
        assert text[start:end] == sentence
    assert set(seed_frame["mode"]) <= set(MODES)
    ids = set(load_actors(seed_actors_path()).ids) | {NARRATOR_ACTOR}
    camps = set(seed_frame.loc[seed_frame["actor"].isin(ids), "camp"])
    assert camps <= set(load_actors(seed_actors_path()).camps) | {NARRATOR_CAMP}
    narration = seed_frame["mode"] == "narration"
    assert (seed_frame.loc[narration, "actor"] == NARRATOR_ACTOR).all()
    assert (seed_frame.loc[~narration, "cue"] != "").all()


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["a list"]])
def test_wrong_article_type(bad):
    with pytest.raises(TypeError, match="article"):
        extract_statements(bad)


@pytest.mark.parametrize("bad", ["actors.yml", {"actors": []}, [{"id": "x"}]])
def test_wrong_actors_type(bad):
    with pytest.raises(TypeError, match="actors"):
        extract_statements(TEXT, bad)


def test_empty_text_is_an_input_error():
    with pytest.raises(InputError):
        extract_statements("  \n\t ")


def test_actor_table_changes_actor_ids_not_segmentation():
    table = actors_from_records(
        [{"id": "union", "name": "Harbour Workers Union", "camp": "Labour"}]
    )
    plain, with_file = extract_statements(TEXT), extract_statements(TEXT, table)
    assert plain[["start", "end"]].equals(with_file[["start", "end"]])
    assert with_file["actor"].tolist()[:2] == ["union", "union"]
    assert with_file["camp"].tolist()[:2] == ["Labour", "Labour"]


def test_rows_carry_the_quotations_through_pickling():
    import pickle

    text = "“We stay,” she said. The “so-called” talks failed."
    rows = statement_rows(text)
    assert [text[q.start : q.end] for q in rows.quotes] == ["We stay,", "so-called"]
    again = pickle.loads(pickle.dumps(rows))  # what worker processes send back
    assert again == rows and again.quotes == rows.quotes
