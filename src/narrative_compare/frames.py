"""Frame phrases: the labels each camp puts on events, people and claims.

Every statement is read, whatever its mode (direct, indirect, mixed or
narration), and each label gets a ``kind``:

``scare_quote``
    A short quoted fragment (at most :data:`MAX_FRAME_WORDS` words) inside
    reported speech or narration: the speaker's own word quoted by the
    journalist ('branded the operation an “invasion”'), or a label the outlet
    marks as someone else's.
``predicate_label``
    What a predicate calls something: ``described/branded/labelled ... as``,
    ``called it``, ``what they called``, ``termed``, ``dubbed``, ``amounts
    to``, ``nothing but``, ``so-called``. The label is the quotation right
    after the construction if there is one, otherwise the words up to the
    next punctuation mark or clause word. In what a speaker says (not in
    narration), also the complement of "this/it is (a) ...": "This is a
    murder of a river" (:func:`~narrative_compare.labels.copular_labels`).
``quoted_label``
    An evaluative noun phrase inside the speaker's own quoted words (“This
    is a cowardly act of vandalism,” the spokesman said).
``evaluative_np``
    An evaluative noun phrase in reported speech (the ministry accused the
    rebels of a deliberate massacre).
``narration_label``
    An evaluative noun phrase in the journalist's own narration (the
    extremist group said ...): camp ``Narrator``, so an outlet that adopts
    one side's words shows. Also a label a speaker of the same article used
    that the narration repeats without quote marks ("a minor release", then
    "two days after the minor release"; :func:`adopted_in_narration`).

Evaluative noun phrases and predicate labels are found by
:mod:`narrative_compare.labels` from word lists in
:mod:`narrative_compare.lexicon.english`. Where two kinds cover the same
words, the first kind above wins. Another side's word that the speaker
denies or reports ("no evidence of fraud", "its 'fraud' story") is no label
of any kind (:func:`~narrative_compare.labels.is_disowned`).

Each label also gets a ``referent``, what it labels: ``event`` (the
operation, strike, election), ``claims`` (the other side's words), an actor
id when the label names a party and the statement aims at one actor (its
``targets``), ``party`` for other parties, else ``other``
(:data:`REFERENCE_CATEGORIES` decide which).

The quotations are those the attribution found (:mod:`narrative_compare.quotes`,
one quote finder for the whole engine): a closed quotation wholly inside a
statement can be a frame; one left open, or whose marks fall in two
statements, is not.

:func:`contested_labels` then puts the camps' labels side by side per referent.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import pandas as pd

from narrative_compare.actors import ActorTable
from narrative_compare.camps import require_columns
from narrative_compare.errors import InputError
from narrative_compare.labels import (
    copular_labels,
    is_disowned,
    is_label_fragment,
    noun_phrase_labels,
    predicate_labels,
    singular_forms,
    word_role,
)
from narrative_compare.lexicon import english, word_alternation
from narrative_compare.mentions import ActorResolver
from narrative_compare.quotes import Quote, find_quotes
from narrative_compare.schema import FRAME_COLUMNS, STATEMENT_COLUMNS
from narrative_compare.segment import segment_text
from narrative_compare.statements import StatementRows

#: Longest phrase, in words, that counts as a frame.
MAX_FRAME_WORDS = 8

#: Extra columns of :func:`extract_frames`, after :data:`FRAME_COLUMNS`.
FRAME_EXTRA_COLUMNS: tuple[str, ...] = ("label_key", "cue")

#: Kinds of frame phrase, in order of precedence (see the module docstring).
FRAME_KINDS: tuple[str, ...] = (
    "predicate_label",
    "scare_quote",
    "quoted_label",
    "evaluative_np",
    "narration_label",
)

#: Kind of an evaluative noun phrase outside quotations, by the statement's mode.
_NP_KIND_BY_MODE = {"narration": "narration_label"}

#: Modes whose short quotes are scare quotes.
SCARE_QUOTE_MODES: tuple[str, ...] = ("indirect", "mixed", "narration")

_TRAILING = ".,;:!?…"
_LEADING_ARTICLE = re.compile(rf"^{word_alternation(english.ARTICLES)}\s+")


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
    #: ``;``-joined ids of the actors the statement aims at ("" if none).
    targets: str


class FramePhrase(NamedTuple):
    """One frame phrase; ``article[start:end] == phrase``."""

    statement_id: int
    camp: str
    actor: str
    phrase: str
    kind: str
    start: int
    end: int
    referent: str
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


def _statement_frames(
    text: str, mode: str, quotes: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the frames of one statement, offsets into its text."""
    noun_phrases = noun_phrase_labels(text)
    found: list[tuple[int, int, str]] = [
        (start, end, "predicate_label")
        for start, end in predicate_labels(text, quotes, noun_phrases)
    ]
    if mode in SCARE_QUOTE_MODES:
        found += [
            (start, end, "scare_quote")
            for start, end in quotes
            if is_label_fragment(text[start:end])
        ]
    for start, end in noun_phrases:
        quoted = mode == "direct" or any(lo <= start and end <= hi for lo, hi in quotes)
        kind = "quoted_label" if quoted else _NP_KIND_BY_MODE.get(mode, "evaluative_np")
        found.append((start, end, kind))
    if mode != "narration":
        # Last: "This is a cowardly act of vandalism" keeps the kind the
        # phrase has above when it has one.
        found += [
            (start, end, "predicate_label") for start, end in copular_labels(text, noun_phrases)
        ]
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in found:  # in order of precedence
        short = _word_count(text[start:end]) <= MAX_FRAME_WORDS
        if short and not any(start < hi and lo < end for lo, hi, _kind in kept):
            kept.append((start, end, kind))
    # "no evidence of fraud", "its 'fraud' story": the other side's word. Left
    # out after the overlap test, so the word is no label of any kind here.
    return sorted(span for span in kept if not is_disowned(text, span[0], span[1]))


def actor_names(actors: ActorTable | None) -> ActorResolver | None:
    """The actor file's names, for :func:`statement_phrases` (None without a file)."""
    return ActorResolver(actors) if actors is not None else None


def _referent(phrase: str, targets: str, names: ActorResolver | None) -> str:
    """:func:`label_referent`, or the actor of the file a party label names."""
    referent = label_referent(phrase, targets)
    if names is not None and referent not in ("event", "claims", OTHER_CATEGORY):
        named = names.match_name(phrase)
        if named is not None:
            return named.actor
    return referent


def _text_or_empty(value: object) -> str:
    """A table cell as text; a missing value (NaN, None) as ""."""
    return value if isinstance(value, str) else ""


def _check_offsets(article_text: str, row: pd.Series) -> None:
    if article_text[int(row["start"]) : int(row["end"])] != str(row["text"]):
        raise InputError(
            None,
            f"statement {row['statement_id']}: text does not match the article at "
            f"{row['start']}:{row['end']}",
        )


def extract_frames(
    article_text: str,
    statements: pd.DataFrame,
    quotes: Sequence[Quote] | None = None,
    actors: ActorTable | None = None,
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
    actors : ActorTable, optional
        The actor file: a label for a party that names one of its actors
        ("illegal Armenian armed groups") refers to that actor.

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
    names = actor_names(actors)
    article_statements: list[Statement] = []
    for _, row in statements.iterrows():
        _check_offsets(article_text, row)
        article_statements.append(
            Statement(
                int(row["statement_id"]),
                str(row["camp"]),
                str(row["actor"]),
                str(row["text"]),
                int(row["start"]),
                int(row["end"]),
                str(row["mode"]),
                str(row.get("cue", "")),
                _text_or_empty(row.get("targets", "")),
            )
        )
    return frames_table(article_phrases(article_statements, quotes, names))


def frames_of_rows(rows: StatementRows, actors: ActorTable | None = None) -> pd.DataFrame:
    """:func:`extract_frames` of one article's rows from :func:`statement_rows`.

    The rows carry the article's quotations, and each row its own text, so
    no article text is needed (the corpus commands use this).
    """
    return frames_table(phrases_of_rows(rows, actor_names(actors)))


def phrases_of_rows(rows: StatementRows, names: ActorResolver | None = None) -> list[FramePhrase]:
    """The frame phrases of one article's rows, sorted by start then end.

    The DataFrame-free core of :func:`frames_of_rows`, for streaming large
    corpora; ``names`` as in :func:`statement_phrases`.
    """
    picks = [STATEMENT_COLUMNS.index(field) for field in Statement._fields]
    statements = [Statement(*(row[i] for i in picks)) for row in rows]
    return article_phrases(statements, rows.quotes, names)


def article_phrases(
    statements: Sequence[Statement], quotes: Sequence[Quote], names: ActorResolver | None = None
) -> list[FramePhrase]:
    """The frame phrases of one article's statements, sorted by start then end.

    Each statement's own (:func:`statement_phrases`), then the labels its
    narration takes over from the article's speakers
    (:func:`adopted_in_narration`).
    """
    phrases: list[FramePhrase] = []
    for statement in statements:
        phrases.extend(statement_phrases(statement, quotes, names))
    phrases.extend(adopted_in_narration(statements, phrases, names))
    return sorted(phrases, key=lambda phrase: (phrase.start, phrase.end))  # stable


def adopted_in_narration(
    statements: Sequence[Statement],
    phrases: Sequence[FramePhrase],
    names: ActorResolver | None = None,
) -> Iterator[FramePhrase]:
    """Narration that repeats, unquoted, a label a speaker of the same article used.

    "Anselm called it 'a minor release'" and then, in the journalist's
    words, "two days after the minor release": the outlet adopts the
    speaker's name for the event, which is what the narration label
    exists to show. A speaker's label of two words or more, or a single
    loaded word ("siege" is an event's plain name, "occupation" judges),
    is looked for; denied or reported uses ("talk of a ...") are not
    labels (:func:`~narrative_compare.labels.is_disowned`).
    """
    spoken = {statement.statement_id for statement in statements if statement.mode != "narration"}
    labels = sorted(
        {
            phrase.phrase.lower()
            for phrase in phrases
            if phrase.statement_id in spoken and _can_be_adopted(phrase.phrase)
        },
        key=lambda label: (-len(label), label),
    )
    if not labels:
        return
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(label) for label in labels) + r")(?![\w-])",
        re.IGNORECASE,
    )
    taken: dict[int, list[tuple[int, int]]] = {}
    for phrase in phrases:
        taken.setdefault(phrase.statement_id, []).append((phrase.start, phrase.end))
    for statement in statements:
        if statement.statement_id in spoken:
            continue
        own = taken.get(statement.statement_id, [])
        for match in pattern.finditer(statement.text):
            start, end = statement.start + match.start(), statement.start + match.end()
            if any(start < hi and lo < end for lo, hi in own):
                continue
            if is_disowned(statement.text, match.start(), match.end()):
                continue
            yield FramePhrase(
                statement_id=statement.statement_id,
                camp=statement.camp,
                actor=statement.actor,
                phrase=match.group(),
                kind="narration_label",
                start=start,
                end=end,
                referent=_referent(match.group(), statement.targets, names),
                label_key=label_key(match.group()),
                cue=statement.cue,
            )


def _can_be_adopted(label: str) -> bool:
    """Whether a speaker's label is specific enough to be recognised in narration."""
    words = label.split()
    return len(words) >= 2 or word_role(label) == "loaded"


def statement_phrases(
    statement: Statement, quotes: Sequence[Quote], names: ActorResolver | None = None
) -> Iterator[FramePhrase]:
    """The frame phrases of one statement, given the article's quotations in order.

    ``names`` (the actor file's) lets a label for a party refer to the actor
    it names.
    """
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
            referent=_referent(phrase, statement.targets, names),
            label_key=label_key(phrase),
            cue=statement.cue,
        )


def frames_table(phrases: Iterable[FramePhrase]) -> pd.DataFrame:
    """Frame phrases as a table, columns ``FRAME_COLUMNS`` then ``FRAME_EXTRA_COLUMNS``."""
    columns = list(FRAME_COLUMNS) + list(FRAME_EXTRA_COLUMNS)
    table = pd.DataFrame(list(phrases), columns=list(FramePhrase._fields))[columns]
    table = table.astype({"statement_id": "int64", "start": "int64", "end": "int64"})
    return table.sort_values(["start", "end"], kind="mergesort").reset_index(drop=True)


#: Reference categories of labels, checked in this order, with general
#: keywords (singular, lower case); see the list in
#: :data:`narrative_compare.lexicon.english.REFERENCE_CATEGORIES`.
REFERENCE_CATEGORIES: tuple[tuple[str, frozenset[str]], ...] = english.REFERENCE_CATEGORIES

#: Category of labels matching no keyword.
OTHER_CATEGORY = "other"

#: Columns of :func:`contested_labels`.
CONTESTED_COLUMNS: tuple[str, ...] = (
    "referent",
    "camp",
    "label",
    "label_key",
    "count",
    "exclusivity",
    "n_camps",
)


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
    >>> label_category("strike-breakers"), label_category("anti-terrorism raid")
    ('other side', 'operation/event')
    """
    found = OTHER_CATEGORY
    for token in _LABEL_TOKEN.findall(label.lower()):
        # "strike-breakers" is a keyword whole; "anti-terrorism" by its parts.
        whole = _word_category(token, categories)
        if whole:
            found = whole
            continue
        for part in token.split("-"):
            found = _word_category(part, categories) or found
    return found


# A word of a label, hyphenated compounds whole ("strike-breakers").
_LABEL_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _word_category(word: str, categories: Sequence[tuple[str, frozenset[str]]]) -> str:
    """The first category one of whose keywords is ``word`` or its singular, or ""."""
    forms = singular_forms(word)
    for name, keywords in categories:
        if any(form in keywords for form in forms):
            return name
    return ""


#: Referent of each reference category (see :func:`label_referent`).
_REFERENT_OF_CATEGORY = {"operation/event": "event", "claims": "claims", "other side": "party"}


def label_referent(label: str, targets: str = "") -> str:
    """What a label labels: ``event``, ``claims``, a party, or ``other``.

    A label for a party ("terrorists", "the regime") refers to the actor the
    statement aims at when it aims at one (``targets``: ``;``-joined ids),
    else to ``party``.

    Examples
    --------
    >>> label_referent("deliberate massacre"), label_referent("absolute lie")
    ('event', 'claims')
    >>> label_referent("illegal armed groups", "arm_forces"), label_referent("thugs")
    ('arm_forces', 'party')
    """
    referent = _REFERENT_OF_CATEGORY.get(label_category(label), OTHER_CATEGORY)
    aimed_at = [target for target in targets.split(";") if target]
    if referent == "party" and len(aimed_at) == 1:
        return aimed_at[0]
    return referent


#: Order of referents in :func:`contested_labels`: the event first, then the
#: parties (actor ids and ``party``), the claims, and ``other`` last.
_REFERENT_RANK = {"event": 0, "claims": 2, OTHER_CATEGORY: 3}


def _referent_rank(referent: str) -> int:
    return _REFERENT_RANK.get(referent, 1)


def contested_labels(frames: pd.DataFrame, *, kinds: Sequence[str] | None = None) -> pd.DataFrame:
    """Each camp's labels side by side, grouped by what they refer to.

    Labels are compared by :func:`label_key`. ``exclusivity`` is the share
    of a label's uses that come from the camp (1.0: only this camp uses it).

    Parameters
    ----------
    frames : pandas.DataFrame
        Output of :func:`extract_frames` (one article or several concatenated);
        without a ``referent`` column each label's is found by
        :func:`label_referent`.
    kinds : sequence of str, optional
        Keep only these frame kinds (default: all).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`CONTESTED_COLUMNS`: ``label`` is the camp's most
        frequent surface form (ties: the first in the table), ``n_camps`` the
        number of camps using the label for that referent. Sorted by referent
        (the event, parties, claims, other), camp, descending exclusivity,
        descending count, label.

    Examples
    --------
    >>> frames = pd.DataFrame({"camp": ["A", "B", "B"],
    ...     "phrase": ["counter-insurgency sweep", "invasion", "lie"]})
    >>> contested_labels(frames)[["referent", "camp", "label"]].values.tolist()
    [['event', 'A', 'counter-insurgency sweep'], ['event', 'B', 'invasion'], \
['claims', 'B', 'lie']]
    """
    if not {"camp", "phrase"} <= set(frames.columns):
        raise ValueError("frames need the columns camp and phrase")
    if kinds is not None and "kind" in frames.columns:
        frames = frames[frames["kind"].isin(list(kinds))]
    phrases = frames["phrase"].astype(str)
    if "referent" in frames.columns:
        referents = frames["referent"].fillna(OTHER_CATEGORY).astype(str)
    else:
        referents = phrases.map(label_referent)
    table = pd.DataFrame(
        {
            "referent": referents,
            "camp": frames["camp"].astype(str),
            "phrase": phrases,
            "label_key": phrases.map(label_key),
        }
    )
    rows = []
    for (referent, camp, key), part in table.groupby(["referent", "camp", "label_key"], sort=True):
        surface = part["phrase"].value_counts(sort=False)
        rows.append(
            {
                "referent": referent,
                "camp": camp,
                "label_key": key,
                "count": len(part),
                "label": surface.idxmax(),
            }
        )
    result = pd.DataFrame(rows, columns=["referent", "camp", "label_key", "count", "label"])
    per_label = result.groupby(["referent", "label_key"])
    result["exclusivity"] = (result["count"] / per_label["count"].transform("sum")).astype(float)
    result["n_camps"] = per_label["camp"].transform("nunique")
    result["_rank"] = result["referent"].map(_referent_rank)
    result = result.sort_values(
        ["_rank", "referent", "camp", "exclusivity", "count", "label"],
        ascending=[True, True, True, False, False, True],
        kind="mergesort",
    )
    return result[list(CONTESTED_COLUMNS)].reset_index(drop=True)


def contested_pivot(table: pd.DataFrame, sep: str = "; ") -> pd.DataFrame:
    """Wide view of :func:`contested_labels`: one row per referent, one column per camp.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`contested_labels`.
    sep : str, default "; "
        Separator of the labels in a cell.

    Returns
    -------
    pandas.DataFrame
        Column ``referent`` then the camps in sorted order; each cell joins
        the camp's labels in the table's order, each with its count when
        used more than once ("" if none). Rows keep the referent order of
        ``table``.

    Examples
    --------
    >>> table = contested_labels(pd.DataFrame({"camp": ["A", "B", "B"],
    ...     "phrase": ["anti-terrorism operation", "illegal siege", "illegal siege"]}))
    >>> contested_pivot(table).values.tolist()
    [['event', 'anti-terrorism operation', 'illegal siege (2)']]
    """
    camps = sorted(table["camp"].unique())
    rows = []
    for referent in dict.fromkeys(table["referent"]):
        part = table[table["referent"] == referent]
        row = {"referent": referent}
        for camp in camps:
            mine = part[part["camp"] == camp]
            row[camp] = sep.join(
                label if count == 1 else f"{label} ({count})"
                for label, count in zip(mine["label"], mine["count"], strict=True)
            )
        rows.append(row)
    return pd.DataFrame(rows, columns=["referent", *camps])
