"""Tests of narrative_compare.similarity."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from framing_fixtures import seed_statements, toy_statements
from sklearn.feature_extraction.text import TfidfVectorizer

from narrative_compare.actors import load_actors
from narrative_compare.camps import camp_documents
from narrative_compare.errors import InputError
from narrative_compare.loading import load_article
from narrative_compare.similarity import (
    NETWORK_COLUMNS,
    accusation_network,
    camp_similarity,
    statement_kind,
)
from narrative_compare.statements import extract_statements
from narrative_compare.terms import TOKEN_PATTERN, TermSettings


def test_similarity_matrix_shape_and_symmetry() -> None:
    statements = seed_statements()
    sim = camp_similarity(statements)
    camps = sorted(statements["camp"].unique())
    assert list(sim.index) == camps and list(sim.columns) == camps
    values = sim.to_numpy()
    assert np.array_equal(values, values.T)
    assert np.all(np.diag(values) == 1.0)
    assert values.min() >= 0.0 and values.max() <= 1.0


def test_similarity_is_cosine_of_tfidf_vectors() -> None:
    statements = seed_statements()
    docs = camp_documents(statements)
    weights = (
        TfidfVectorizer(token_pattern=TOKEN_PATTERN, stop_words="english")
        .fit_transform(docs["text"])
        .toarray()
    )
    i = list(docs["group"]).index("Armenia")
    j = list(docs["group"]).index("Azerbaijan")
    expected = weights[i] @ weights[j] / (np.linalg.norm(weights[i]) * np.linalg.norm(weights[j]))
    raw = TermSettings(ngram_range=(1, 1), keep_speaker_words=True)
    assert camp_similarity(statements, raw).loc["Armenia", "Azerbaijan"] == pytest.approx(expected)


def test_identical_and_disjoint_camps() -> None:
    statements = toy_statements(
        {"A": ["siege of the city"], "B": ["siege of the city"], "C": ["peace talks"]}
    )
    sim = camp_similarity(statements)
    assert sim.loc["A", "B"] == pytest.approx(1.0)
    assert sim.loc["A", "C"] == 0.0


def test_group_without_terms() -> None:
    sim = camp_similarity(toy_statements({"A": ["the"], "B": ["siege"]}))
    assert sim.loc["A", "B"] == 0.0 and sim.loc["A", "A"] == 1.0


SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_ARTICLE = SEEDS / "azerbaijan_karabakh_offensive_2023.txt"
SEED_ACTORS = SEEDS / "azerbaijan_karabakh_offensive_2023.actors.yml"


def test_accusation_network() -> None:
    statements = toy_statements({"A": ["x", "y", "z"], "B": ["w"]})
    statements["targets"] = ["b_gov;c_gov", "b_gov", "", " c_gov ;c_gov"]
    network = accusation_network(statements, {"a": "Actor A"}, {"b_gov": "B"})
    assert tuple(network.columns) == NETWORK_COLUMNS
    assert network.drop(columns="kind").values.tolist() == [
        ["a", "Actor A", "A", "b_gov", "b_gov", "B", 2],
        ["a", "Actor A", "A", "c_gov", "c_gov", "", 1],
        ["b", "b", "B", "c_gov", "c_gov", "", 1],
    ]


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("The ministry accused Kestran of shelling the town.", "accuse", "accusation"),
        ("She blamed Kestran for the attack.", "blame", "accusation"),
        ("The council condemned the shelling by Valdoria.", "condemn", "accusation"),
        ("It dismissed Arvel's claims as a lie.", "dismiss", "rebuttal"),
        ("Tavrin denied the allegations of Valdoria.", "deny", "rebuttal"),
        ("He said Valdoria's allegation was an absolute lie.", "say", "rebuttal"),
        ("They described this accusation as an absolute lie.", "describe", "rebuttal"),
        ("Russia called on Azerbaijan to stop.", "call on", "demand"),
        ("She urged the Northern Council to act.", "urge", "demand"),
        ("Azerbaijan demanded the withdrawal of Armenian forces.", "demand", "demand"),
        ("Baku announced deaths, and Baku accused armed groups of it.", "announce", "accusation"),
    ],
)
def test_statement_kind_separates_accusations_rebuttals_and_demands(
    text: str, cue: str, kind: str
) -> None:
    assert statement_kind(text, cue) == kind


def test_seed_network_kinds_and_targets() -> None:
    actors = load_actors(SEED_ACTORS)
    statements = extract_statements(load_article(SEED_ARTICLE), actors)
    network = accusation_network(
        statements, {a.id: a.name for a in actors}, {a.id: a.camp for a in actors}
    )
    edges = set(zip(network["source_actor"], network["target"], network["kind"], strict=True))
    assert edges == {
        ("az_gov", "arm_gov", "accusation"),  # the landmines: "Baku accused ..."
        ("az_mod", "arm_gov", "accusation"),  # the GPS jamming
        ("nk_armenians", "az_mod", "rebuttal"),  # "this accusation ... an absolute lie"
        ("russia", "az_gov", "demand"),
        ("russia", "arm_gov", "demand"),
    }
    rebuttal = network[network["kind"] == "rebuttal"].iloc[0]
    assert rebuttal["source_name"] == "Armenians in Nagorno-Karabakh"
    assert rebuttal["target_name"] == "Azerbaijani Ministry of Defense"
    assert rebuttal["target_camp"] == "Azerbaijan"


def test_accusation_network_on_seed_is_sorted() -> None:
    network = accusation_network(seed_statements())
    keys = list(
        zip(network["source_actor"], network["source_camp"], network["target"], strict=True)
    )
    assert keys == sorted(keys)
    assert ("russia", "Russia", "arm_gov") in keys and ("russia", "Russia", "az_gov") in keys
    assert network["n"].sum() == sum(len(t.split(";")) for t in seed_statements()["targets"] if t)


def test_accusation_network_needs_targets() -> None:
    with pytest.raises(InputError, match="targets"):
        accusation_network(pd.DataFrame({"actor": ["a"], "camp": ["A"]}))
