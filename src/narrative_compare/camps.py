"""Group statements into one document per camp (or per actor).

The framing comparison treats everything a camp says as one document. Each
statement also carries a *repeat weight* so direct speech and reported speech
can count more or less: term counting multiplies a statement's n-gram counts by
its weight before adding them to its group (weight 2 counts a statement as if
it appeared twice, 0.5 as half, 0 drops it). Narration always has weight 1; it
is its own group, ``"Narrator"``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from narrative_compare.errors import InputError
from narrative_compare.schema import NARRATOR_ACTOR, NARRATOR_CAMP

if TYPE_CHECKING:  # terms imports this module; at run time TermSettings is imported on use
    from narrative_compare.terms import TermSettings

#: Columns of :func:`camp_documents`.
DOCUMENT_COLUMNS: tuple[str, ...] = (
    "group",
    "text",
    "n_statements",
    "n_direct",
    "n_reported",
    "n_narration",
    "weight",
)

#: Values accepted by the ``by`` argument.
GROUP_BY: tuple[str, ...] = ("camp", "actor")


def require_columns(statements: pd.DataFrame, columns: Iterable[str]) -> None:
    """Raise if the statement table lacks any of ``columns``.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table.
    columns : iterable of str
        Needed columns.

    Raises
    ------
    InputError
        Naming the missing columns, e.g. ``"statement table lacks columns: camp"``.

    Examples
    --------
    >>> require_columns(pd.DataFrame({"text": []}), ["text"])
    """
    missing = [column for column in columns if column not in statements.columns]
    if missing:
        raise InputError(None, f"statement table lacks columns: {', '.join(missing)}")


def is_narration(statements: pd.DataFrame) -> pd.Series:
    """Flag narration rows (mode ``narration``, or the narrator actor or camp).

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table with ``mode``, ``actor`` and ``camp``.

    Returns
    -------
    pandas.Series of bool
        Aligned with ``statements``.

    Examples
    --------
    >>> is_narration(pd.DataFrame({"mode": ["narration", "direct"],
    ...     "actor": ["narrator", "x"], "camp": ["Narrator", "A"]})).tolist()
    [True, False]
    """
    require_columns(statements, ("mode", "actor", "camp"))
    return (
        (statements["mode"] == "narration")
        | (statements["actor"] == NARRATOR_ACTOR)
        | (statements["camp"] == NARRATOR_CAMP)
    )


def statement_groups(statements: pd.DataFrame, by: str = "camp") -> pd.Series:
    """Group label of every statement: its camp or actor, ``"Narrator"`` for narration.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table.
    by : {"camp", "actor"}, default "camp"
        Column naming the group.

    Returns
    -------
    pandas.Series of str
        Aligned with ``statements``.

    Raises
    ------
    ValueError
        If ``by`` is not ``"camp"`` or ``"actor"``.

    Examples
    --------
    >>> statement_groups(pd.DataFrame({"mode": ["narration", "direct"],
    ...     "actor": ["narrator", "az_mod"], "camp": ["Narrator", "Azerbaijan"]}),
    ...     by="actor").tolist()
    ['Narrator', 'az_mod']
    """
    if by not in GROUP_BY:
        raise ValueError(f"by must be one of {', '.join(GROUP_BY)}, not {by!r}")
    require_columns(statements, (by,))
    groups = statements[by].fillna("").astype(str)
    return groups.mask(is_narration(statements), NARRATOR_CAMP)


def statement_weights(
    statements: pd.DataFrame, direct_weight: float = 1.0, reported_weight: float = 1.0
) -> pd.Series:
    """Repeat weight of every statement.

    ``direct`` statements get ``direct_weight``; ``indirect`` and ``mixed``
    (reported speech) get ``reported_weight``; narration gets 1.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table with ``mode``.
    direct_weight, reported_weight : float, default 1.0
        Non-negative weights.

    Returns
    -------
    pandas.Series of float
        Aligned with ``statements``.

    Raises
    ------
    ValueError
        If a weight is negative.

    Examples
    --------
    >>> statement_weights(pd.DataFrame({"mode": ["direct", "mixed", "narration"]}),
    ...     direct_weight=2.0, reported_weight=0.5).tolist()
    [2.0, 0.5, 1.0]
    """
    if direct_weight < 0 or reported_weight < 0:
        raise ValueError("weights must not be negative")
    require_columns(statements, ("mode",))
    weights = pd.Series(1.0, index=statements.index, dtype=float)
    weights[statements["mode"] == "direct"] = float(direct_weight)
    weights[statements["mode"].isin(("indirect", "mixed"))] = float(reported_weight)
    return weights


def select_statements(statements: pd.DataFrame, include_narration: bool = True) -> pd.DataFrame:
    """Drop narration rows unless ``include_narration``.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table.
    include_narration : bool, default True
        Keep narration.

    Returns
    -------
    pandas.DataFrame
        The kept rows, in input order (the input is not modified).

    Examples
    --------
    >>> select_statements(pd.DataFrame({"mode": ["narration", "direct"],
    ...     "actor": ["narrator", "x"], "camp": ["Narrator", "A"]}), False)["actor"].tolist()
    ['x']
    """
    if include_narration:
        return statements
    return statements[~is_narration(statements)]


def camp_documents(statements: pd.DataFrame, settings: TermSettings | None = None) -> pd.DataFrame:
    """Concatenate the statements of each camp (or actor) into one document.

    Parameters
    ----------
    statements : pandas.DataFrame
        Statement table (:data:`narrative_compare.schema.STATEMENT_COLUMNS`).
    settings : narrative_compare.terms.TermSettings, optional
        Default ``TermSettings()``. Its ``by`` groups by camp or by actor
        (narration is always the group ``"Narrator"``), ``include_narration``
        keeps the narrator's group, and ``direct_weight`` and
        ``reported_weight`` are the repeat weights of direct and of reported
        (indirect, mixed) speech, see the module docstring. The weights do not
        change ``text``: term counting applies them per statement. The n-gram
        range and stop words are not used here.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`DOCUMENT_COLUMNS`, one row per group sorted by group:
        ``text`` joins the statements with newlines in table order,
        ``n_reported`` counts indirect and mixed statements and ``weight`` is
        the sum of the statements' weights.

    Examples
    --------
    >>> table = pd.DataFrame({"text": ["A said x.", "B said y.", "A said z."],
    ...     "actor": ["a", "b", "a"], "camp": ["A", "B", "A"],
    ...     "mode": ["indirect", "indirect", "direct"]})
    >>> from narrative_compare.terms import TermSettings
    >>> camp_documents(table, TermSettings(direct_weight=2.0))[["group", "n_statements", "weight"]]
      group  n_statements  weight
    0     A             2     3.0
    1     B             1     1.0
    """
    if settings is None:
        from narrative_compare.terms import TermSettings

        settings = TermSettings()
    require_columns(statements, ("text", "actor", "camp", "mode"))
    kept = select_statements(statements, settings.include_narration)
    frame = pd.DataFrame(
        {
            "group": statement_groups(kept, settings.by),
            "text": kept["text"].fillna("").astype(str),
            "direct": kept["mode"] == "direct",
            "reported": kept["mode"].isin(("indirect", "mixed")),
            "narration": is_narration(kept),
            "weight": statement_weights(kept, settings.direct_weight, settings.reported_weight),
        }
    )
    rows = [
        {
            "group": group,
            "text": "\n".join(part["text"]),
            "n_statements": len(part),
            "n_direct": int((part["direct"] & ~part["narration"]).sum()),
            "n_reported": int((part["reported"] & ~part["narration"]).sum()),
            "n_narration": int(part["narration"].sum()),
            "weight": float(part["weight"].sum()),
        }
        for group, part in frame.groupby("group", sort=True)
    ]
    return pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS))
