"""How alike the camps speak, and who accuses whom."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from narrative_compare.camps import require_columns
from narrative_compare.terms import TermSettings, count_terms, tfidf_matrix

#: Columns of :func:`accusation_network`.
NETWORK_COLUMNS: tuple[str, ...] = ("source_actor", "source_camp", "target", "n")

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
    groups, _, weights, _ = tfidf_matrix(count_terms(statements, settings), min_df)
    similarity = weights @ weights.T
    similarity = (similarity + similarity.T) / 2
    np.fill_diagonal(similarity, 1.0)
    similarity = np.clip(similarity, 0.0, 1.0)
    return pd.DataFrame(
        similarity,
        index=pd.Index(groups, name=settings.by),
        columns=pd.Index(groups),
    )


def accusation_network(statements: pd.DataFrame) -> pd.DataFrame:
    """Who aims accusations, demands or calls at whom, from the ``targets`` column.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table with ``actor``, ``camp`` and ``targets`` (``;``-joined
        actor ids, ``""`` if none).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`NETWORK_COLUMNS`, one row per (source actor, source
        camp, target) with the number ``n`` of statements, sorted by those
        three columns.

    Examples
    --------
    >>> table = pd.DataFrame({"actor": ["russia", "az_gov"], "camp": ["Russia", "Azerbaijan"],
    ...     "targets": ["az_gov;arm_gov", "arm_gov"]})
    >>> accusation_network(table).values.tolist()
    [['az_gov', 'Azerbaijan', 'arm_gov', 1], ['russia', 'Russia', 'arm_gov', 1], \
['russia', 'Russia', 'az_gov', 1]]
    """
    require_columns(statements, ("actor", "camp", "targets"))
    edges: Counter[tuple[str, str, str]] = Counter()
    for actor, camp, targets in zip(
        statements["actor"], statements["camp"], statements["targets"].fillna(""), strict=True
    ):
        named = {target.strip() for target in str(targets).split(";")} - {""}
        for target in named:
            edges[(str(actor), str(camp), target)] += 1
    rows = [(*key, n) for key, n in sorted(edges.items())]
    return pd.DataFrame(rows, columns=list(NETWORK_COLUMNS)).astype({"n": "int64"})
