"""Tests of narrative_compare.terms."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import FrozenInstanceError, replace

import numpy as np
import pandas as pd
import pytest
from framing_fixtures import seed_statements, toy_statements
from sklearn.feature_extraction.text import TfidfVectorizer

from narrative_compare.camps import camp_documents
from narrative_compare.schema import TERM_COLUMNS
from narrative_compare.similarity import SIMILARITY_SETTINGS, camp_similarity
from narrative_compare.terms import (
    LOG_ODDS_EXTRA_COLUMNS,
    TOKEN_PATTERN,
    TermCounts,
    TermSettings,
    count_terms,
    distinctive_terms,
    log_odds_from_counts,
    log_odds_terms,
    make_analyzer,
    tfidf_from_counts,
    tfidf_matrix,
    tfidf_terms,
)

# Two groups, three words. A: war x3, peace x1; B: war x1, peace x1, truce x2.
HAND_COUNTS = {"A": {"war": 3, "peace": 1}, "B": {"war": 1, "peace": 1, "truce": 2}}
HAND_TEXTS = {"A": ["war war war peace"], "B": ["war peace truce truce"]}
WORDS = TermSettings(ngram_range=(1, 1))
ALL_WORDS = TermSettings(ngram_range=(1, 1), stop_words=None)


def _z(y_i: float, n_i: float, y_j: float, n_j: float, a: float, a0: float) -> float:
    """Monroe et al. (2008) eq. 22, written out independently of the module."""
    delta = math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a))
    return delta / math.sqrt(1 / (y_i + a) + 1 / (y_j + a))


def _score(table: pd.DataFrame, camp: str, term: str) -> float:
    row = table[(table["camp"] == camp) & (table["term"] == term)]
    assert len(row) == 1, (camp, term)
    return float(row["score"].iloc[0])


def test_log_odds_matches_hand_computation() -> None:
    # n_A = 4, n_B = 4, corpus: war 4, peace 2, truce 2 (n = 8).
    # alpha0 = 4: a_war = 4 * 4/8 = 2, a_peace = 1, a_truce = 1, a0 = 4.
    table = log_odds_from_counts(HAND_COUNTS, alpha0=4.0, top=None)
    # A, war: log(5/3) - log(3/5) over sqrt(1/5 + 1/3)
    assert _score(table, "A", "war") == pytest.approx(
        2 * math.log(5 / 3) / math.sqrt(1 / 5 + 1 / 3), abs=1e-9
    )
    assert _score(table, "A", "war") == pytest.approx(_z(3, 4, 1, 4, 2, 4), abs=1e-9)
    # A, peace: y_i = y_j = 1, n_i = n_j: delta = 0
    assert _score(table, "A", "peace") == pytest.approx(0.0, abs=1e-9)
    # B, truce: log(3/(4+4-2-1)) - log(1/(4+4-0-1)) = log(3/5) - log(1/7)
    assert _score(table, "B", "truce") == pytest.approx(
        (math.log(3 / 5) - math.log(1 / 7)) / math.sqrt(1 / 3 + 1 / 1), abs=1e-9
    )
    # B, war is the mirror image of A, war
    assert _score(table, "B", "war") == pytest.approx(-_score(table, "A", "war"), abs=1e-9)


def test_log_odds_with_explicit_prior() -> None:
    prior = {"war": 0.5, "peace": 0.5, "truce": 1.0}  # a0 = 2
    table = log_odds_from_counts(HAND_COUNTS, prior=prior, top=None)
    # B, truce: y_i=2, n_i=4, y_j=0, n_j=4, a=1, a0=2
    expected = (math.log(3 / (4 + 2 - 2 - 1)) - math.log(1 / (4 + 2 - 0 - 1))) / math.sqrt(
        1 / 3 + 1 / 1
    )
    assert _score(table, "B", "truce") == pytest.approx(expected, abs=1e-9)
    with pytest.raises(ValueError):
        log_odds_from_counts(HAND_COUNTS, prior={"war": 1.0})


def test_log_odds_default_prior_is_corpus_counts() -> None:
    table = log_odds_from_counts(HAND_COUNTS, top=None)
    # alpha0 = n = 8, so a_w is the corpus count: a_war = 4, a0 = 8
    assert _score(table, "A", "war") == pytest.approx(_z(3, 4, 1, 4, 4, 8), abs=1e-9)


def test_log_odds_terms_from_statements_and_columns() -> None:
    statements = toy_statements(HAND_TEXTS)
    table = log_odds_terms(statements, ALL_WORDS, alpha0=4.0, top=None)
    assert tuple(table.columns) == TERM_COLUMNS + LOG_ODDS_EXTRA_COLUMNS
    assert set(table["method"]) == {"log-odds"}
    assert _score(table, "A", "war") == pytest.approx(_z(3, 4, 1, 4, 2, 4), abs=1e-9)
    row = table[(table["camp"] == "B") & (table["term"] == "truce")].iloc[0]
    assert row["count"] == 2
    assert row["freq_in_camp"] == pytest.approx(2 / 4)
    assert row["freq_elsewhere"] == pytest.approx(0.0)
    # only terms a camp uses are listed: A never says truce
    assert not ((table["camp"] == "A") & (table["term"] == "truce")).any()


def test_sorted_by_camp_score_then_term() -> None:
    table = log_odds_terms(seed_statements(), top=None)
    keys = list(zip(table["camp"], -table["score"], table["term"], strict=True))
    assert keys == sorted(keys)


def test_top_limits_rows_per_camp() -> None:
    table = tfidf_terms(seed_statements(), top=3)
    assert table.groupby("camp").size().max() == 3


def test_tfidf_equals_vectorizer_over_camp_documents() -> None:
    statements = seed_statements()
    ours = tfidf_terms(statements, WORDS, top=None)
    docs = camp_documents(statements)
    vectorizer = TfidfVectorizer(token_pattern=TOKEN_PATTERN, stop_words="english")
    weights = vectorizer.fit_transform(docs["text"]).toarray()
    vocab = vectorizer.get_feature_names_out()
    expected = {
        (group, vocab[j]): weights[i, j]
        for i, group in enumerate(docs["group"])
        for j in np.flatnonzero(weights[i])
    }
    got = {(c, t): s for c, t, s in zip(ours["camp"], ours["term"], ours["score"], strict=True)}
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == pytest.approx(value, abs=1e-12)


def test_counts_path_agrees_with_direct_path() -> None:
    statements = seed_statements()
    first, second = statements.iloc[:10], statements.iloc[10:]
    merged = TermCounts().add(first).merge(TermCounts().add(second))
    pd.testing.assert_frame_equal(tfidf_from_counts(merged, top=20), tfidf_terms(statements))
    pd.testing.assert_frame_equal(log_odds_from_counts(merged), log_odds_terms(statements))


def test_merge_rejects_different_settings() -> None:
    with pytest.raises(ValueError):
        TermCounts(WORDS).merge(TermCounts(TermSettings(ngram_range=(1, 2))))


def test_merge_does_not_modify_inputs() -> None:
    statements = toy_statements(HAND_TEXTS)
    left = TermCounts(WORDS).add(statements)
    before = {group: dict(counter) for group, counter in left.counts.items()}
    left.merge(left)
    assert {group: dict(counter) for group, counter in left.counts.items()} == before


def test_ngrams_do_not_cross_statements() -> None:
    statements = toy_statements({"A": ["alpha beta.", "gamma delta."], "B": ["epsilon"]})
    bigrams = TermSettings(ngram_range=(2, 2), stop_words=None)
    terms = set(tfidf_terms(statements, bigrams, top=None)["term"])
    assert "alpha beta" in terms and "gamma delta" in terms
    assert "beta gamma" not in terms


def test_repeat_weights_scale_counts() -> None:
    statements = toy_statements({"A": ["siege siege"], "B": ["siege"]}, mode="direct")
    statements.loc[1, "mode"] = "indirect"
    table = tfidf_terms(statements, replace(ALL_WORDS, direct_weight=3, reported_weight=0))
    counts = dict(zip(table["camp"], table["count"], strict=True))
    assert counts == {"A": 6}
    assert table["count"].dtype == np.int64
    halves = tfidf_terms(statements, replace(ALL_WORDS, direct_weight=0.5))
    assert halves.loc[halves["camp"] == "A", "count"].iloc[0] == pytest.approx(1.0)


def test_min_df_counts_camps() -> None:
    statements = toy_statements({"A": ["shared alpha"], "B": ["shared beta"]})
    table = tfidf_terms(statements, ALL_WORDS, min_df=2, top=None)
    assert set(table["term"]) == {"shared"}


def test_hyphenated_words_are_kept() -> None:
    statements = toy_statements({"A": ["anti-terrorism operations"], "B": ["Baku’s siege"]})
    terms = set(tfidf_terms(statements, WORDS, top=None)["term"])
    assert terms == {"anti-terrorism", "operations", "baku", "siege"}


def test_distinctive_terms_dispatch() -> None:
    statements = toy_statements(HAND_TEXTS)
    pd.testing.assert_frame_equal(
        distinctive_terms(statements, "tfidf", top=2, settings=ALL_WORDS),
        tfidf_terms(statements, ALL_WORDS, top=2),
    )
    pd.testing.assert_frame_equal(
        distinctive_terms(statements, "log-odds", top=2, settings=ALL_WORDS, alpha0=4.0),
        log_odds_terms(statements, ALL_WORDS, top=2, alpha0=4.0),
    )
    with pytest.raises(ValueError, match="unknown method"):
        distinctive_terms(statements, "chi2")


def test_empty_and_single_group_inputs() -> None:
    empty = toy_statements({})
    assert tuple(tfidf_terms(empty).columns) == TERM_COLUMNS
    assert tfidf_terms(empty).empty and log_odds_terms(empty).empty
    single = toy_statements({"A": ["war and peace"]})
    assert log_odds_terms(single).empty
    assert not tfidf_terms(single).empty


# --- TermSettings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"ngram_range": (0, 1)}, "ngram_range must be two positive integers"),
        ({"ngram_range": (2, 1)}, "low <= high, not \\(2, 1\\)"),
        ({"ngram_range": (1,)}, "ngram_range"),
        ({"ngram_range": (1, 2, 3)}, "ngram_range"),
        ({"ngram_range": (1.0, 2.0)}, "ngram_range"),
        ({"ngram_range": None}, "ngram_range"),
        ({"stop_words": "french"}, "stop_words must be 'english'.*not 'french'"),
        ({"by": "outlet"}, "by must be one of camp, actor, not 'outlet'"),
        ({"direct_weight": -1.0}, "weights must not be negative, not direct_weight=-1.0"),
        ({"reported_weight": float("nan")}, "reported_weight=nan"),
    ],
)
def test_settings_refuse_bad_values(options: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TermSettings(**options)


def test_settings_are_frozen_hashable_and_normalised() -> None:
    settings = TermSettings(ngram_range=[1, 2], stop_words=["siege", "of", "siege"])
    assert settings.ngram_range == (1, 2) and settings.stop_words == ("of", "siege")
    same = TermSettings(ngram_range=(1, 2), stop_words=("of", "siege"))
    assert settings == same and hash(settings) == hash(same)
    with pytest.raises(FrozenInstanceError):
        settings.by = "actor"  # type: ignore[misc]
    assert TermCounts().settings == TermSettings()
    assert TermCounts().counts is not TermCounts().counts


def test_list_stop_words_count_like_the_same_tuple() -> None:
    statements = toy_statements(HAND_TEXTS)
    listed = count_terms(statements, TermSettings(stop_words=["war"])).counts
    assert listed == count_terms(statements, TermSettings(stop_words=("war",))).counts
    assert "war" not in listed["A"] and listed["A"]["peace"] == 1


@pytest.mark.parametrize(
    "settings",
    [
        TermSettings(),
        TermSettings(ngram_range=(1, 2), stop_words=None, direct_weight=2.0, reported_weight=0.5),
        TermSettings(ngram_range=(1, 1), by="actor", include_narration=False),
    ],
    ids=["default", "weighted bigrams", "actors without narration"],
)
def test_one_settings_value_counts_alike_everywhere(settings: TermSettings) -> None:
    statements = seed_statements()
    counts = count_terms(statements, settings)
    expected = {(g, t): n for g, counter in counts.counts.items() for t, n in counter.items()}
    for table in (
        tfidf_terms(statements, settings, top=None),
        log_odds_terms(statements, settings, top=None),
    ):
        got = zip(table["camp"], table["term"], table["count"], strict=True)
        assert {(g, t): n for g, t, n in got} == expected
    groups, _, weights, _ = tfidf_matrix(counts)
    similarity = camp_similarity(statements, settings)
    assert list(similarity.index) == groups and similarity.index.name == settings.by
    assert np.allclose(similarity.to_numpy(), np.clip(weights @ weights.T, 0, 1))
    documents = camp_documents(statements, settings)
    assert list(documents["group"]) == groups


def test_camp_documents_hold_the_counted_words() -> None:
    # Unit weights and single words: a camp's document has its counts.
    settings = TermSettings(ngram_range=(1, 1), by="actor", include_narration=False)
    documents = camp_documents(seed_statements(), settings)
    analyzer = make_analyzer(settings.ngram_range, settings.stop_words)
    texts = zip(documents["group"], documents["text"], strict=True)
    words = {group: Counter(analyzer(text)) for group, text in texts}
    assert words == count_terms(seed_statements(), settings).counts


def test_defaults_are_the_default_settings() -> None:
    statements = seed_statements()
    pd.testing.assert_frame_equal(tfidf_terms(statements), tfidf_terms(statements, TermSettings()))
    pd.testing.assert_frame_equal(
        log_odds_terms(statements), log_odds_terms(statements, TermSettings())
    )
    pd.testing.assert_frame_equal(
        camp_documents(statements), camp_documents(statements, TermSettings())
    )
    pd.testing.assert_frame_equal(
        camp_similarity(statements), camp_similarity(statements, SIMILARITY_SETTINGS)
    )
    assert SIMILARITY_SETTINGS == TermSettings(ngram_range=(1, 1))
