"""Tests of narrative_compare.terms."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from framing_fixtures import seed_statements, toy_statements
from sklearn.feature_extraction.text import TfidfVectorizer

from narrative_compare.actors import ActorTable, load_actors
from narrative_compare.camps import camp_documents
from narrative_compare.lexicon import CUE_FORMS
from narrative_compare.loading import load_article
from narrative_compare.schema import TERM_COLUMNS
from narrative_compare.similarity import SIMILARITY_SETTINGS, camp_similarity
from narrative_compare.statements import extract_statements
from narrative_compare.terms import (
    COUNTS_COLUMN,
    EXAMPLE_COLUMNS,
    LOG_ODDS_EXTRA_COLUMNS,
    METHODS,
    TOKEN_PATTERN,
    Z_SIGNIFICANT,
    TermCounts,
    TermSettings,
    actor_names,
    add_examples,
    count_terms,
    distinctive_terms,
    keyword_in_context,
    log_odds_from_counts,
    log_odds_terms,
    make_analyzer,
    statement_pieces,
    tfidf_from_counts,
    tfidf_matrix,
    tfidf_terms,
)

# Two groups, three words. A: war x3, peace x1; B: war x1, peace x1, truce x2.
HAND_COUNTS = {"A": {"war": 3, "peace": 1}, "B": {"war": 1, "peace": 1, "truce": 2}}
HAND_TEXTS = {"A": ["war war war peace"], "B": ["war peace truce truce"]}
WORDS = TermSettings(ngram_range=(1, 1))
ALL_WORDS = TermSettings(ngram_range=(1, 1), stop_words=None)
# Every word of the text, speaker words too: what a vectoriser over the camp documents counts.
RAW_WORDS = TermSettings(ngram_range=(1, 1), keep_speaker_words=True)


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
    assert tuple(table.columns) == (*TERM_COLUMNS, COUNTS_COLUMN, *LOG_ODDS_EXTRA_COLUMNS)
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
    ours = tfidf_terms(statements, RAW_WORDS, top=None)
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
    assert tuple(tfidf_terms(empty).columns) == (*TERM_COLUMNS, COUNTS_COLUMN)
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
    every_ngram = replace(settings, distinct_phrases=False)
    for table in (
        tfidf_terms(statements, every_ngram, top=None),
        log_odds_terms(statements, every_ngram, top=None),
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
    settings = TermSettings(
        ngram_range=(1, 1), by="actor", include_narration=False, keep_speaker_words=True
    )
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


# --- what is counted: framing, not who speaks (issue 14) ------------------------------

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _real_statements(path: Path, actors_path: Path) -> tuple[pd.DataFrame, ActorTable]:
    """Statements of an article or a folder of them, as the pipeline extracts them."""
    actors = load_actors(actors_path)
    paths = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    tables = []
    for article in paths:
        table = extract_statements(load_article(article), actors)
        table.insert(0, "article", article.name)
        tables.append(table)
    return pd.concat(tables, ignore_index=True), actors


REAL_SETS = {
    "seed": (
        SEEDS / "azerbaijan_karabakh_offensive_2023.txt",
        SEEDS / "azerbaijan_karabakh_offensive_2023.actors.yml",
    ),
    "multi_source": (SEEDS / "multi_source", SEEDS / "multi_source" / "actors.yml"),
}


@pytest.mark.parametrize("name", REAL_SETS)
@pytest.mark.parametrize("method", METHODS)
def test_no_top_term_names_the_speaker(name: str, method: str) -> None:
    statements, actors = _real_statements(*REAL_SETS[name])
    settings = TermSettings(names=actor_names(actors))
    words = make_analyzer((1, 1))
    names = {" ".join(words(n)) for n in actor_names(actors)}
    terms = distinctive_terms(statements, method, 15, settings=settings)
    assert not terms.empty
    for camp, listed in terms.groupby("camp"):
        own = statements[statements["camp"] == camp]
        spans = own["speaker"].fillna("")
        # Words of the camp's speaker spans that the camp never says elsewhere.
        spoken = Counter(w for text in own["text"] for w in words(text))
        named = Counter(w for span in spans for w in words(span))
        speaker_only = {w for w in named if spoken[w] <= named[w]}
        full_spans = {" ".join(words(span)) for span in spans}
        for term in listed["term"]:
            assert term not in names, (camp, term)
            assert term not in full_spans, (camp, term)
            assert term not in CUE_FORMS, (camp, term)
            assert not set(term.split()) <= speaker_only, (camp, term)


def test_speaker_words_are_kept_on_request() -> None:
    statements, actors = _real_statements(*REAL_SETS["seed"])
    cut = count_terms(statements, TermSettings(names=actor_names(actors))).counts
    kept = count_terms(statements, TermSettings(keep_speaker_words=True)).counts
    assert "accused" not in cut["Azerbaijan"] and kept["Azerbaijan"]["accused"] == 2
    assert "baku" not in cut["Azerbaijan"] and kept["Azerbaijan"]["baku"] >= 1
    assert "committee" not in cut["ICRC"] and kept["ICRC"]["committee"] >= 1
    # The names cut the Armenian phrase where Baku's name stood.
    assert cut["Armenia"]["illegal siege"] == 1
    assert "baku illegal siege" in kept["Armenia"]


def test_statement_pieces_cut_speaker_cue_names_and_punctuation() -> None:
    table = pd.DataFrame(
        {
            "text": ["Ms Ode, a spokeswoman, said Baku’s “illegal siege” must end, they said."],
            "speaker": ["Ms Ode, a spokeswoman"],
            "cue": ["say"],
            "actor": ["x"],
            "camp": ["A"],
        }
    )
    pieces = statement_pieces(table, TermSettings(names=("Baku",)))
    assert [p.strip() for p in pieces[0]] == ["illegal siege", "must end"]
    kept = statement_pieces(table, TermSettings(names=("Baku",), keep_speaker_words=True))
    assert "Baku" in "".join(kept[0]) and "said" in "".join(kept[0])


def test_discovered_speaker_name_is_cut_from_its_statements() -> None:
    table = pd.DataFrame(
        {
            "text": ["Lina Morrow said Lina Morrow would strike."],
            "speaker": ["Lina Morrow"],
            "cue": ["say"],
            "actor": ["Lina Morrow"],
            "camp": ["unassigned"],
            "mode": ["indirect"],
        }
    )
    assert dict(count_terms(table, WORDS).counts["unassigned"]) == {"strike": 1}


@pytest.mark.parametrize("name", REAL_SETS)
@pytest.mark.parametrize("method", METHODS)
def test_no_list_holds_a_phrase_and_a_part_with_the_same_count(name: str, method: str) -> None:
    statements, actors = _real_statements(*REAL_SETS[name])
    terms = distinctive_terms(statements, method, None, settings=TermSettings())
    for camp, listed in terms.groupby("camp"):
        count = dict(zip(listed["term"], listed["count"], strict=True))
        for term, n in count.items():
            words = term.split()
            parts = {
                " ".join(words[i : i + k]) for k in range(1, len(words)) for i in range(len(words))
            }
            for part in parts & set(count):
                assert count[part] != n, (camp, term, part)


def test_distinct_phrases_keep_a_part_used_on_its_own() -> None:
    counts = {"A": {"absolute": 2, "lie": 1, "absolute lie": 1}, "B": {"lie": 3}}
    table = log_odds_from_counts(counts, top=None)
    assert set(table.loc[table["camp"] == "A", "term"]) == {"absolute", "absolute lie"}
    every = TermCounts(
        TermSettings(distinct_phrases=False), {g: Counter(c) for g, c in counts.items()}
    )
    assert len(log_odds_from_counts(every, top=None).query("camp == 'A'")) == 3


def test_min_count_leaves_out_rare_terms() -> None:
    counts = {"A": {"siege": 2, "lie": 1}, "B": {"siege": 1, "truce": 1}}
    two = TermCounts(TermSettings(min_count=2), {g: Counter(c) for g, c in counts.items()})
    assert set(log_odds_from_counts(two, top=None)["term"]) == {"siege"}
    assert set(tfidf_from_counts(two, top=None)["term"]) == {"siege"}
    with pytest.raises(ValueError, match="min_count"):
        TermSettings(min_count=0)


# --- significance ------------------------------------------------------------------


def _draws(rng: np.random.Generator, vocabulary: list[str], p: np.ndarray, n: int) -> str:
    return " ".join(rng.choice(vocabulary, size=n, p=p))


def test_calibration_same_distribution_rarely_significant() -> None:
    rng = np.random.default_rng(14)
    vocabulary = [f"word{i:03d}" for i in range(300)]
    p = 1 / np.arange(1, 301)
    p /= p.sum()
    statements = toy_statements(
        {camp: [_draws(rng, vocabulary, p, 60) for _ in range(50)] for camp in ("A", "B")}
    )
    table = log_odds_terms(statements, ALL_WORDS, top=None)
    assert len(table) > 300
    assert table["significant"].mean() < 0.05
    assert table["significant"].equals(table["score"].abs() >= Z_SIGNIFICANT)


def test_planted_words_are_exactly_the_significant_ones() -> None:
    rng = np.random.default_rng(14)
    filler = [f"word{i:02d}" for i in range(40)]
    shared = [_draws(rng, filler, np.full(40, 1 / 40), 80) for _ in range(30)]
    texts = {
        camp: [f"{text} {planted}" for text in rng.permutation(shared)]
        for camp, planted in (("A", "harassment"), ("B", "blockade"))
    }
    table = log_odds_terms(toy_statements(texts), WORDS, top=None)
    significant = table[table["significant"]]
    assert sorted(zip(significant["camp"], significant["term"], strict=True)) == [
        ("A", "harassment"),
        ("B", "blockade"),
    ]


def test_seed_armenia_and_azerbaijan_are_too_thin_to_be_significant() -> None:
    # The closing note of issue 14: the phrases are found as distinct
    # phrases, but one article gives them a single use each, |z| < 1.96.
    statements, actors = _real_statements(*REAL_SETS["seed"])
    table = log_odds_terms(statements, TermSettings(names=actor_names(actors)), top=None)
    armenia = table[table["camp"] == "Armenia"].set_index("term")
    azerbaijan = table[table["camp"] == "Azerbaijan"].set_index("term")
    assert {"absolute lie", "illegal siege"} <= set(armenia.index)
    assert {"anti-terrorism operations", "armenian armed groups"} <= set(azerbaijan.index)
    assert not table.loc[table["camp"].isin(["Armenia", "Azerbaijan"]), "significant"].any()
    assert 0 < armenia.loc["absolute lie", "score"] < Z_SIGNIFICANT


# --- evidence ----------------------------------------------------------------------


def test_every_term_row_has_an_example_and_counts_per_camp() -> None:
    statements, actors = _real_statements(*REAL_SETS["seed"])
    settings = TermSettings(names=actor_names(actors))
    terms = add_examples(log_odds_terms(statements, settings, top=5), statements, settings)
    assert tuple(terms.columns[-2:]) == EXAMPLE_COLUMNS
    row = terms[(terms["camp"] == "Armenia") & (terms["term"] == "absolute lie")].iloc[0]
    assert row["example_id"] == "azerbaijan_karabakh_offensive_2023.txt:21"
    assert "[absolute lie]" in row["example"] and len(row["example"]) < 120
    assert row[COUNTS_COLUMN].startswith("Armenia=1; Azerbaijan=0;")
    assert (terms["example_id"] != "").all()
    for term, example in zip(terms["term"], terms["example"], strict=True):
        inside = example[example.index("[") + 1 : example.index("]")]
        assert make_analyzer()(inside)[-1] == term, (term, example)


def test_keyword_in_context_without_the_term() -> None:
    assert keyword_in_context("short text", "absent") == "short text"


@pytest.mark.parametrize("weights", [(1.0, 1.0), (0.5, 0.75), (3.0, 1.0)])
@pytest.mark.parametrize("min_count", [1, 2, 3])
def test_without_rare_phrases_gives_the_same_tables(weights, min_count) -> None:

    statements, actors = _real_statements(*REAL_SETS["multi_source"])
    direct, reported = weights
    settings = TermSettings(
        names=actor_names(actors),
        min_count=min_count,
        direct_weight=direct,
        reported_weight=reported,
    )
    counts = TermCounts(settings).add(statements)
    before = {g: Counter(c) for g, c in counts.counts.items()}
    pruned = counts.without_rare_phrases()
    assert {g: Counter(c) for g, c in counts.counts.items()} == before  # self unchanged
    assert sorted(pruned.counts) == sorted(counts.counts)
    entries = sum(map(len, counts.counts.values()))
    if min_count > 1:
        assert sum(map(len, pruned.counts.values())) < entries / 2
    _assert_same_tables(pruned, counts)


def _assert_same_tables(counts: TermCounts, expected: TermCounts) -> None:
    """TF-IDF, log-odds (top 15 and all) and similarity equal from both counts."""
    from narrative_compare.similarity import similarity_from_counts
    from narrative_compare.terms import tfidf_from_counts

    for top in (15, None):
        pd.testing.assert_frame_equal(
            tfidf_from_counts(counts, top=top), tfidf_from_counts(expected, top=top)
        )
        pd.testing.assert_frame_equal(
            log_odds_from_counts(counts, top=top), log_odds_from_counts(expected, top=top)
        )
    pd.testing.assert_frame_equal(similarity_from_counts(counts), similarity_from_counts(expected))


def _batches(table: pd.DataFrame, size: int) -> list[pd.DataFrame]:
    return [table.iloc[i : i + size] for i in range(0, len(table), size)]


@pytest.mark.parametrize("weights", [(1.0, 1.0), (3.0, 2.0), (0.5, 1.0)])
@pytest.mark.parametrize("min_count", [1, 2, 3])
@pytest.mark.parametrize("max_entries", [1, 40, 10**9])
def test_spilled_counts_equal_the_in_memory_ones(weights, min_count, max_entries, tmp_path):
    from narrative_compare.terms import SpillingTermCounts

    statements, actors = _real_statements(*REAL_SETS["multi_source"])
    direct, reported = weights
    settings = TermSettings(
        names=actor_names(actors),
        min_count=min_count,
        direct_weight=direct,
        reported_weight=reported,
    )
    expected = TermCounts(settings).add(statements).without_rare_phrases()
    with SpillingTermCounts(settings, max_entries=max_entries, directory=tmp_path) as spilled:
        for batch in _batches(statements, 9):
            spilled.add(batch)
        whole = float(direct).is_integer() and float(reported).is_integer()
        assert (spilled.runs > 1) == (whole and max_entries < 10**9)
        kept = spilled.without_rare_phrases()
        assert kept.without_rare_phrases().counts == kept.counts
    assert list(tmp_path.iterdir()) == []  # the runs are removed on close
    assert type(kept) is TermCounts and kept.settings == settings
    assert list(kept.counts) == list(expected.counts)  # same groups, same order
    assert kept.counts == expected.counts
    _assert_same_tables(kept, expected)


def test_spilling_empties_memory_and_refuses_what_it_cannot_do_exactly(tmp_path):
    from narrative_compare.terms import SpillingTermCounts

    table = pd.DataFrame(
        {
            "text": ["An illegal armed siege.", "The brutal illegal siege went on."],
            "actor": ["a", "b"],
            "camp": ["A", "B"],
            "mode": ["indirect", "direct"],
        }
    )
    with SpillingTermCounts(TermSettings(min_count=2), max_entries=10**9) as counts:
        counts.add(table)
        before = {g: Counter(c) for g, c in counts.counts.items()}
        counts.spill()
        assert counts.runs == 1
        assert counts.counts == {"A": Counter(), "B": Counter()}  # every group stays
        assert (
            counts.without_rare_phrases().counts
            == TermCounts(TermSettings(min_count=2), before).without_rare_phrases().counts
        )
        with pytest.raises(ValueError, match="not merged"):
            counts.merge(TermCounts(TermSettings(min_count=2)))
    assert counts.runs == 0
    fractional = SpillingTermCounts(TermSettings(reported_weight=0.5), directory=tmp_path)
    with pytest.raises(ValueError, match="whole-number weights"):
        fractional.spill()
    for bad in (0, -1, 2.5, True):
        with pytest.raises(ValueError, match="max_entries must be a positive integer"):
            SpillingTermCounts(max_entries=bad)
