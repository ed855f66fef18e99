"""Outlets: whom each outlet gives a voice, and whose words it adopts in its narration.

A corpus statement table (``article`` plus the metadata columns of
``--meta``, see :func:`narrative_compare.corpus.aggregate_corpus`) is grouped
by one metadata column, ``by`` (default ``outlet``). A statement is
identified across the corpus by ``(article, statement_id)``: ids restart in
every article, the ``article`` column keeps them apart.

- **voice** (:func:`outlet_voice`): statements of each camp in each outlet,
  by mode, and their share of the outlet's attributed statements
  (narration and ``unassigned`` speakers left out of the denominator);
- **narration** (:func:`narration_similarity`): each outlet's own narration
  is a group of its own; its cosine similarity to every camp's quoted and
  reported speech across the corpus, TF-IDF over the counts ``compare``
  uses (:class:`~narrative_compare.terms.TermSettings`,
  :class:`~narrative_compare.terms.TermCounts`), by default only over the
  corpus's *framing vocabulary* (:func:`framing_vocabulary`: the n-grams of
  the label phrases ``frames`` finds), so that the words every account of
  an event shares (places, days, the facts) do not decide whose words an
  outlet adopts;
- **labels** (:func:`label_adoption`): the labels a camp uses (frames rows of
  kind ``quoted_label``, ``evaluative_np``, ``predicate_label`` or
  ``scare_quote``), and per outlet how often each one is *adopted* (in the
  outlet's own narration without quotation marks, kind
  ``narration_label``), *quoted* (in a camp's speech) or *scare-quoted*
  (narration that puts it in quotation marks); labels are matched by
  :func:`~narrative_compare.frames.label_key`;
- :func:`outlet_table` joins the three into one row per outlet x camp (the
  ``outlets`` command); :func:`outlets_over_time` gives voice share and
  label use per day and camp.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from narrative_compare.camps import is_narration, require_columns
from narrative_compare.errors import InputError
from narrative_compare.schema import NARRATOR_CAMP, UNASSIGNED_CAMP

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from narrative_compare.report import ReportFigure
    from narrative_compare.terms import TermCounts, TermSettings

#: Default grouping column.
DEFAULT_BY = "outlet"

#: Columns of :func:`outlet_table`, ``outlet`` holding the value of the grouping column.
OUTLET_COLUMNS: tuple[str, ...] = (
    "outlet",
    "camp",
    "statements",
    "direct",
    "indirect",
    "mixed",
    "voice_share",
    "narration_similarity",
    "adopted_labels",
)

#: Columns of :func:`label_adoption`.
LABEL_COLUMNS: tuple[str, ...] = (
    "label",
    "camps",
    "outlet",
    "adopted",
    "quoted",
    "scare_quoted",
)

#: Frame kinds that make a label a camp's own.
CAMP_LABEL_KINDS: tuple[str, ...] = (
    "quoted_label",
    "evaluative_np",
    "predicate_label",
    "scare_quote",
)

#: Frame kind of a label the narration uses without quotation marks.
ADOPTED_KIND = "narration_label"

#: Frame kinds of a label the narration puts in quotation marks (or attributes).
SCARE_KINDS: tuple[str, ...] = ("scare_quote", "predicate_label")

#: Term sets :func:`narration_similarity` can compare over: ``"labels"`` the
#: framing vocabulary (:func:`framing_vocabulary`), ``"all"`` every counted term.
VOCABULARIES: tuple[str, ...] = ("labels", "all")

_SPEECH_MODES: tuple[str, ...] = ("direct", "indirect", "mixed")


def check_by(table: pd.DataFrame, by: str, what: str = "statement table") -> None:
    """Raise if the grouping column ``by`` is not in ``table``.

    Parameters
    ----------
    table : pandas.DataFrame
        Corpus statement table with metadata columns.
    by : str
        Grouping column.
    what : str
        How to name the table in the message.

    Raises
    ------
    InputError
        Naming the column and the columns there are.

    Examples
    --------
    >>> check_by(pd.DataFrame({"article": [], "outlet": []}), "outlet")
    >>> check_by(pd.DataFrame({"article": []}), "side")
    Traceback (most recent call last):
    ...
    narrative_compare.errors.InputError: --by side: no such column in the statement table ...
    """
    if by not in table.columns:
        raise InputError(
            f"--by {by}",
            f"no such column in the {what} (columns: {', '.join(map(str, table.columns))})",
        )


def outlet_of_article(statements: pd.DataFrame, by: str = DEFAULT_BY) -> dict[str, str]:
    """The grouping value of every article of a corpus statement table.

    Examples
    --------
    >>> outlet_of_article(pd.DataFrame({"article": ["a.txt", "a.txt"], "outlet": ["X", "X"]}))
    {'a.txt': 'X'}
    """
    require_columns(statements, ("article",))
    check_by(statements, by)
    pairs = statements[["article", by]].drop_duplicates("article")
    return {str(a): _value(o) for a, o in zip(pairs["article"], pairs[by], strict=True)}


def _value(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


def _outlets(statements: pd.DataFrame, by: str) -> pd.Series:
    return statements[by].map(_value)


def outlet_voice(statements: pd.DataFrame, by: str = DEFAULT_BY) -> pd.DataFrame:
    """Statements of each camp in each outlet, by mode, and their voice share.

    Parameters
    ----------
    statements : pandas.DataFrame
        Corpus statement table with the column ``by``.
    by : str, default "outlet"
        Grouping column.

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet, camp, statements, direct, indirect, mixed,
        voice_share``: one row per outlet x camp that speaks anywhere in the
        corpus (zeros where a camp has no voice in an outlet). ``voice_share``
        is the camp's share of the outlet's attributed statements (camps other
        than ``unassigned``); ``unassigned`` rows get the share of all
        non-narration statements.

    Examples
    --------
    >>> table = pd.DataFrame({"article": ["a", "a", "a", "b"], "outlet": ["X", "X", "X", "Y"],
    ...     "camp": ["A", "A", "B", "B"], "actor": ["a", "a", "b", "b"],
    ...     "mode": ["direct", "indirect", "mixed", "direct"]})
    >>> outlet_voice(table)[["outlet", "camp", "statements", "voice_share"]]
      outlet camp  statements  voice_share
    0      X    A           2     0.666667
    1      X    B           1     0.333333
    2      Y    A           0     0.000000
    3      Y    B           1     1.000000
    """
    require_columns(statements, ("camp", "mode", "actor"))
    check_by(statements, by)
    return _voice_table(_outlets(statements, by), statements)


def _voice_table(outlet: pd.Series, statements: pd.DataFrame) -> pd.DataFrame:
    """:func:`outlet_voice` with each row's grouping value given, aligned with ``statements``.

    The rows are counted in one pass, without copying a table that has a
    row per statement.
    """
    speaking = ~is_narration(statements).to_numpy()
    counted: Counter[tuple[str, str, object]] = Counter(
        (group, _value(camp), mode)
        for keep, group, camp, mode in zip(
            speaking, outlet, statements["camp"], statements["mode"], strict=True
        )
        if keep
    )
    outlets = sorted(set(outlet))
    camps = sorted({camp for _, camp, _ in counted})
    index = pd.MultiIndex.from_product([outlets, camps], names=["outlet", "camp"])
    totals: Counter[tuple[str, str]] = Counter()
    for (group, camp, _), n in counted.items():
        totals[(group, camp)] += n
    table = pd.DataFrame(
        {"statements": np.array([totals[key] for key in index], dtype=np.int64)}, index=index
    )
    for mode in _SPEECH_MODES:
        table[mode] = np.array([counted[(*key, mode)] for key in index], dtype=np.int64)
    table = table.reset_index()
    attributed = table[table["camp"] != UNASSIGNED_CAMP].groupby("outlet")["statements"].sum()
    everything = table.groupby("outlet")["statements"].sum()
    denominator = np.where(
        table["camp"] == UNASSIGNED_CAMP,
        table["outlet"].map(everything),
        table["outlet"].map(attributed),
    ).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(denominator > 0, table["statements"] / denominator, 0.0)
    table["voice_share"] = share
    for column in ("statements", *_SPEECH_MODES):
        table[column] = table[column].astype("int64")
    return table


def narration_counts(
    statements: pd.DataFrame,
    by: str = DEFAULT_BY,
    settings: TermSettings | None = None,
    *,
    cut_quotes: bool = True,
) -> TermCounts:
    """Term counts of every camp's speech and of every outlet's narration.

    Parameters
    ----------
    statements : pandas.DataFrame
        Corpus statement table.
    by : str, default "outlet"
        Grouping column.
    settings : TermSettings, optional
        How to count (as ``compare`` counts); default ``TermSettings()``.
    cut_quotes : bool, default True
        Count only the narration's own words (:func:`own_words`).

    Returns
    -------
    TermCounts
        Camps under their name, each outlet's narration under
        :func:`narration_group` of it.

    Examples
    --------
    >>> table = pd.DataFrame({"article": ["a", "b"], "outlet": ["X", "Y"],
    ...     "text": ["The raid.", "The 'raid' ended."], "camp": ["Narrator"] * 2,
    ...     "actor": ["narrator"] * 2, "mode": ["narration"] * 2})
    >>> {g: dict(c) for g, c in narration_counts(table).counts.items()}
    {'Narration: X': {'raid': 1}, 'Narration: Y': {'ended': 1}}
    """
    return narration_counts_of_chunks([statements], by, settings, cut_quotes=cut_quotes)


def narration_counts_of_chunks(
    chunks: Iterable[pd.DataFrame],
    by: str = DEFAULT_BY,
    settings: TermSettings | None = None,
    *,
    cut_quotes: bool = True,
    vocabulary: Collection[str] | None = None,
) -> TermCounts:
    """:func:`narration_counts` of a statement table given in pieces, one at a time.

    Term counts do not depend on how the rows are batched, so the counts of
    the concatenated ``chunks`` are those of :func:`narration_counts` on the
    whole table, while only one chunk is in memory at a time (a folder
    report reads its ``statements.csv`` back this way).

    Parameters
    ----------
    chunks : iterable of pandas.DataFrame
        Consecutive pieces of a corpus statement table with the column ``by``.
    by, settings, cut_quotes
        As :func:`narration_counts`.
    vocabulary : collection of str, optional
        Keep only these terms (every group is kept, even if left empty),
        dropping the others after each chunk so memory holds no more than
        them and one chunk's terms. :func:`narration_similarity` with
        ``frames`` compares over :func:`framing_vocabulary` of them only, so
        counts kept to that vocabulary give it the same result.

    Returns
    -------
    TermCounts
        As :func:`narration_counts` (with ``vocabulary``, its counts of
        those terms).

    Examples
    --------
    >>> table = pd.DataFrame({"article": ["a", "b"], "outlet": ["X", "Y"],
    ...     "text": ["The raid.", "The 'raid' ended."], "camp": ["Narrator"] * 2,
    ...     "actor": ["narrator"] * 2, "mode": ["narration"] * 2})
    >>> one = narration_counts_of_chunks([table.iloc[:1], table.iloc[1:]])
    >>> one.counts == narration_counts(table).counts
    True
    """
    from narrative_compare.terms import TermCounts, TermSettings

    settings = settings if settings is not None else TermSettings()
    speech = TermCounts(settings)
    by_outlet: dict[str, TermCounts] = {}
    for statements in chunks:
        check_by(statements, by)
        narration = is_narration(statements)
        speech.add(statements[~narration])
        narrated = statements[narration]
        if cut_quotes:
            narrated = narrated.assign(text=narrated["text"].map(own_words))
        for outlet, rows in narrated.groupby(_outlets(narrated, by), sort=True):
            by_outlet.setdefault(str(outlet), TermCounts(settings)).add(rows)
        if vocabulary is not None:
            for counted in (speech, *by_outlet.values()):
                _keep_terms(counted, vocabulary)
    counts = TermCounts(settings)
    counts.counts.update(
        (camp, counter) for camp, counter in speech.counts.items() if camp != NARRATOR_CAMP
    )
    for outlet in sorted(by_outlet):
        counted = by_outlet[outlet]
        counts.counts[narration_group(outlet)] = counted.counts.get(NARRATOR_CAMP, Counter())
    return counts


def _keep_terms(counts: TermCounts, vocabulary: Collection[str]) -> None:
    """Drop every term of ``counts`` not in ``vocabulary``, in place (groups stay).

    Each counter is rebuilt rather than deleted from: a dict keeps its table
    at the largest size it had.
    """
    for group, counter in counts.counts.items():
        counts.counts[group] = Counter({t: n for t, n in counter.items() if t in vocabulary})


def own_words(text: str) -> str:
    """A narration sentence without its quotations: the outlet's own words.

    Words in quotation marks (closed, or opened and left open to the end of
    the sentence) are someone else's, quoted or scare-quoted; they are cut
    out, leaving a line break so no n-gram spans the cut.

    Examples
    --------
    >>> own_words("Vaida called them 'foreign-funded agitators' on Monday.")
    'Vaida called them \\n on Monday.'
    >>> own_words("“We won,” Marek said.")
    '\\n Marek said.'
    """
    from narrative_compare.quotes import find_quotes

    text = "" if not isinstance(text, str) else text
    pieces, position = [], 0
    for quote in find_quotes(text, [(0, len(text))]):
        start, end = max(quote.start - 1, position), min(quote.end + 1, len(text))
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return "\n".join(pieces)


def narration_group(outlet: str) -> str:
    """The group name of an outlet's narration.

    Examples
    --------
    >>> narration_group("Northwire")
    'Narration: Northwire'
    """
    return f"Narration: {outlet}"


def framing_vocabulary(
    frames: pd.DataFrame, settings: TermSettings | None = None
) -> frozenset[str]:
    """The n-grams of every label phrase of a frames table: the corpus's framing words.

    Every ``phrase`` of ``frames`` (any camp, any kind: a camp's labels, the
    labels a narration adopts or scare-quotes) is cut into n-grams exactly
    as statement text is counted (``settings.ngram_range`` and
    ``settings.stop_words``), so the result can select terms of a
    :class:`~narrative_compare.terms.TermCounts`.

    Parameters
    ----------
    frames : pandas.DataFrame
        Frames table with a ``phrase`` column.
    settings : TermSettings, optional
        How statements are counted; default ``TermSettings()``.

    Returns
    -------
    frozenset of str
        The n-grams; empty for a table without phrases.

    Examples
    --------
    >>> frames = pd.DataFrame({"phrase": ["illegal stoppage", "Union bosses"]})
    >>> sorted(framing_vocabulary(frames))
    ['bosses', 'illegal', 'illegal stoppage', 'stoppage', 'union', 'union bosses']
    """
    from narrative_compare.terms import TermSettings, make_analyzer

    settings = settings if settings is not None else TermSettings()
    if "phrase" not in frames.columns:
        return frozenset()
    analyzer = make_analyzer(settings.ngram_range, settings.stop_words)
    vocabulary: set[str] = set()
    for phrase in frames["phrase"].dropna().astype(str).unique():
        vocabulary.update(analyzer(phrase))
    return frozenset(vocabulary)


def narration_similarity(
    statements: pd.DataFrame,
    by: str = DEFAULT_BY,
    settings: TermSettings | None = None,
    *,
    frames: pd.DataFrame | None = None,
    vocabulary: str = "labels",
    counts: TermCounts | None = None,
) -> pd.DataFrame:
    """Cosine similarity of each outlet's narration to each camp's speech.

    The documents are every camp's quoted and reported speech across the
    corpus and every outlet's narration (quotations cut out, see
    :func:`own_words`), one document each; the TF-IDF weights are those of
    ``compare --method tfidf``
    (:func:`~narrative_compare.terms.tfidf_matrix` over
    :class:`~narrative_compare.terms.TermCounts` with ``settings``).

    With ``frames`` and ``vocabulary="labels"`` (the default) only the
    corpus's framing vocabulary counts (:func:`framing_vocabulary`): the
    words of the labels that ``frames`` finds in any statement. In short
    excerpts the words all accounts of an event share (the strike's "day",
    the bridge, the gate) otherwise outweigh the few loaded words and tie
    an outlet to whichever camp happens to describe the same scene; keeping
    the loaded phrases follows the way partisan language is measured from
    the phrases that set the sides apart rather than from all text
    (Gentzkow & Shapiro 2010, "What drives media slant?"; Monroe, Colaresi
    & Quinn 2008, "Fightin' words").

    Parameters
    ----------
    statements : pandas.DataFrame
        Corpus statement table with the column ``by``.
    by : str, default "outlet"
        Grouping column.
    settings : TermSettings, optional
        How to count; default ``TermSettings()``. Pass the actor names
        (:func:`~narrative_compare.terms.actor_names`) so names do not count.
    frames : pandas.DataFrame, optional
        Frames table of the same corpus; without it (or with
        ``vocabulary="all"``) every counted term is compared.
    vocabulary : {"labels", "all"}, default "labels"
        Compare over the framing vocabulary or over every counted term.
    counts : TermCounts, optional
        :func:`narration_counts` of ``statements`` if already counted (e.g.
        by :func:`narration_counts_of_chunks`, or with
        :meth:`~narrative_compare.terms.TermCounts.without_rare_phrases`
        applied); ``statements`` then only gives the outlets and needs no
        ``text`` column.

    Returns
    -------
    pandas.DataFrame
        Outlets (rows, sorted) x camps (columns, sorted, ``unassigned`` last
        if present), cosine in [0, 1]; 0 where a side has no counted term.

    Raises
    ------
    ValueError
        If ``vocabulary`` is not one of :data:`VOCABULARIES`.

    Examples
    --------
    >>> table = pd.DataFrame({"article": ["a"] * 3, "outlet": ["X"] * 3,
    ...     "text": ["Brutal invasion of the valley.", "A security operation.",
    ...              "The brutal invasion goes on."],
    ...     "camp": ["A", "B", "Narrator"], "actor": ["a", "b", "narrator"],
    ...     "mode": ["indirect", "indirect", "narration"]})
    >>> sim = narration_similarity(table)
    >>> bool(sim.loc["X", "A"] > sim.loc["X", "B"])
    True
    >>> frames = pd.DataFrame({"phrase": ["brutal invasion", "security operation"]})
    >>> sim = narration_similarity(table, frames=frames)
    >>> float(sim.loc["X", "B"]), bool(sim.loc["X", "A"] > 0.9)
    (0.0, True)
    """
    from narrative_compare.terms import TermCounts, TermSettings, tfidf_matrix

    if vocabulary not in VOCABULARIES:
        raise ValueError(f"vocabulary must be one of {', '.join(VOCABULARIES)}, not {vocabulary!r}")
    settings = settings if settings is not None else TermSettings()
    if counts is None:
        counts = narration_counts(statements, by, settings)
    check_by(statements, by)
    if frames is not None and vocabulary == "labels":
        kept = framing_vocabulary(frames, settings)
        counts = TermCounts(
            settings,
            {
                group: Counter({term: n for term, n in counter.items() if term in kept})
                for group, counter in counts.counts.items()
            },
        )
    outlets = sorted(set(_outlets(statements, by)))
    camps = sorted(
        (g for g in counts.counts if not g.startswith("Narration: ")),
        key=lambda c: (c == UNASSIGNED_CAMP, c),
    )
    result = pd.DataFrame(0.0, index=pd.Index(outlets, name="outlet"), columns=camps)
    groups, _, weights, _ = tfidf_matrix(counts)
    if weights.size == 0:
        return result
    row = {group: i for i, group in enumerate(groups)}
    for outlet in outlets:
        name = narration_group(outlet)
        if name not in row:
            continue
        for camp in camps:
            if camp in row:
                result.loc[outlet, camp] = float(weights[row[name]] @ weights[row[camp]])
    return result


def _frames_with_outlet(frames: pd.DataFrame, statements: pd.DataFrame, by: str) -> pd.DataFrame:
    require_columns(frames, ("article", "camp", "kind", "label_key"))
    outlet_of = outlet_of_article(statements, by)
    return frames.assign(outlet=frames["article"].map(lambda a: outlet_of.get(str(a), "")))


def camp_labels(frames: pd.DataFrame) -> pd.DataFrame:
    """Every camp's labels: frames rows of a camp with a kind of :data:`CAMP_LABEL_KINDS`.

    A label several camps use belongs to the camp(s) using it most often (a
    side's word that the other side repeats to reject it stays the first
    side's).

    Returns
    -------
    pandas.DataFrame
        Columns ``camp, label_key, label`` (the first surface form), one row
        per camp and label key, sorted.

    Examples
    --------
    >>> frames = pd.DataFrame({"camp": ["A", "A", "B", "Narrator"],
    ...     "kind": ["quoted_label"] * 4, "label_key": ["invasion", "invasion", "invasion", "raid"],
    ...     "phrase": ["invasion", "invasion", "an invasion", "raid"]})
    >>> camp_labels(frames).to_dict("records")
    [{'camp': 'A', 'label_key': 'invasion', 'label': 'invasion'}]
    """
    require_columns(frames, ("camp", "kind", "label_key", "phrase"))
    own = frames[
        frames["kind"].isin(CAMP_LABEL_KINDS)
        & ~frames["camp"].isin((NARRATOR_CAMP, UNASSIGNED_CAMP))
        & (frames["label_key"].fillna("") != "")
    ]
    grouped = own.groupby(["camp", "label_key"], sort=True)["phrase"]
    table = grouped.first().rename("label").to_frame()
    table["uses"] = grouped.size()
    table = table.reset_index()
    most = table.groupby("label_key")["uses"].transform("max")
    table = table[table["uses"] == most]
    return table[["camp", "label_key", "label"]].reset_index(drop=True)


def label_adoption(
    frames: pd.DataFrame, statements: pd.DataFrame, by: str = DEFAULT_BY
) -> pd.DataFrame:
    """Camp labels x outlets: how often each outlet adopts, quotes or scare-quotes them.

    Parameters
    ----------
    frames : pandas.DataFrame
        Corpus frames table (``article`` first, see
        :func:`~narrative_compare.corpus.aggregate_corpus` with ``frames=True``).
    statements : pandas.DataFrame
        Corpus statement table with the column ``by`` (to find each article's outlet).
    by : str, default "outlet"
        Grouping column.

    Returns
    -------
    pandas.DataFrame
        Columns ``label, camps, outlet, adopted, quoted, scare_quoted``: one
        row per camp label (``label_key``; ``camps`` the ``;``-joined camps
        using it) and outlet where it occurs at all. ``adopted`` counts
        narration uses without quotation marks (kind ``narration_label``),
        ``quoted`` uses in a camp's speech, ``scare_quoted`` narration that
        puts it in quotation marks or attributes it (``scare_quote``,
        ``predicate_label``).

    Examples
    --------
    >>> statements = pd.DataFrame({"article": ["a", "b"], "outlet": ["X", "Y"]})
    >>> frames = pd.DataFrame({"article": ["a", "a", "b"], "camp": ["A", "Narrator", "Narrator"],
    ...     "kind": ["quoted_label", "narration_label", "scare_quote"],
    ...     "label_key": ["invasion"] * 3, "phrase": ["invasion"] * 3})
    >>> label_adoption(frames, statements)[["outlet", "adopted", "quoted", "scare_quoted"]]
      outlet  adopted  quoted  scare_quoted
    0      X        1       1             0
    1      Y        0       0             1
    """
    check_by(statements, by)
    labels = camp_labels(frames)
    columns = list(LABEL_COLUMNS)
    if labels.empty:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})
    keyed = _frames_with_outlet(frames, statements, by)
    keyed = keyed[keyed["label_key"].isin(set(labels["label_key"]))]
    narrator = keyed["camp"] == NARRATOR_CAMP
    keyed = keyed.assign(
        adopted=(narrator & (keyed["kind"] == ADOPTED_KIND)).astype("int64"),
        quoted=(~narrator).astype("int64"),
        scare_quoted=(narrator & keyed["kind"].isin(SCARE_KINDS)).astype("int64"),
    )
    table = (
        keyed.groupby(["label_key", "outlet"], sort=True)[["adopted", "quoted", "scare_quoted"]]
        .sum()
        .reset_index()
    )
    first = labels.drop_duplicates("label_key").set_index("label_key")["label"]
    camps = labels.groupby("label_key")["camp"].agg(lambda c: "; ".join(sorted(set(c))))
    table.insert(0, "label", table["label_key"].map(first))
    table.insert(1, "camps", table["label_key"].map(camps))
    table = table[(table[["adopted", "quoted", "scare_quoted"]].sum(axis=1)) > 0]
    return table[columns].reset_index(drop=True)


def adopted_label_counts(
    frames: pd.DataFrame, statements: pd.DataFrame, by: str = DEFAULT_BY
) -> pd.DataFrame:
    """How many of each camp's labels each outlet adopts in its own narration.

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet, camp, adopted_labels``: distinct label keys of the
        camp (:func:`camp_labels`) that occur in the outlet's narration as
        ``narration_label``; only pairs with at least one.

    Examples
    --------
    >>> statements = pd.DataFrame({"article": ["a"], "outlet": ["X"]})
    >>> frames = pd.DataFrame({"article": ["a", "a"], "camp": ["A", "Narrator"],
    ...     "kind": ["quoted_label", "narration_label"],
    ...     "label_key": ["invasion"] * 2, "phrase": ["invasion"] * 2})
    >>> adopted_label_counts(frames, statements).to_dict("records")
    [{'outlet': 'X', 'camp': 'A', 'adopted_labels': 1}]
    """
    check_by(statements, by)
    labels = camp_labels(frames)
    keyed = _frames_with_outlet(frames, statements, by)
    narration = keyed[(keyed["camp"] == NARRATOR_CAMP) & (keyed["kind"] == ADOPTED_KIND)]
    used = narration[["outlet", "label_key"]].drop_duplicates()
    joined = used.merge(labels[["camp", "label_key"]], on="label_key")
    table = joined.groupby(["outlet", "camp"]).size().rename("adopted_labels").reset_index()
    table["adopted_labels"] = table["adopted_labels"].astype("int64")
    return table


def outlet_table(
    statements: pd.DataFrame,
    frames: pd.DataFrame | None = None,
    by: str = DEFAULT_BY,
    settings: TermSettings | None = None,
    *,
    vocabulary: str = "labels",
    narration: TermCounts | None = None,
) -> pd.DataFrame:
    """One row per outlet x camp: voice, narration similarity and adopted labels.

    Parameters
    ----------
    statements : pandas.DataFrame
        Corpus statement table with ``article`` and the column ``by``.
    frames : pandas.DataFrame, optional
        Corpus frames table; without it ``adopted_labels`` is 0.
    by : str, default "outlet"
        Grouping column; its values go into the ``outlet`` column.
    settings : TermSettings, optional
        Term counting of :func:`narration_similarity`.
    vocabulary : {"labels", "all"}, default "labels"
        Terms :func:`narration_similarity` compares over (with ``frames``).
    narration : TermCounts, optional
        The ``counts`` of :func:`narration_similarity`, if already counted
        (``statements`` then needs no ``text`` column).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`OUTLET_COLUMNS`, sorted by outlet and camp.

    Examples
    --------
    >>> from narrative_compare.actors import load_actors
    >>> from narrative_compare.corpus import CorpusOptions, aggregate_corpus
    >>> from narrative_compare.loading import seeds_dir
    >>> folder = seeds_dir() / "multi_source"
    >>> result = aggregate_corpus(folder, load_actors(folder / "actors.yml"),
    ...     keep_statements=True, frames=True, meta=folder / "meta.csv",
    ...     options=CorpusOptions(jobs=1))
    >>> table = outlet_table(result.statements, result.frames)
    >>> list(table.columns[:3])
    ['outlet', 'camp', 'statements']
    """
    voice = outlet_voice(statements, by)
    similarity = narration_similarity(
        statements, by, settings, frames=frames, vocabulary=vocabulary, counts=narration
    )
    flat = similarity.stack().rename("narration_similarity").reset_index()
    flat.columns = ["outlet", "camp", "narration_similarity"]
    table = voice.merge(flat, on=["outlet", "camp"], how="left")
    if frames is not None and not frames.empty:
        adopted = adopted_label_counts(frames, statements, by)
        table = table.merge(adopted, on=["outlet", "camp"], how="left")
    else:
        table["adopted_labels"] = 0
    table["narration_similarity"] = table["narration_similarity"].fillna(0.0).astype(float)
    table["adopted_labels"] = table["adopted_labels"].fillna(0).astype("int64")
    return table[list(OUTLET_COLUMNS)].sort_values(["outlet", "camp"]).reset_index(drop=True)


def closest_camp(table: pd.DataFrame, camps: Sequence[str] | None = None) -> pd.Series:
    """The camp each outlet's narration is most similar to (:func:`outlet_table` rows).

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`outlet_table`.
    camps : sequence of str, optional
        Only compare these camps (e.g. the two sides).

    Returns
    -------
    pandas.Series
        Outlet -> camp ("" if the outlet has no narration similarity above 0).

    Examples
    --------
    >>> table = pd.DataFrame({"outlet": ["X", "X"], "camp": ["A", "B"],
    ...     "narration_similarity": [0.2, 0.4]})
    >>> closest_camp(table).to_dict()
    {'X': 'B'}
    """
    rows = table if camps is None else table[table["camp"].isin(camps)]
    result = {}
    for outlet, group in rows.groupby("outlet", sort=True):
        best = group.sort_values(["narration_similarity", "camp"], ascending=[False, True])
        top = best.iloc[0]
        result[outlet] = str(top["camp"]) if top["narration_similarity"] > 0 else ""
    return pd.Series(result, name="closest_camp", dtype=object)


def outlets_over_time(
    statements: pd.DataFrame,
    frames: pd.DataFrame | None = None,
    date: str = "date",
) -> pd.DataFrame:
    """Voice share and label use per day and camp, over all outlets.

    Parameters
    ----------
    statements : pandas.DataFrame
        Corpus statement table with a ``date`` column (text; its first ten
        characters, ``YYYY-MM-DD``, are the day).
    frames : pandas.DataFrame, optional
        Corpus frames table; gives ``labels_quoted`` (the camp's labels in
        its speech) and ``labels_adopted`` (narration uses of the camp's
        labels without quotation marks) per day.
    date : str, default "date"
        The date column.

    Returns
    -------
    pandas.DataFrame
        Columns ``date, camp, statements, voice_share, labels_quoted,
        labels_adopted``, one row per day x camp.

    Examples
    --------
    >>> table = pd.DataFrame({"article": ["a", "b"], "date": ["2025-01-01", "2025-01-02"],
    ...     "camp": ["A", "B"], "actor": ["a", "b"], "mode": ["direct", "direct"]})
    >>> outlets_over_time(table)[["date", "camp", "voice_share"]]
             date camp  voice_share
    0  2025-01-01    A          1.0
    1  2025-01-01    B          0.0
    2  2025-01-02    A          0.0
    3  2025-01-02    B          1.0
    """
    check_by(statements, date)
    days = _days(statements[date])
    require_columns(statements, ("camp", "mode", "actor"))
    table = _voice_table(days, statements).rename(columns={"outlet": "date"})
    table = table[["date", "camp", "statements", "voice_share"]].copy()
    table["labels_quoted"] = 0
    table["labels_adopted"] = 0
    if frames is not None and not frames.empty:
        labels = camp_labels(frames)
        articles = statements[[c for c in ("article",) if c in statements.columns]]
        day_of = outlet_of_article(articles.assign(_day=days), "_day")
        dated = frames.assign(date=frames["article"].map(lambda a: day_of.get(str(a), "")))
        quoted = dated[dated["kind"].isin(CAMP_LABEL_KINDS) & (dated["camp"] != NARRATOR_CAMP)]
        quoted_n = quoted.groupby(["date", "camp"]).size()
        adopted = dated[(dated["camp"] == NARRATOR_CAMP) & (dated["kind"] == ADOPTED_KIND)]
        joined = adopted[["date", "label_key"]].merge(labels[["camp", "label_key"]], on="label_key")
        adopted_n = joined.groupby(["date", "camp"]).size()
        keys = list(zip(table["date"], table["camp"], strict=True))
        table["labels_quoted"] = [int(quoted_n.get(k, 0)) for k in keys]
        table["labels_adopted"] = [int(adopted_n.get(k, 0)) for k in keys]
    return table.reset_index(drop=True)


def _days(dates: pd.Series) -> pd.Series:
    """The first ten characters of every date, each distinct day one string object."""
    day_of: dict[object, str] = {}
    days = []
    for value in dates:
        day = day_of.get(value)
        if day is None:
            day = day_of[value] = _value(value)[:10]
        days.append(day)
    return pd.Series(days, index=dates.index, dtype=object)


def plot_voice_share(
    table: pd.DataFrame,
    ax: Axes | None = None,
    colors: dict[str, str] | None = None,
) -> Axes:
    """Voice share per outlet as stacked horizontal bars in the camp colours.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`outlet_table` (or :func:`outlet_voice`).
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure otherwise.
    colors : dict of str to str, optional
        Camp -> colour (e.g. ``ActorTable.color_map()``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> table = pd.DataFrame({"outlet": ["X", "X"], "camp": ["A", "B"],
    ...     "voice_share": [0.25, 0.75]})
    >>> plot_voice_share(table).get_xlabel()
    "share of the outlet's attributed statements"
    """
    from narrative_compare.plots import _finish, _new_axes, camp_colors

    shares = table[table["camp"] != UNASSIGNED_CAMP].pivot_table(
        index="outlet", columns="camp", values="voice_share", aggfunc="sum", fill_value=0.0
    )
    ax, new_figure = _new_axes(ax, (8.0, 0.5 * max(len(shares), 2) + 1.5))
    palette = camp_colors(shares.columns, colors)
    left = np.zeros(len(shares))
    positions = np.arange(len(shares))
    for camp in shares.columns:
        values = shares[camp].to_numpy(dtype=float)
        ax.barh(positions, values, left=left, color=palette[camp], label=camp)
        left += values
    ax.set_yticks(positions, [str(o) for o in shares.index])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the outlet's attributed statements")
    ax.set_title("Whom each outlet gives a voice")
    ax.legend(title="camp", bbox_to_anchor=(1.02, 1), loc="upper left", fontsize="small")
    return _finish(ax, new_figure)


def similarity_matrix(table: pd.DataFrame) -> pd.DataFrame:
    """Outlet x camp narration similarity from :func:`outlet_table`, ``unassigned`` left out.

    Examples
    --------
    >>> table = pd.DataFrame({"outlet": ["X", "X"], "camp": ["A", "B"],
    ...     "narration_similarity": [0.1, 0.3]})
    >>> float(similarity_matrix(table).loc["X", "B"])
    0.3
    """
    kept = table[table["camp"] != UNASSIGNED_CAMP]
    matrix = kept.pivot_table(
        index="outlet", columns="camp", values="narration_similarity", fill_value=0.0
    )
    matrix.columns.name = None
    return matrix


def plot_narration_similarity(
    table: pd.DataFrame, ax: Axes | None = None, cmap: str = "Blues"
) -> Axes:
    """Heat map of each outlet's narration against each camp's speech.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`outlet_table`.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure otherwise.
    cmap : str, default "Blues"
        Colour map.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> table = pd.DataFrame({"outlet": ["X", "X"], "camp": ["A", "B"],
    ...     "narration_similarity": [0.1, 0.3]})
    >>> plot_narration_similarity(table).get_ylabel()
    'narration of outlet'
    """
    from narrative_compare.plots import _finish, _new_axes

    matrix = similarity_matrix(table)
    ax, new_figure = _new_axes(
        ax, (1.2 * max(len(matrix.columns), 3) + 3, 0.5 * max(len(matrix), 2) + 2)
    )
    values = matrix.to_numpy(dtype=float)
    high = float(values.max()) if values.size and values.max() > 0 else 1.0
    image = ax.imshow(values, cmap=cmap, vmin=0.0, vmax=high, aspect="auto")
    ax.set_xticks(
        range(len(matrix.columns)), [str(c) for c in matrix.columns], rotation=30, ha="right"
    )
    ax.set_yticks(range(len(matrix.index)), [str(o) for o in matrix.index])
    for (i, j), value in np.ndenumerate(values):
        ax.text(
            j,
            i,
            f"{value:.2f}",
            ha="center",
            va="center",
            fontsize="small",
            color="white" if value > 0.6 * high else "black",
        )
    ax.figure.colorbar(image, ax=ax, label="cosine similarity")
    ax.set_xlabel("camp (quoted and reported speech, whole corpus)")
    ax.set_ylabel("narration of outlet")
    ax.set_title("Whose words each outlet's narration uses")
    return _finish(ax, new_figure)


#: Dates labelled on the time axis at most, and days drawn with markers at most.
_MAX_DATE_LABELS, _MAX_MARKED_DAYS = 12, 31


def plot_over_time(
    table: pd.DataFrame,
    ax: Axes | None = None,
    colors: dict[str, str] | None = None,
    value: str = "voice_share",
) -> Axes:
    """Line plot of a :func:`outlets_over_time` column per day and camp.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`outlets_over_time`.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure otherwise.
    colors : dict of str to str, optional
        Camp -> colour.
    value : str, default "voice_share"
        Column to draw (``voice_share``, ``statements``, ``labels_quoted``,
        ``labels_adopted``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> table = pd.DataFrame({"date": ["2025-01-01", "2025-01-02"], "camp": ["A", "A"],
    ...     "voice_share": [0.5, 1.0]})
    >>> len(plot_over_time(table).get_lines())
    1
    """
    from narrative_compare.plots import _finish, _new_axes, camp_colors

    ax, new_figure = _new_axes(ax, (8.0, 4.0))
    wide = table.pivot_table(index="date", columns="camp", values=value, fill_value=0.0)
    palette = camp_colors(wide.columns, colors)
    positions = np.arange(len(wide))
    # A folder of many days: no markers, and about a dozen dates labelled
    # (hundreds of labels print over each other).
    marker = "o" if len(wide) <= _MAX_MARKED_DAYS else None
    for camp in wide.columns:
        ax.plot(
            positions,
            wide[camp].to_numpy(dtype=float),
            marker=marker,
            color=palette[camp],
            label=camp,
        )
    step = -(-len(wide) // _MAX_DATE_LABELS)
    ax.set_xticks(positions[::step], [str(d) for d in wide.index[::step]])
    if step > 1:
        ax.tick_params(axis="x", labelrotation=45)
    ax.set_xlabel("date")
    ax.set_ylabel(value.replace("_", " "))
    ax.set_title(f"{value.replace('_', ' ').capitalize()} per day and camp")
    ax.legend(title="camp", bbox_to_anchor=(1.02, 1), loc="upper left", fontsize="small")
    return _finish(ax, new_figure)


def outlets_section_html(
    statements: pd.DataFrame,
    frames: pd.DataFrame | None,
    by: str = DEFAULT_BY,
    *,
    settings: TermSettings | None = None,
    colors: dict[str, str] | None = None,
    date: str = "date",
    formats: tuple[str, ...] = ("png",),
    figures: dict[str, ReportFigure] | None = None,
    narration: TermCounts | None = None,
) -> str:
    """The report's *Outlets* section: voice bars, narration heat map, label adoption.

    Parameters
    ----------
    statements : pandas.DataFrame
        Corpus statement table with the column ``by``.
    frames : pandas.DataFrame or None
        Corpus frames table.
    by : str, default "outlet"
        Grouping column.
    settings : TermSettings, optional
        Term counting of :func:`narration_similarity`.
    colors : dict of str to str, optional
        Camp colours.
    date : str, default "date"
        With this column, voice share per day and camp is drawn too.
    formats : tuple of str, default ("png",)
        Formats the figures are rendered in.
    figures : dict, optional
        Filled with the rendered figures by file stem, for the caller to
        write beside the page (the section links to them).
    narration : TermCounts, optional
        See :func:`outlet_table`.

    Returns
    -------
    str
        One ``<section>`` of HTML, every value escaped.

    Examples
    --------
    >>> table = pd.DataFrame({"article": ["a", "a"], "outlet": ["X", "X"],
    ...     "text": ["A brutal raid.", "The raid went on."], "camp": ["A", "Narrator"],
    ...     "actor": ["a", "narrator"], "mode": ["direct", "narration"]})
    >>> outlets_section_html(table, None).startswith("<section")
    True
    """
    from narrative_compare.report import _figure_html, _render_figure, html_table, section_html

    table = outlet_table(statements, frames, by, settings, narration=narration)
    heading = "Outlets" if by == DEFAULT_BY else f"Outlets (grouped by {by})"
    drawn = [
        (plot_voice_share(table, colors=colors), "outlets-voice", "Voice share per outlet"),
        (plot_narration_similarity(table), "outlets-narration", "Narration-to-camp similarity"),
    ]
    if date in statements.columns and date != by:
        over_time = outlets_over_time(statements, frames, date)
        drawn.append(
            (
                plot_over_time(over_time, colors=colors),
                "outlets-time",
                "Voice share per day and camp",
            )
        )
    rendered = [_render_figure(ax, name, caption, formats) for ax, name, caption in drawn]
    if figures is not None:
        figures.update({figure.name: figure for figure in rendered})
    parts = [
        "<p>Voice: each camp's share of an outlet's attributed statements. Narration: "
        "cosine similarity (TF-IDF) of each outlet's own narration, quotations cut out, "
        "to each camp's quoted and reported speech across the corpus, over the words of "
        "the framing labels found in the corpus (0: the narration uses none of a camp's "
        "framing words). Adopted labels: "
        "a camp's labels the outlet uses in its narration without quotation marks.</p>",
        *(_figure_html(figure) for figure in rendered),
        html_table(table),
        "<h3>Label adoption</h3>",
    ]
    labels = label_adoption(frames, statements, by) if frames is not None else None
    parts.append(html_table(labels if labels is not None else pd.DataFrame(), empty="no labels"))
    return section_html(heading, *parts, anchor="outlets")
