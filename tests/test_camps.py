"""Tests of narrative_compare.camps."""

from __future__ import annotations

import pandas as pd
import pytest
from framing_fixtures import seed_statements, toy_statements

from narrative_compare.camps import (
    DOCUMENT_COLUMNS,
    camp_documents,
    is_narration,
    statement_groups,
    statement_weights,
)
from narrative_compare.errors import InputError
from narrative_compare.terms import TermSettings


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return seed_statements()


def test_one_document_per_camp_sorted(seed: pd.DataFrame) -> None:
    docs = camp_documents(seed)
    assert tuple(docs.columns) == DOCUMENT_COLUMNS
    assert list(docs["group"]) == sorted(seed["camp"].unique())
    counts = seed["camp"].value_counts()
    assert dict(zip(docs["group"], docs["n_statements"], strict=True)) == counts.to_dict()


def test_text_joins_statements_in_table_order(seed: pd.DataFrame) -> None:
    docs = camp_documents(seed).set_index("group")
    armenia = seed.loc[seed["camp"] == "Armenia", "text"].tolist()
    assert docs.loc["Armenia", "text"] == "\n".join(armenia)


def test_mode_counts(seed: pd.DataFrame) -> None:
    docs = camp_documents(seed).set_index("group")
    icrc = seed[seed["camp"] == "ICRC"]
    assert docs.loc["ICRC", "n_direct"] == (icrc["mode"] == "direct").sum()
    assert docs.loc["ICRC", "n_reported"] == icrc["mode"].isin(["indirect", "mixed"]).sum()
    assert docs.loc["Narrator", "n_narration"] == (seed["mode"] == "narration").sum()


def test_narration_can_be_left_out(seed: pd.DataFrame) -> None:
    assert "Narrator" in set(camp_documents(seed)["group"])
    no_narration = TermSettings(include_narration=False)
    assert "Narrator" not in set(camp_documents(seed, no_narration)["group"])


def test_by_actor_keeps_narrator_group(seed: pd.DataFrame) -> None:
    docs = camp_documents(seed, TermSettings(by="actor"))
    expected = sorted(set(seed.loc[seed["mode"] != "narration", "actor"]) | {"Narrator"})
    assert list(docs["group"]) == expected


def test_weights_sum_per_group() -> None:
    table = toy_statements({"A": ["one", "two"], "B": ["three"]}, mode="direct")
    table.loc[1, "mode"] = "mixed"
    weights = TermSettings(direct_weight=3.0, reported_weight=0.5)
    docs = camp_documents(table, weights).set_index("group")
    assert docs.loc["A", "weight"] == pytest.approx(3.0 + 0.5)
    assert docs.loc["B", "weight"] == pytest.approx(3.0)


def test_statement_weights_by_mode() -> None:
    table = pd.DataFrame({"mode": ["direct", "indirect", "mixed", "narration"]})
    weights = statement_weights(table, direct_weight=2.0, reported_weight=0.25)
    assert weights.tolist() == [2.0, 0.25, 0.25, 1.0]


def test_negative_weight_rejected() -> None:
    with pytest.raises(ValueError):
        statement_weights(pd.DataFrame({"mode": ["direct"]}), direct_weight=-1)


def test_narration_detected_by_actor_or_mode() -> None:
    table = pd.DataFrame(
        {
            "mode": ["narration", "indirect", "direct"],
            "actor": ["x", "narrator", "y"],
            "camp": ["A", "B", "C"],
        }
    )
    assert is_narration(table).tolist() == [True, True, False]
    assert statement_groups(table).tolist() == ["Narrator", "Narrator", "C"]


def test_unknown_grouping_rejected(seed: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="by must be"):
        camp_documents(seed, TermSettings(by="outlet"))


def test_missing_columns_are_an_input_error() -> None:
    with pytest.raises(InputError, match="lacks columns: actor, camp"):
        camp_documents(pd.DataFrame({"text": ["x"], "mode": ["direct"]}))


def test_empty_table() -> None:
    empty = toy_statements({})
    docs = camp_documents(empty)
    assert docs.empty and tuple(docs.columns) == DOCUMENT_COLUMNS
