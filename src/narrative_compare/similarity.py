"""How alike the camps speak, and who accuses, rebuts or calls on whom."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

import numpy as np
import pandas as pd

from narrative_compare.camps import require_columns
from narrative_compare.lexicon import cue_lemma, cue_spans, english, word_alternation
from narrative_compare.terms import TermCounts, TermSettings, count_terms, tfidf_matrix

#: Columns of :func:`accusation_network`: ids, display names and camps of
#: source and target, the kind of statement and the number of statements.
NETWORK_COLUMNS: tuple[str, ...] = (
    "source_actor",
    "source_name",
    "source_camp",
    "target",
    "target_name",
    "target_camp",
    "kind",
    "n",
)

#: Kinds of targeted statement, see :func:`statement_kind`.
KINDS: tuple[str, ...] = ("accusation", "rebuttal", "demand")

_KIND_CUES = (
    ("rebuttal", english.REBUTTAL_CUES),
    ("accusation", english.ACCUSATION_CUES),
    ("demand", english.DEMAND_CUES),
)
_CLAIM = re.compile(rf"\b{word_alternation(english.CLAIM_NOUNS)}\b", re.IGNORECASE)
_UNTRUE = re.compile(rf"\b{word_alternation(english.UNTRUE_WORDS)}\b", re.IGNORECASE)

#: Default settings of :func:`camp_similarity`: words alone, as longer n-grams
#: are rarely shared by different speakers.
SIMILARITY_SETTINGS = TermSettings(ngram_range=(1, 1))


def camp_similarity(
    statements: pd.DataFrame,
    settings: TermSettings | None = None,
    *,
    min_df: int | float = 1,
) -> pd.DataFrame:
    """Cosine similarity of the camps' TF-IDF vectors.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table.
    settings : TermSettings, optional
        Tokenisation, grouping and weights; default
        :data:`SIMILARITY_SETTINGS` (``TermSettings(ngram_range=(1, 1))``).
    min_df : int or float, default 1
        As in :func:`narrative_compare.terms.tfidf_terms`.

    Returns
    -------
    pandas.DataFrame
        Square, symmetric, index and columns the sorted group labels (index
        named after ``settings.by``), diagonal 1; a group without any term has
        similarity 0 to the others.

    Examples
    --------
    >>> table = pd.DataFrame({"text": ["Illegal siege.", "Illegal war.", "Peace."],
    ...     "actor": ["a", "b", "c"], "camp": ["A", "B", "C"], "mode": ["indirect"] * 3})
    >>> sim = camp_similarity(table)
    >>> float(sim.loc["A", "C"]), bool(sim.loc["A", "B"] == sim.loc["B", "A"] > 0)
    (0.0, True)
    """
    settings = SIMILARITY_SETTINGS if settings is None else settings
    return _cosine(count_terms(statements, settings), min_df)


def similarity_from_counts(counts: TermCounts, *, min_df: int | float = 1) -> pd.DataFrame:
    """Cosine similarity of the camps' TF-IDF vectors of single words, from term counts.

    Only the single words of ``counts`` are used, so the n-gram counts a
    corpus run accumulates (:func:`narrative_compare.corpus.aggregate_corpus`)
    give what :func:`camp_similarity` gives with ``ngram_range=(1, 1)`` on
    the whole statement table, without that table.

    Parameters
    ----------
    counts : TermCounts
        Weighted n-gram counts per group.
    min_df : int or float, default 1
        As in :func:`narrative_compare.terms.tfidf_terms`.

    Returns
    -------
    pandas.DataFrame
        As :func:`camp_similarity`.

    Examples
    --------
    >>> from narrative_compare.terms import TermSettings, count_terms
    >>> table = pd.DataFrame({"text": ["Illegal siege now.", "Illegal war.", "Peace."],
    ...     "actor": ["a", "b", "c"], "camp": ["A", "B", "C"], "mode": ["indirect"] * 3})
    >>> counts = count_terms(table, TermSettings(ngram_range=(1, 2)))
    >>> similarity_from_counts(counts).equals(camp_similarity(table))
    True
    """
    settings = replace(counts.settings, ngram_range=(1, 1), min_count=1)
    unigrams = TermCounts(
        settings,
        {
            group: Counter({term: n for term, n in counter.items() if " " not in term})
            for group, counter in counts.counts.items()
        },
    )
    return _cosine(unigrams, min_df)


def _cosine(counts: TermCounts, min_df: int | float) -> pd.DataFrame:
    """Cosine similarity of the groups' TF-IDF vectors of ``counts``."""
    groups, _, weights, _ = tfidf_matrix(counts, min_df)
    similarity = weights @ weights.T
    similarity = (similarity + similarity.T) / 2
    np.fill_diagonal(similarity, 1.0)
    similarity = np.clip(similarity, 0.0, 1.0)
    return pd.DataFrame(
        similarity,
        index=pd.Index(groups, name=counts.settings.by),
        columns=pd.Index(groups),
    )


def statement_kind(text: str, cue: str = "") -> str:
    """Whether a targeted statement accuses, rebuts or demands.

    The statement's cue and then the cues in its text are read in order: the
    first of :data:`~narrative_compare.lexicon.english.REBUTTAL_CUES`,
    ``ACCUSATION_CUES`` or ``DEMAND_CUES`` decides. Without one, a claim
    called untrue ("this accusation ... an absolute lie") is a rebuttal, and
    anything else an accusation.

    Parameters
    ----------
    text : str
        The statement.
    cue : str, default ""
        Its cue lemma.

    Returns
    -------
    str
        One of :data:`KINDS`.

    Examples
    --------
    >>> statement_kind("Russia called on Azerbaijan to stop.", "call on")
    'demand'
    >>> statement_kind("They described this accusation as an absolute lie.", "describe")
    'rebuttal'
    >>> statement_kind("Baku accused armed groups of planting them.", "announce")
    'accusation'
    """
    lemmas = [cue] + [cue_lemma(text[a:b]) for a, b in cue_spans(text)]
    for lemma in lemmas:
        for kind, cues in _KIND_CUES:
            if lemma in cues:
                return kind
    if _CLAIM.search(text) and _UNTRUE.search(text):
        return "rebuttal"
    return "accusation"


def accusation_network(
    statements: pd.DataFrame,
    names: Mapping[str, str] | None = None,
    camp_of: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Who aims accusations, rebuttals, demands or calls at whom, from ``targets``.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table with ``actor``, ``camp`` and ``targets`` (``;``-joined
        actor ids, ``""`` if none); ``text`` and ``cue`` give the
        :func:`statement_kind` (``accusation`` without them).
    names : mapping of actor id to name, optional
        Display names (e.g. ``{a.id: a.name for a in actors}``); an actor
        without one is shown by its id.
    camp_of : mapping of actor id to camp, optional
        Camps of targets that never speak; speakers' camps come from the table.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`NETWORK_COLUMNS`, one row per (source actor, source
        camp, target, kind) with the number ``n`` of statements, sorted by
        those columns.

    Examples
    --------
    >>> table = pd.DataFrame({"actor": ["russia", "az_gov"], "camp": ["Russia", "Azerbaijan"],
    ...     "targets": ["az_gov;arm_gov", "arm_gov"]})
    >>> network = accusation_network(table, {"az_gov": "Baku"})
    >>> network[["source_name", "target", "n"]].values.tolist()
    [['Baku', 'arm_gov', 1], ['russia', 'arm_gov', 1], ['russia', 'az_gov', 1]]
    """
    require_columns(statements, ("actor", "camp", "targets"))
    names = names or {}
    camps = dict(camp_of or {})
    camps.update(zip(statements["actor"].astype(str), statements["camp"].astype(str), strict=True))
    texts = _optional(statements, "text")
    cues = _optional(statements, "cue")
    edges: Counter[tuple[str, str, str, str]] = Counter()
    for actor, camp, targets, text, cue in zip(
        statements["actor"],
        statements["camp"],
        statements["targets"].fillna(""),
        texts,
        cues,
        strict=True,
    ):
        named = {target.strip() for target in str(targets).split(";")} - {""}
        if not named:
            continue
        kind = statement_kind(text, cue) if text else "accusation"
        for target in named:
            edges[(str(actor), str(camp), target, kind)] += 1
    rows = [
        (
            source,
            names.get(source, source),
            camp,
            target,
            names.get(target, target),
            camps.get(target, ""),
            kind,
            n,
        )
        for (source, camp, target, kind), n in sorted(edges.items())
    ]
    return pd.DataFrame(rows, columns=list(NETWORK_COLUMNS)).astype({"n": "int64"})


def _optional(statements: pd.DataFrame, column: str) -> list[str]:
    if column not in statements.columns:
        return [""] * len(statements)
    return statements[column].fillna("").astype(str).tolist()
