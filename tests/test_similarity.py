"""Tests of narrative_compare.similarity."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from framing_fixtures import seed_statements, toy_statements
from sklearn.feature_extraction.text import TfidfVectorizer

from narrative_compare.camps import camp_documents
from narrative_compare.errors import InputError
from narrative_compare.similarity import NETWORK_COLUMNS, accusation_network, camp_similarity
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


def test_accusation_network() -> None:
    statements = toy_statements({"A": ["x", "y", "z"], "B": ["w"]})
    statements["targets"] = ["b_gov;c_gov", "b_gov", "", " c_gov ;c_gov"]
    network = accusation_network(statements)
    assert tuple(network.columns) == NETWORK_COLUMNS
    assert network.values.tolist() == [
        ["a", "A", "b_gov", 2],
        ["a", "A", "c_gov", 1],
        ["b", "B", "c_gov", 1],
    ]


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
