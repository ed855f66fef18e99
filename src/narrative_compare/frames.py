"""Frame phrases: the labels each camp puts on events, people and claims.

Two kinds of phrase are extracted from the statements of one article:

``scare_quote``
    A short quoted fragment (at most :data:`MAX_FRAME_WORDS` words) inside a
    reported (``indirect`` or ``mixed``) statement or inside narration. In
    reported speech the journalist quotes the speaker's own word; in narration
    the outlet marks a label as someone else's, and the phrase is credited to
    the Narrator. Direct quotes are the statement itself, not a label, and are
    skipped, as is every quote longer than the limit.
``evaluative``
    A label introduced by an evaluative construction: ``described ... as``,
    ``branded ... as``, ``labelled ... as``, ``called it``, ``what they called``,
    ``termed``, ``dubbed``. The label is the quoted fragment right after the
    construction if there is one, otherwise the words up to the next
    punctuation mark or clause word (at most :data:`MAX_FRAME_WORDS`). A quote
    that is both is reported once, as ``evaluative``.

The quotations are those the attribution found (:mod:`narrative_compare.quotes`,
one quote finder for the whole engine): a closed quotation wholly inside a
statement can be a frame; one left open, or whose marks fall in two
statements, is not.

:func:`contested_labels` then puts the camps' labels side by side, grouped by
what they refer to (:data:`REFERENCE_CATEGORIES`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import pandas as pd

from narrative_compare.camps import require_columns
from narrative_compare.errors import InputError
from narrative_compare.lexicon import english, word_alternation
from narrative_compare.quotes import Quote, find_quotes
from narrative_compare.schema import FRAME_COLUMNS, STATEMENT_COLUMNS
from narrative_compare.segment import segment_text
from narrative_compare.statements import StatementRows

#: Longest phrase, in words, that counts as a frame.
MAX_FRAME_WORDS = 8

#: Extra columns of :func:`extract_frames`, after :data:`FRAME_COLUMNS`.
FRAME_EXTRA_COLUMNS: tuple[str, ...] = ("label_key", "cue")

#: Kinds of frame phrase.
FRAME_KINDS: tuple[str, ...] = ("scare_quote", "evaluative")

#: Modes whose short quotes are scare quotes.
SCARE_QUOTE_MODES: tuple[str, ...] = ("indirect", "mixed", "narration")

_OPENING_MARKS = '“«„"‘'

# The evaluative verbs, pronouns and clause words live in
# narrative_compare.lexicon.english; the patterns are built from them.
_ARTICLE = rf"(?:{word_alternation(english.ARTICLES)}\s+)?"
_SPACES = r"\s+"
_EVALUATIVE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b{word_alternation(english.DESCRIBING_VERBS)}"
        r"\b[^.;:!?“”«»\"]{0,80}?\bas\s+" + _ARTICLE,
        rf"\bwhat\s+(?:{word_alternation(english.NAMING_SUBJECT_PRONOUNS)}|[A-Z][\w-]+)\s+"
        rf"(?:{word_alternation(english.HAVE_AUXILIARIES)}\s+)?"
        rf"{word_alternation(english.WHAT_NAMING_VERBS, spaces=_SPACES)}\s+" + _ARTICLE,
        rf"\b{word_alternation(english.NAMING_VERBS)}\s+"
        rf"{word_alternation(english.NAMED_OBJECTS)}\s+" + _ARTICLE,
        rf"\b{word_alternation(english.LABELLING_PARTICIPLES)}\s+" + _ARTICLE,
    )
)

#: Words that end an unquoted evaluative label.
_CLAUSE_WORDS = english.LABEL_END_WORDS

_LEADING_ARTICLE = re.compile(rf"^{word_alternation(english.ARTICLES)}\s+")

_TRAILING = ".,;:!?…"
_WORD_RE = re.compile(r"[\w’'-]+")


class Statement(NamedTuple):
    """What frame extraction reads of a statement (columns of the statement table)."""

    statement_id: int
    camp: str
    actor: str
    text: str
    start: int
    end: int
    mode: str
    cue: str


class FramePhrase(NamedTuple):
    """One frame phrase; ``article[start:end] == phrase``."""

    statement_id: int
    camp: str
    actor: str
    phrase: str
    kind: str
    start: int
    end: int
    label_key: str
    cue: str


def label_key(phrase: str) -> str:
    """Normalise a label for comparison across camps.

    Lower-cased, curly apostrophes made straight, whitespace collapsed,
    surrounding punctuation and a leading article (a, an, the) removed.

    Parameters
    ----------
    phrase : str
        Surface phrase.

    Returns
    -------
    str
        The key.

    Examples
    --------
    >>> label_key("The  Humanitarian catastrophe of Baku’s siege.")
    "humanitarian catastrophe of baku's siege"
    """
    key = " ".join(phrase.replace("’", "'").replace("‘", "'").lower().split())
    key = key.strip(_TRAILING + " \"'")
    return _LEADING_ARTICLE.sub("", key)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` past surrounding spaces and trailing punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return start, end


def _word_count(phrase: str) -> int:
    return len(phrase.split())


def statement_quotes(
    quotes: Sequence[Quote], text: str, start: int, end: int
) -> list[tuple[int, int]]:
    """The closed quotations wholly inside one statement, as offsets into its text.

    Parameters
    ----------
    quotes : sequence of Quote
        Quotations of the article in order of appearance, as
        :func:`narrative_compare.quotes.find_quotes` gives them (a statement's
        own are in :attr:`narrative_compare.attribution.Attribution.quotes`).
    text : str
        The statement, ``article[start:end]``.
    start, end : int
        Its offsets in the article.

    Returns
    -------
    list of (int, int)
        Sorted ``(start, end)`` offsets into ``text``, surrounding spaces and
        trailing punctuation excluded, without duplicates. A quotation left
        open, or whose marks fall in two statements, is not a frame.

    Examples
    --------
    >>> from narrative_compare.quotes import find_quotes
    >>> text = "They called it an “absolute lie.” of Baku’s"
    >>> spans = statement_quotes(find_quotes(text, [(0, len(text))]), text, 0, len(text))
    >>> [text[s:e] for s, e in spans]
    ['absolute lie']
    """
    first = bisect.bisect_left(quotes, start, key=lambda quote: quote.start)
    spans = set()
    for quote in itertools.takewhile(lambda q: q.start < end, quotes[first:]):
        if quote.closed and quote.end <= end:
            trimmed = _trim(text, quote.start - start, quote.end - start)
            if trimmed[1] > trimmed[0]:
                spans.add(trimmed)
    return sorted(spans)


def _unquoted_label(text: str, position: int) -> tuple[int, int] | None:
    """Words from ``position`` up to punctuation or a clause word, at most the word limit."""
    start: int | None = None
    end: int | None = None
    for count, match in enumerate(_WORD_RE.finditer(text, position), start=1):
        gap = text[end if end is not None else position : match.start()]
        if gap.strip() or count > MAX_FRAME_WORDS or match.group().lower() in _CLAUSE_WORDS:
            break
        start = match.start() if start is None else start
        end = match.end()
    return None if start is None or end is None else (start, end)


def _evaluative_spans(text: str, quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of labels introduced by evaluative constructions."""
    quote_at: dict[int, tuple[int, int]] = {}
    for start, end in quotes:
        opening = start - 1
        while opening >= 0 and text[opening].isspace():
            opening -= 1
        if opening >= 0 and text[opening] in _OPENING_MARKS:
            quote_at.setdefault(opening, (start, end))
    spans = set()
    for pattern in _EVALUATIVE_PATTERNS:
        for match in pattern.finditer(text):
            position = match.end()
            span = quote_at.get(position) or _unquoted_label(text, position)
            if span is not None:
                spans.add(span)
    return sorted(spans)


def _statement_frames(
    text: str, mode: str, quotes: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the frames of one statement, offsets into its text."""
    found = {span: "evaluative" for span in _evaluative_spans(text, quotes)}
    if mode in SCARE_QUOTE_MODES:
        for span in quotes:
            found.setdefault(span, "scare_quote")
    return sorted(
        (start, end, kind)
        for (start, end), kind in found.items()
        if _word_count(text[start:end]) <= MAX_FRAME_WORDS
    )


def _check_offsets(article_text: str, row: pd.Series) -> None:
    if article_text[int(row["start"]) : int(row["end"])] != str(row["text"]):
        raise InputError(
            None,
            f"statement {row['statement_id']}: text does not match the article at "
            f"{row['start']}:{row['end']}",
        )


def extract_frames(
    article_text: str, statements: pd.DataFrame, quotes: Sequence[Quote] | None = None
) -> pd.DataFrame:
    """Scare quotes and evaluative labels of every statement of one article.

    Parameters
    ----------
    article_text : str
        The decoded article the statement offsets refer to.
    statements : pandas.DataFrame
        Statement table of that article only (filter corpus tables by
        ``article`` first).
    quotes : sequence of Quote, optional
        The article's quotations in order, as the attribution found them;
        by default :func:`narrative_compare.quotes.find_quotes` finds them
        in the article's paragraphs, which gives the same.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`FRAME_COLUMNS` then :data:`FRAME_EXTRA_COLUMNS`, one row
        per :class:`FramePhrase`, sorted by start then end; offsets are in the
        article (``article_text[start:end] == phrase``, quote marks excluded).

    Raises
    ------
    InputError
        If a statement's text is not found at its offsets in ``article_text``.
    ValueError
        If the table holds statements of several articles.

    Examples
    --------
    >>> article = "Baku denounced the “terrorist” groups."
    >>> table = pd.DataFrame({"statement_id": [1], "camp": ["Azerbaijan"],
    ...     "actor": ["az_gov"], "text": [article], "start": [0], "end": [len(article)],
    ...     "mode": ["mixed"], "cue": ["denounce"]})
    >>> extract_frames(article, table)[["phrase", "kind", "start", "end"]].values.tolist()
    [['terrorist', 'scare_quote', 20, 29]]
    """
    require_columns(statements, ("statement_id", "camp", "actor", "text", "start", "end", "mode"))
    if "article" in statements.columns and statements["article"].nunique() > 1:
        raise ValueError("extract_frames works on one article; filter statements by article")
    if quotes is None:
        paragraphs = segment_text(article_text).paragraphs
        quotes = find_quotes(article_text, [(p.start, p.end) for p in paragraphs])
    phrases: list[FramePhrase] = []
    for _, row in statements.iterrows():
        _check_offsets(article_text, row)
        statement = Statement(
            int(row["statement_id"]),
            str(row["camp"]),
            str(row["actor"]),
            str(row["text"]),
            int(row["start"]),
            int(row["end"]),
            str(row["mode"]),
            str(row.get("cue", "")),
        )
        phrases.extend(statement_phrases(statement, quotes))
    return frames_table(phrases)


def frames_of_rows(rows: StatementRows) -> pd.DataFrame:
    """:func:`extract_frames` of one article's rows from :func:`statement_rows`.

    The rows carry the article's quotations, and each row its own text, so
    no article text is needed (the corpus commands use this).
    """
    picks = [STATEMENT_COLUMNS.index(field) for field in Statement._fields]
    phrases: list[FramePhrase] = []
    for row in rows:
        statement = Statement(*(row[i] for i in picks))
        phrases.extend(statement_phrases(statement, rows.quotes))
    return frames_table(phrases)


def statement_phrases(statement: Statement, quotes: Sequence[Quote]) -> Iterator[FramePhrase]:
    """The frame phrases of one statement, given the article's quotations in order."""
    start, text = statement.start, statement.text
    own = statement_quotes(quotes, text, start, statement.end)
    for lo, hi, kind in _statement_frames(text, statement.mode, own):
        phrase = text[lo:hi]
        yield FramePhrase(
            statement_id=statement.statement_id,
            camp=statement.camp,
            actor=statement.actor,
            phrase=phrase,
            kind=kind,
            start=start + lo,
            end=start + hi,
            label_key=label_key(phrase),
            cue=statement.cue,
        )


def frames_table(phrases: Iterable[FramePhrase]) -> pd.DataFrame:
    """Frame phrases as a table, columns ``FRAME_COLUMNS`` then ``FRAME_EXTRA_COLUMNS``."""
    columns = list(FRAME_COLUMNS) + list(FRAME_EXTRA_COLUMNS)
    table = pd.DataFrame(list(phrases), columns=list(FramePhrase._fields))[columns]
    return table.sort_values(["start", "end"], kind="mergesort").reset_index(drop=True)


#: Reference categories of labels, checked in this order, with general
#: keywords (singular, lower case); see the list in
#: :data:`narrative_compare.lexicon.english.REFERENCE_CATEGORIES`.
REFERENCE_CATEGORIES: tuple[tuple[str, frozenset[str]], ...] = english.REFERENCE_CATEGORIES

#: Category of labels matching no keyword.
OTHER_CATEGORY = "other"

#: Columns of :func:`contested_labels`.
CONTESTED_COLUMNS: tuple[str, ...] = (
    "category",
    "camp",
    "label",
    "label_key",
    "count",
    "exclusivity",
    "n_camps",
)


def _singular_forms(word: str) -> tuple[str, ...]:
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


def label_category(
    label: str,
    categories: Sequence[tuple[str, frozenset[str]]] = REFERENCE_CATEGORIES,
) -> str:
    """Reference category of a label: the category of its last keyword.

    Parameters
    ----------
    label : str
        Label (any case).
    categories : sequence of (name, keywords), default :data:`REFERENCE_CATEGORIES`
        Keywords in singular lower case; plurals are matched by dropping
        ``s``/``es`` or turning ``ies`` into ``y``.

    Returns
    -------
    str
        Category name, or :data:`OTHER_CATEGORY`.

    Examples
    --------
    >>> label_category("anti-terrorism operations"), label_category("absolute lie")
    ('operation/event', 'claims')
    >>> label_category("illegal armed groups"), label_category("complete")
    ('other side', 'other')
    """
    found = OTHER_CATEGORY
    for word in re.findall(r"[a-z]+", label.lower()):
        forms = _singular_forms(word)
        for name, keywords in categories:
            if any(form in keywords for form in forms):
                found = name
                break
    return found


def _category_rank(name: str, categories: Sequence[tuple[str, frozenset[str]]]) -> int:
    names = [category for category, _ in categories] + [OTHER_CATEGORY]
    return names.index(name) if name in names else len(names)


def contested_labels(
    frames: pd.DataFrame,
    *,
    categories: Sequence[tuple[str, frozenset[str]]] = REFERENCE_CATEGORIES,
    kinds: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Each camp's labels side by side, grouped by what they refer to.

    Labels are compared by :func:`label_key`. ``exclusivity`` is the share
    of a label's uses that come from the camp (1.0: only this camp uses it).

    Parameters
    ----------
    frames : pandas.DataFrame
        Output of :func:`extract_frames` (one article or several concatenated).
    categories : sequence of (name, keywords), default :data:`REFERENCE_CATEGORIES`
        Reference lexicon, see :func:`label_category`.
    kinds : sequence of str, optional
        Keep only these frame kinds (default: all).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`CONTESTED_COLUMNS`: ``label`` is the camp's most
        frequent surface form (ties: the first in the table), ``n_camps`` the
        number of camps using the label. Sorted by category (lexicon order,
        ``other`` last), camp, descending exclusivity, descending count, label.

    Examples
    --------
    >>> frames = pd.DataFrame({"camp": ["A", "B", "B"],
    ...     "phrase": ["terrorist attack", "war", "lie"]})
    >>> contested_labels(frames)[["category", "camp", "label"]].values.tolist()
    [['operation/event', 'A', 'terrorist attack'], ['operation/event', 'B', 'war'], \
['claims', 'B', 'lie']]
    """
    if not {"camp", "phrase"} <= set(frames.columns):
        raise ValueError("frames need the columns camp and phrase")
    if kinds is not None and "kind" in frames.columns:
        frames = frames[frames["kind"].isin(list(kinds))]
    table = pd.DataFrame(
        {
            "camp": frames["camp"].astype(str),
            "phrase": frames["phrase"].astype(str),
            "label_key": frames["phrase"].astype(str).map(label_key),
        }
    )
    rows = []
    for (camp, key), part in table.groupby(["camp", "label_key"], sort=True):
        surface = part["phrase"].value_counts(sort=False)
        rows.append({"camp": camp, "label_key": key, "count": len(part), "label": surface.idxmax()})
    result = pd.DataFrame(rows, columns=["camp", "label_key", "count", "label"])
    totals = result.groupby("label_key")["count"].transform("sum")
    result["exclusivity"] = (result["count"] / totals).astype(float)
    result["n_camps"] = result.groupby("label_key")["camp"].transform("nunique")
    result["category"] = result["label_key"].map(lambda key: label_category(key, categories))
    result["_rank"] = result["category"].map(lambda name: _category_rank(name, categories))
    result = result.sort_values(
        ["_rank", "camp", "exclusivity", "count", "label"],
        ascending=[True, True, False, False, True],
        kind="mergesort",
    )
    return result[list(CONTESTED_COLUMNS)].reset_index(drop=True)


def contested_pivot(table: pd.DataFrame, sep: str = "; ") -> pd.DataFrame:
    """Wide view of :func:`contested_labels`: one row per category, one column per camp.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`contested_labels`.
    sep : str, default "; "
        Separator of the labels in a cell.

    Returns
    -------
    pandas.DataFrame
        Column ``category`` then the camps in sorted order; each cell joins the
        camp's labels in the table's order ("" if none). Rows keep the
        category order of ``table``.

    Examples
    --------
    >>> table = contested_labels(pd.DataFrame({"camp": ["A", "B"],
    ...     "phrase": ["anti-terrorism operation", "illegal siege"]}))
    >>> contested_pivot(table).values.tolist()
    [['operation/event', 'anti-terrorism operation', 'illegal siege']]
    """
    camps = sorted(table["camp"].unique())
    categories = list(dict.fromkeys(table["category"]))
    rows = []
    for category in categories:
        part = table[table["category"] == category]
        row = {"category": category}
        for camp in camps:
            row[camp] = sep.join(part.loc[part["camp"] == camp, "label"])
        rows.append(row)
    return pd.DataFrame(rows, columns=["category", *camps])
