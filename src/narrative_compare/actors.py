"""Actor files: who speaks in an article and which camp each speaker belongs to.

An actor file is a small YAML document::

    camps:                      # optional: camp name -> {color: "#rrggbb"}
      Azerbaijan: {color: "#1f77b4"}
    actors:
      - id: az_mod              # unique, letters, digits, "_", "." and "-"
        name: Azerbaijani Ministry of Defense
        camp: Azerbaijan
        aliases: [Ministry of Defense of Azerbaijan]   # optional

The loader is strict because the file is written by hand and a silent typo
(``nmae:``, an alias shared by two actors, a camp spelt two ways) would quietly
change every attribution downstream. Every problem raises
:class:`~narrative_compare.errors.InputError` naming the file, the key and,
when the text came from a file, the line.

Security: the file is parsed with PyYAML's safe loader only, so tags such as
``!!python/object/apply`` are refused and never executed. Anchors and aliases
(``&a`` / ``*a``) are plain YAML and stay allowed, but the node tree is walked
before anything else with a budget that charges every alias *each time it is
reached*: a "billion laughs" document is a few hundred bytes whose expansion
has 10**9 nodes, so counting expanded visits (not distinct nodes) is what
stops it after :data:`MAX_YAML_NODES` steps instead of after the expansion.
Recursive aliases and absurd nesting are refused in the same walk.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from narrative_compare.errors import InputError
from narrative_compare.schema import NARRATOR_ACTOR, NARRATOR_CAMP, UNASSIGNED_CAMP

__all__ = [
    "DEFAULT_PALETTE",
    "EXTRA_PALETTE",
    "MAX_FILE_BYTES",
    "MAX_YAML_DEPTH",
    "MAX_YAML_NODES",
    "NARRATOR_COLOR",
    "UNASSIGNED_COLOR",
    "Actor",
    "ActorTable",
    "actors_from_records",
    "camp_color_map",
    "load_actors",
    "name_key",
]

#: Largest actor file accepted, in bytes (1 MiB; real files are a few kB).
MAX_FILE_BYTES = 1_048_576
#: Most YAML nodes visited while checking a document, alias expansions included.
MAX_YAML_NODES = 100_000
#: Deepest nesting accepted (an actor file needs 4 levels).
MAX_YAML_DEPTH = 32

#: matplotlib's "tab10" colours, in matplotlib's order.
DEFAULT_PALETTE: tuple[str, ...] = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
#: The light half of matplotlib's "tab20", used once DEFAULT_PALETTE is spent.
EXTRA_PALETTE: tuple[str, ...] = (
    "#aec7e8",
    "#ffbb78",
    "#98df8a",
    "#ff9896",
    "#c5b0d5",
    "#c49c94",
    "#f7b6d2",
    "#dbdb8d",
    "#9edae5",
)
#: The journalist's own narration is always mid grey.
NARRATOR_COLOR = "#7f7f7f"
#: Statements without an actor file: light grey, read as "no camp" next to the narrator.
UNASSIGNED_COLOR = "#c7c7c7"

_TOP_KEYS: tuple[str, ...] = ("actors", "camps")
_ACTOR_KEYS: tuple[str, ...] = ("id", "name", "camp", "aliases")
_CAMP_KEYS: tuple[str, ...] = ("color",)
_ID_RE = re.compile(r"[A-Za-z0-9_.-]+")
_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")
_RESERVED_CAMPS: tuple[str, ...] = (NARRATOR_CAMP, UNASSIGNED_CAMP)
_RESERVED_KEYS = frozenset(camp.casefold() for camp in _RESERVED_CAMPS)
_RESERVED_USE = {
    NARRATOR_CAMP.casefold(): "the journalist's narration",
    UNASSIGNED_CAMP.casefold(): "statements read without an actor file",
}

_YAML = "tag:yaml.org,2002:"
_STR_TAG = _YAML + "str"
_MAP_TAG = _YAML + "map"
_SEQ_TAG = _YAML + "seq"
# Every tag the safe constructor knows, plus the two it handles inside mappings.
_SAFE_TAGS = frozenset(tag for tag in yaml.SafeLoader.yaml_constructors if tag) | {
    _YAML + "merge",
    _YAML + "value",
}
_TYPE_NAMES = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "null": "null",
    "timestamp": "date",
    "binary": "bytes",
    "set": "set",
    "omap": "ordered mapping",
    "pairs": "list of pairs",
    "seq": "list",
    "map": "mapping",
}
# Tag prefix of values that came from Python (actors_from_records), not YAML.
_PY_TAG = "tag:narrative-compare,python:"


class Actor(NamedTuple):
    """One speaker of an actor file.

    Attributes
    ----------
    id : str
        Unique identifier written to the ``actor`` column of the statement table.
    name : str
        Display name.
    camp : str
        Camp the actor belongs to.
    aliases : tuple of str
        Other names the article uses for the actor (the name itself excluded).
    """

    id: str
    name: str
    camp: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorTable:
    """The actors of one actor file, in file order.

    Attributes
    ----------
    actors : tuple of Actor
        The actors, in the order of the file.
    camp_colors : dict of str to str
        Colours given in the ``camps`` mapping (lower-case ``#rrggbb``); camps
        without a given colour are absent, see :meth:`color_map`.
    path : Path or None
        The file the table was read from (``None`` when built in code).

    Examples
    --------
    >>> table = actors_from_records([{"id": "a", "name": "A", "camp": "X", "aliases": ["Ay"]}])
    >>> len(table), table.ids, table.camps, table.names_of("a")
    (1, ('a',), ('X',), ('A', 'Ay'))
    """

    actors: tuple[Actor, ...]
    camp_colors: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        if isinstance(actor_id, str):
            return actor_id in self._by_id
        return any(actor.id == actor_id for actor in self.actors)

    @functools.cached_property
    def _by_id(self) -> dict[str, Actor]:
        """Each id's (first) actor, built when first asked: a file may list 50k actors."""
        index: dict[str, Actor] = {}
        for actor in self.actors:
            index.setdefault(actor.id, actor)
        return index

    def by_id(self, actor_id: str) -> Actor:
        """Return the actor with this id.

        Parameters
        ----------
        actor_id : str
            An actor id, matched exactly.

        Returns
        -------
        Actor

        Raises
        ------
        KeyError
            If no actor has this id.
        """
        if isinstance(actor_id, str):
            found = self._by_id.get(actor_id)
            if found is not None:
                return found
        else:
            for actor in self.actors:
                if actor.id == actor_id:
                    return actor
        raise KeyError(actor_id)

    @property
    def ids(self) -> tuple[str, ...]:
        """Actor ids in file order."""
        return tuple(actor.id for actor in self.actors)

    @property
    def camps(self) -> tuple[str, ...]:
        """Camps in order of first appearance among the actors."""
        return tuple(dict.fromkeys(actor.camp for actor in self.actors))

    def names_of(self, actor: Actor | str) -> tuple[str, ...]:
        """Return the name and the aliases of an actor, without repeats.

        Parameters
        ----------
        actor : Actor or str
            The actor or its id.

        Returns
        -------
        tuple of str
            The name first, then the aliases in file order; a spelling equal
            to an earlier one up to case and spacing (see :func:`name_key`) is
            left out.

        Raises
        ------
        KeyError
            If ``actor`` is an id that is not in the table.
        """
        if isinstance(actor, str):
            actor = self.by_id(actor)
        return _dedupe((actor.name, *actor.aliases))

    def color_map(self) -> dict[str, str]:
        """Return a colour for every camp of the table, see :func:`camp_color_map`."""
        return camp_color_map(self.camps, self.camp_colors)


def name_key(text: str) -> str:
    """Return the form two names are compared in: NFC, case-folded, single spaces.

    Parameters
    ----------
    text : str
        A name or alias.

    Returns
    -------
    str

    Examples
    --------
    >>> name_key("  Red   CROSS ")
    'red cross'
    """
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def camp_color_map(camps: Sequence[str], given: Mapping[str, str] | None = None) -> dict[str, str]:
    """Give every camp a colour, the same one for the same input.

    ``"Narrator"`` is always :data:`NARRATOR_COLOR` and ``"unassigned"``
    always :data:`UNASSIGNED_COLOR`. Other camps keep their colour from
    ``given``; the rest take, in the order of ``camps``, the first colour of
    :data:`DEFAULT_PALETTE` then :data:`EXTRA_PALETTE` that is neither
    reserved nor already used. When all are used, colours repeat in palette
    order.

    Parameters
    ----------
    camps : sequence of str
        Camps to colour; repeats are ignored.
    given : mapping of str to str, optional
        Colours chosen by the user (``#rrggbb``); entries for camps not in
        ``camps`` are ignored.

    Returns
    -------
    dict of str to str
        Camp -> lower-case ``#rrggbb``, in the order of ``camps``.

    Raises
    ------
    ValueError
        If a given colour is not ``#rrggbb``.

    Examples
    --------
    >>> camp_color_map(["A", "Narrator", "B"], {"B": "#1F77B4"})
    {'A': '#ff7f0e', 'Narrator': '#7f7f7f', 'B': '#1f77b4'}
    """
    given = {} if given is None else dict(given)
    for camp, color in given.items():
        if not isinstance(color, str) or not _COLOR_RE.fullmatch(color):
            raise ValueError(f"colour of camp {camp!r} must be '#rrggbb', not {color!r}")
    order = list(dict.fromkeys(camps))
    fixed = {NARRATOR_CAMP: NARRATOR_COLOR, UNASSIGNED_CAMP: UNASSIGNED_COLOR}
    result: dict[str, str | None] = {}
    for camp in order:
        if camp in fixed:
            result[camp] = fixed[camp]
        elif camp in given:
            result[camp] = given[camp].lower()
        else:
            result[camp] = None
    used = {color for color in result.values() if color} | set(fixed.values())
    candidates = [c for c in (*DEFAULT_PALETTE, *EXTRA_PALETTE) if c not in used]
    # Palette is spent: cycle through it so the output stays deterministic.
    spare = [c for c in DEFAULT_PALETTE if c not in fixed.values()]
    n_spare = 0
    for camp in order:
        if result[camp] is None:
            if candidates:
                result[camp] = candidates.pop(0)
            else:
                result[camp] = spare[n_spare % len(spare)]
                n_spare += 1
    return {camp: color for camp, color in result.items() if color is not None}


def load_actors(path: str | Path) -> ActorTable:
    """Read and check an actor file.

    Parameters
    ----------
    path : str or Path
        A UTF-8 YAML file (a byte-order mark is allowed) of at most
        :data:`MAX_FILE_BYTES` bytes.

    Returns
    -------
    ActorTable

    Raises
    ------
    InputError
        If the file cannot be read, is not plain YAML, or does not describe a
        valid set of actors; the message names the key and the line.

    Examples
    --------
    >>> table = load_actors("seeds/azerbaijan_karabakh_offensive_2023.actors.yml")  # doctest: +SKIP
    >>> table.by_id("az_mod").camp  # doctest: +SKIP
    'Azerbaijan'
    """
    path = Path(path)
    text = _read_text(path)
    root = _compose(path, text)
    return _table_from_node(path, root)


def actors_from_records(
    records: Sequence[Mapping[str, Any] | Actor],
    camp_colors: Mapping[str, str] | None = None,
) -> ActorTable:
    """Build an actor table in code, with the checks of :func:`load_actors`.

    Parameters
    ----------
    records : sequence of mapping or Actor
        One mapping per actor with keys ``id``, ``name``, ``camp`` and,
        optionally, ``aliases`` (a list or tuple of strings).
    camp_colors : mapping of str to str, optional
        Camp -> ``#rrggbb``, like the ``camps`` section of an actor file.

    Returns
    -------
    ActorTable
        With ``path`` set to ``None``.

    Raises
    ------
    InputError
        With ``path`` ``None``, for the same problems :func:`load_actors` reports.

    Examples
    --------
    >>> table = actors_from_records(
    ...     [{"id": "gov", "name": "Government", "camp": "State"}], {"State": "#123456"}
    ... )
    >>> table.by_id("gov").name, table.camp_colors
    ('Government', {'State': '#123456'})
    """
    document: dict[str, Any] = {
        "actors": [r._asdict() if isinstance(r, Actor) else r for r in records]
    }
    if camp_colors is not None:
        document["camps"] = {camp: {"color": color} for camp, color in camp_colors.items()}
    return _table_from_node(None, _python_to_node(document, 0))


# --------------------------------------------------------------------------- reading


def _read_text(path: Path) -> str:
    if not path.exists():
        raise InputError(path, "actor file not found")
    if path.is_dir():
        raise InputError(path, "is a directory, not an actor file")
    if not path.is_file():
        raise InputError(path, "is not a regular file")
    try:
        # Read one byte past the limit: st_size is not trusted (it can change or lie).
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise InputError(path, f"cannot read the actor file: {error.strerror}") from error
    if len(data) > MAX_FILE_BYTES:
        raise InputError(path, f"file is larger than {MAX_FILE_BYTES} bytes; not an actor file")
    if not data:
        raise InputError(path, "file is empty; expected a mapping with an 'actors' list")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            path,
            f"line {line}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); save the file as UTF-8",
        ) from error


def _compose(path: Path, text: str) -> Node:
    """Parse ``text`` into a checked YAML node tree (safe loader only)."""
    try:
        # The reader checks the characters in its constructor: keep it inside the try.
        loader = yaml.SafeLoader(text)
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        raise InputError(path, _describe_yaml_error(error)) from error
    except yaml.reader.ReaderError as error:
        line = text[: error.position].count("\n") + 1
        raise InputError(
            path, f"line {line}: character #x{error.character:04x} is not allowed in YAML"
        ) from error
    except RecursionError as error:
        raise InputError(path, "YAML nesting is too deep; not an actor file") from error
    try:
        if root is None:
            raise InputError(
                path,
                "file has no YAML content (only blank lines or comments); "
                "expected a mapping with an 'actors' list",
            )
        _check_tree(path, root)
        try:
            # Safety net and merge keys: the safe constructor refuses any tag it
            # does not know and flattens "<<" into the mapping nodes in place.
            loader.construct_document(root)
        except yaml.constructor.ConstructorError as error:
            raise InputError(path, _describe_yaml_error(error)) from error
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as error:
            raise InputError(path, f"invalid YAML value: {error}") from error
    finally:
        loader.dispose()
    return root


def _describe_yaml_error(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or "cannot parse"
    if "could not determine a constructor for the tag" in problem:
        tag = problem.split("tag", 1)[1].strip(" '\"")
        return (
            f"{_where(error.problem_mark)}unsupported YAML tag {_show_tag(tag)!r} "
            "(only plain YAML is allowed)"
        )
    text = f"{_where(error.problem_mark, column=True)}invalid YAML: {problem}"
    if error.context:
        context = error.context
        if error.context_mark is not None:
            context += f" started at line {error.context_mark.line + 1}"
        text += f" ({context})"
    return text


def _where(mark: Any, column: bool = False) -> str:
    if mark is None:
        return ""
    if column:
        return f"line {mark.line + 1}, column {mark.column + 1}: "
    return f"line {mark.line + 1}: "


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML) :] if tag.startswith(_YAML) else tag


def _check_tree(path: Path, root: Node) -> None:
    """Refuse YAML bombs, recursive aliases, deep nesting, unsafe tags, duplicate keys.

    The walk is iterative and visits a node again each time an alias leads to
    it, so the budget measures the expanded document (see the module docstring).
    """
    visits = 0
    on_path: set[int] = set()
    checked_mappings: set[int] = set()
    stack: list[tuple[Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, leaving = stack.pop()
        if leaving:
            on_path.discard(id(node))
            continue
        if id(node) in on_path:
            raise InputError(
                path,
                f"{_where(node.start_mark)}recursive YAML alias (a node "
                "that contains itself); not allowed in an actor file",
            )
        visits += 1
        if visits > MAX_YAML_NODES:
            raise InputError(
                path,
                f"too many YAML nodes (more than {MAX_YAML_NODES} counting alias "
                "expansions; possible YAML bomb)",
            )
        if depth > MAX_YAML_DEPTH:
            raise InputError(
                path,
                f"{_where(node.start_mark)}YAML nesting deeper than "
                f"{MAX_YAML_DEPTH} levels; not an actor file",
            )
        if node.tag not in _SAFE_TAGS:
            raise InputError(
                path,
                f"{_where(node.start_mark)}unsupported YAML tag "
                f"{_show_tag(node.tag)!r} (only plain YAML is allowed)",
            )
        if isinstance(node, ScalarNode):
            continue
        on_path.add(id(node))
        stack.append((node, depth, True))
        if isinstance(node, SequenceNode):
            children = list(node.value)
        else:
            if id(node) not in checked_mappings:
                checked_mappings.add(id(node))
                _check_duplicate_keys(path, node)
            children = [child for pair in node.value for child in pair]
        stack.extend((child, depth + 1, False) for child in reversed(children))


def _check_duplicate_keys(path: Path, node: MappingNode) -> None:
    seen: dict[Any, Node] = {}
    for key, _ in node.value:
        if not isinstance(key, ScalarNode) or key.tag == _YAML + "merge":
            continue
        ident = (key.tag, key.value)
        if ident in seen:
            raise InputError(
                path, f"{_where(key.start_mark)}duplicate key {key.value!r}{_also_at(seen[ident])}"
            )
        seen[ident] = key


# --------------------------------------------------------------------------- records


def _python_to_node(value: Any, depth: int) -> Node:
    """Turn plain Python data into the node tree the validator reads (no marks)."""
    if depth > MAX_YAML_DEPTH:
        raise InputError(None, f"records nested deeper than {MAX_YAML_DEPTH} levels")
    if isinstance(value, str):
        return ScalarNode(_STR_TAG, value)
    if isinstance(value, Mapping):
        pairs = [
            (_python_to_node(k, depth + 1), _python_to_node(v, depth + 1)) for k, v in value.items()
        ]
        return MappingNode(_MAP_TAG, pairs)
    if isinstance(value, list | tuple):
        return SequenceNode(_SEQ_TAG, [_python_to_node(v, depth + 1) for v in value])
    if value is None:
        return ScalarNode(_YAML + "null", "null")
    if isinstance(value, bool):
        return ScalarNode(_YAML + "bool", str(value).lower())
    if isinstance(value, int):
        return ScalarNode(_YAML + "int", str(value))
    if isinstance(value, float):
        return ScalarNode(_YAML + "float", repr(value))
    return ScalarNode(_PY_TAG + type(value).__name__, repr(value))


# --------------------------------------------------------------------------- checking


class _Checker:
    """Validation of an actor document given as a YAML node tree."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def fail(self, node: Node | None, problem: str) -> InputError:
        mark = None if node is None else node.start_mark
        return InputError(self.path, _where(mark) + problem)

    def pairs(self, node: MappingNode) -> list[tuple[Node, Node]]:
        # For files, _compose ran the safe constructor, which merged "<<" keys
        # into node.value in place; were it not so, "<<" would be reported as
        # an unknown key, never silently dropped.
        return list(node.value)

    def string(self, node: Node, what: str) -> str:
        """Return a non-empty string value, whitespace collapsed."""
        if not (isinstance(node, ScalarNode) and node.tag == _STR_TAG):
            kind = _kind(node)
            hint = ""
            if isinstance(node, ScalarNode) and kind in ("int", "float", "bool", "date"):
                hint = f' (put it in quotes: "{node.value}")'
            if kind == "null":
                raise self.fail(node, f"{what} is empty")
            raise self.fail(node, f"{what} must be a string, not {kind}{hint}")
        value = " ".join(node.value.split())
        if not value:
            raise self.fail(node, f"{what} is empty")
        return value

    def keys(
        self,
        node: MappingNode,
        allowed: tuple[str, ...],
        where: str,
        hints: Mapping[str, str] | None = None,
    ) -> dict[str, tuple[Node, Node]]:
        found: dict[str, tuple[Node, Node]] = {}
        for key, value in self.pairs(node):
            name = key.value if isinstance(key, ScalarNode) else None
            if not (isinstance(key, ScalarNode) and key.tag == _STR_TAG and name in allowed):
                shown = repr(name) if name is not None else f"of type {_kind(key)}"
                hint = (hints or {}).get(str(name).lower(), "")
                raise self.fail(
                    key, f"{where}unknown key {shown} (allowed: {', '.join(allowed)}){hint}"
                )
            found[name] = (key, value)
        return found

    def table(self, root: Node) -> ActorTable:
        if not isinstance(root, MappingNode):
            raise self.fail(
                root, f"the top level must be a mapping with an 'actors' list, not {_kind(root)}"
            )
        top = self.keys(root, _TOP_KEYS, "top level: ")
        if "actors" not in top:
            raise self.fail(root, "missing required top-level key 'actors' (a list of actors)")
        actors_key, actors_node = top["actors"]
        if not isinstance(actors_node, SequenceNode):
            kind = _kind(actors_node)
            problem = "is empty" if kind == "null" else f"must be a list of actors, not {kind}"
            raise self.fail(actors_node if kind != "null" else actors_key, f"'actors' {problem}")
        if not actors_node.value:
            raise self.fail(actors_node, "'actors' is an empty list; give at least one actor")
        actors: list[Actor] = []
        id_nodes: dict[str, tuple[str, Node]] = {}
        claimed: dict[str, tuple[str, Node]] = {}
        camp_nodes: dict[str, tuple[str, Node]] = {}
        for number, entry in enumerate(actors_node.value, start=1):
            actor, camp_node = self.actor(entry, number, id_nodes, claimed)
            self.same_camp_spelling(actor.camp, camp_node, camp_nodes)
            actors.append(actor)
        colors = self.camps(top.get("camps"), camp_nodes)
        return ActorTable(actors=tuple(actors), camp_colors=colors, path=self.path)

    def actor(
        self,
        entry: Node,
        number: int,
        id_nodes: dict[str, tuple[str, Node]],
        claimed: dict[str, tuple[str, Node]],
    ) -> tuple[Actor, Node]:
        label = f"actor #{number}"
        if not isinstance(entry, MappingNode):
            raise self.fail(
                entry,
                f"{label} must be a mapping with keys {', '.join(_ACTOR_KEYS)}, not {_kind(entry)}",
            )
        colour_hint = "; colours are given per camp in the top-level 'camps' mapping"
        found = self.keys(
            entry, _ACTOR_KEYS, f"{label}: ", {"color": colour_hint, "colour": colour_hint}
        )
        for key in ("id", "name", "camp"):
            if key not in found:
                raise self.fail(entry, f"{label}: missing required key {key!r}")
        actor_id = self.string(found["id"][1], f"{label}: 'id'")
        id_node = found["id"][1]
        if not _ID_RE.fullmatch(actor_id):
            raise self.fail(
                id_node,
                f"{label}: id {actor_id!r} may only contain ASCII "
                "letters, digits, '_', '.' and '-'",
            )
        if actor_id.casefold() == NARRATOR_ACTOR:
            raise self.fail(
                id_node, f"{label}: id {actor_id!r} is reserved for the journalist's narration"
            )
        if actor_id.casefold() in id_nodes:
            first_id, first_node = id_nodes[actor_id.casefold()]
            same = "" if first_id == actor_id else f" (as {first_id!r}, ids differ only by case)"
            raise self.fail(id_node, f"duplicate actor id {actor_id!r}{same}{_also_at(first_node)}")
        id_nodes[actor_id.casefold()] = (actor_id, id_node)
        label = f"actor {actor_id!r}"
        name = self.string(found["name"][1], f"{label}: 'name'")
        camp = self.string(found["camp"][1], f"{label}: 'camp'")
        # "unassigned" as written is allowed: a drafted actor file
        # (``narrative-compare actors``) leaves the camps for the user to fill.
        if camp != UNASSIGNED_CAMP and camp.casefold() in _RESERVED_KEYS:
            raise self.fail(
                found["camp"][1],
                f"{label}: camp {camp!r} is reserved for {_RESERVED_USE[camp.casefold()]}",
            )
        aliases = self.aliases(found.get("aliases"), label)
        names = [(name, found["name"][1]), *aliases]
        own: dict[str, Node] = {}
        for text, node in names:
            key = name_key(text)
            if key in own:
                continue  # an alias repeating the actor's own name: harmless
            if key in claimed:
                other_id, other_node = claimed[key]
                raise self.fail(
                    node,
                    f"{label}: name {text!r} is also a name or alias of "
                    f"actor {other_id!r}{_also_at(other_node, 'at')}; each name "
                    "must point to one actor",
                )
            own[key] = node
        claimed.update((key, (actor_id, node)) for key, node in own.items())
        kept = _dedupe(tuple(text for text, _ in names))[1:]
        return Actor(id=actor_id, name=name, camp=camp, aliases=kept), found["camp"][1]

    def aliases(self, item: tuple[Node, Node] | None, label: str) -> list[tuple[str, Node]]:
        if item is None:
            return []
        _, node = item
        if isinstance(node, ScalarNode) and node.tag == _YAML + "null":
            return []
        if not isinstance(node, SequenceNode):
            hint = f" (write [{node.value}])" if isinstance(node, ScalarNode) else ""
            raise self.fail(
                node, f"{label}: 'aliases' must be a list of strings, not {_kind(node)}{hint}"
            )
        result = []
        for number, alias in enumerate(node.value, start=1):
            result.append((self.string(alias, f"{label}: 'aliases' item #{number}"), alias))
        return result

    def same_camp_spelling(self, camp: str, node: Node, seen: dict[str, tuple[str, Node]]) -> None:
        key = name_key(camp)
        if key in seen and seen[key][0] != camp:
            raise self.fail(
                node,
                f"camp {camp!r} is spelt {seen[key][0]!r} elsewhere"
                f"{_also_at(seen[key][1])}; use one spelling",
            )
        seen.setdefault(key, (camp, node))

    def camps(
        self, item: tuple[Node, Node] | None, actor_camps: dict[str, tuple[str, Node]]
    ) -> dict[str, str]:
        if item is None:
            return {}
        key_node, node = item
        if isinstance(node, ScalarNode) and node.tag == _YAML + "null":
            return {}
        if not isinstance(node, MappingNode):
            raise self.fail(
                node,
                "'camps' must be a mapping of camp name to "
                f'{{color: "#rrggbb"}}, not {_kind(node)}',
            )
        colors: dict[str, str] = {}
        for camp_node, value in self.pairs(node):
            camp = self.string(camp_node, "'camps': a camp name")
            label = f"camp {camp!r}"
            if camp.casefold() in _RESERVED_KEYS:
                raise self.fail(camp_node, f"'camps': {label} is reserved and has a fixed colour")
            if not isinstance(value, MappingNode):
                raise self.fail(
                    value if value.start_mark else camp_node,
                    f"'camps': {label} must be a mapping like "
                    f'{{color: "#rrggbb"}}, not {_kind(value)}',
                )
            found = self.keys(value, _CAMP_KEYS, f"'camps': {label}: ")
            if "color" not in found:
                raise self.fail(value, f"'camps': {label}: missing required key 'color'")
            color_node = found["color"][1]
            color = self.string(color_node, f"'camps': {label}: 'color'")
            if not _COLOR_RE.fullmatch(color):
                raise self.fail(
                    color_node,
                    f"'camps': {label}: 'color' must look like "
                    f'"#1f77b4" (# and six hex digits), not {color!r}',
                )
            known = actor_camps.get(name_key(camp))
            if known is None:
                raise self.fail(
                    camp_node,
                    f"'camps': {label} has no actor (camps of the "
                    f"actors: {', '.join(c for c, _ in actor_camps.values())})",
                )
            if known[0] != camp:
                raise self.fail(
                    camp_node,
                    f"'camps': {label} is spelt {known[0]!r} by the "
                    f"actors{_also_at(known[1])}; use one spelling",
                )
            colors[camp] = color.lower()
        return colors


def _table_from_node(path: Path | None, root: Node) -> ActorTable:
    return _Checker(path).table(root)


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "mapping"
    if isinstance(node, SequenceNode):
        return "list"
    if node.tag.startswith(_PY_TAG):
        return node.tag[len(_PY_TAG) :]
    if node.tag.startswith(_YAML):
        return _TYPE_NAMES.get(node.tag[len(_YAML) :], _show_tag(node.tag))
    return node.tag


def _also_at(node: Node, words: str = "first at") -> str:
    if node.start_mark is None:
        return ""
    return f" ({words} line {node.start_mark.line + 1})"


def _dedupe(names: Sequence[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept = []
    for text in names:
        key = name_key(text)
        if key not in seen:
            seen.add(key)
            kept.append(text)
    return tuple(kept)
