"""Tests of the actor-file loader, its validation and the camp colours."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from narrative_compare.actors import (
    DEFAULT_PALETTE,
    EXTRA_PALETTE,
    MAX_FILE_BYTES,
    NARRATOR_COLOR,
    UNASSIGNED_COLOR,
    Actor,
    ActorTable,
    actors_from_records,
    camp_color_map,
    load_actors,
    name_key,
)
from narrative_compare.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "azerbaijan_karabakh_offensive_2023.actors.yml"
GOLD = Path("/work/shared/gold/seed_actors.yml")

BASE = "actors:\n  - id: a\n    name: Alpha\n    camp: X\n"


def write(tmp_path: Path, text: str | bytes, name: str = "actors.yml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str | bytes) -> str:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_actors(path)
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    return message


# --------------------------------------------------------------------------- good files


@pytest.mark.parametrize("path", [SEED, GOLD], ids=["seed", "gold"])
def test_example_files_load_as_written(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    table = load_actors(path)
    assert isinstance(table, ActorTable)
    assert table.path == path
    assert len(table) == len(raw["actors"])
    assert table.ids == tuple(entry["id"] for entry in raw["actors"])
    assert table.camps == tuple(dict.fromkeys(entry["camp"] for entry in raw["actors"]))
    expected_colors = {camp: v["color"].lower() for camp, v in raw.get("camps", {}).items()}
    assert table.camp_colors == expected_colors
    for entry in raw["actors"]:
        actor = table.by_id(entry["id"])
        assert (actor.name, actor.camp) == (entry["name"], entry["camp"])
        names = table.names_of(actor)
        assert names[0] == entry["name"]
        assert set(names) == {entry["name"], *entry.get("aliases", [])}
        assert len({name_key(n) for n in names}) == len(names)
        assert table.names_of(entry["id"]) == names


def test_alias_equal_to_name_is_deduplicated(tmp_path: Path) -> None:
    table = load_actors(write(tmp_path, BASE + "    aliases: [alpha, Al, ' ALPHA ', Al]\n"))
    assert table.by_id("a").aliases == ("Al",)
    assert table.names_of("a") == ("Alpha", "Al")


def test_table_lookup_and_iteration(tmp_path: Path) -> None:
    text = (
        BASE + "  - id: b\n    name: Beta\n    camp: Y\n  - id: c\n    name: Gamma\n    camp: X\n"
    )
    table = load_actors(write(tmp_path, text))
    assert [actor.id for actor in table] == ["a", "b", "c"]
    assert table.camps == ("X", "Y")
    assert "b" in table and "z" not in table
    with pytest.raises(KeyError):
        table.by_id("z")
    with pytest.raises(KeyError):
        table.names_of("z")


def test_bom_comments_anchors_and_merge_keys_are_plain_yaml(tmp_path: Path) -> None:
    text = (
        "# comment\n"
        "actors:\n"
        "  - &first {id: a, name: Alpha, camp: &camp X}\n"
        "  - <<: *first\n"
        "    id: b\n"
        "    name: Beta\n"
        "    camp: *camp\n"
    )
    table = load_actors(write(tmp_path, b"\xef\xbb\xbf" + text.encode()))
    assert table.ids == ("a", "b")
    assert table.by_id("b") == Actor("b", "Beta", "X", ())


def test_whitespace_in_names_is_collapsed(tmp_path: Path) -> None:
    table = load_actors(
        write(tmp_path, "actors:\n  - {id: a, name: ' Red   Cross ', camp: ' X '}\n")
    )
    assert table.by_id("a").name == "Red Cross"
    assert table.camps == ("X",)


# --------------------------------------------------------------------------- bad files


def test_missing_file_and_directory(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yml"
    with pytest.raises(InputError, match="nope.yml: actor file not found"):
        load_actors(missing)
    with pytest.raises(InputError, match="is a directory"):
        load_actors(tmp_path)


def test_empty_and_comment_only_files(tmp_path: Path) -> None:
    assert "file is empty" in load_error(tmp_path, "")
    assert "no YAML content" in load_error(tmp_path, "# nothing here\n\n")


def test_too_large_file_is_refused_before_parsing(tmp_path: Path) -> None:
    text = BASE + "#" * (MAX_FILE_BYTES + 1)
    assert "larger than" in load_error(tmp_path, text)


def test_invalid_utf8(tmp_path: Path) -> None:
    message = load_error(tmp_path, BASE.encode() + b"    aliases: [\xff]\n")
    assert "line 5" in message and "UTF-8" in message


def test_control_character(tmp_path: Path) -> None:
    message = load_error(tmp_path, BASE + "\x00\n")
    assert "line 5" in message and "#x0000" in message


@pytest.mark.parametrize(
    "text, line",
    [
        ("actors:\n  - id: a\n   name: b\n", 3),
        ("actors: [\n", 2),
        ("actors:\n\t- id: a\n", 2),
        (BASE + "---\n" + BASE, 5),
    ],
    ids=["indent", "unclosed", "tab", "two-documents"],
)
def test_malformed_yaml_reports_line_and_column(tmp_path: Path, text: str, line: int) -> None:
    message = load_error(tmp_path, text)
    assert f"line {line}, column" in message
    assert "invalid YAML" in message


@pytest.mark.parametrize(
    "text",
    [
        "!!python/object/apply:os.system ['touch {marker}']\n",
        "actors: !!python/object/apply:os.system ['touch {marker}']\n",
        "actors:\n  - !!python/object/new:os.system ['touch {marker}']\n",
        "actors:\n  - id: !!python/object/apply:subprocess.call [['touch', '{marker}']]\n",
        BASE + "    aliases: !!python/name:os.system\n",
        BASE + "    aliases: !custom [x]\n",
    ],
    ids=["top", "value", "new", "subprocess", "name", "local-tag"],
)
def test_unsafe_tags_are_refused_and_never_run(tmp_path: Path, text: str) -> None:
    marker = tmp_path / "executed"
    message = load_error(tmp_path, text.replace("{marker}", str(marker)))
    assert "unsupported YAML tag" in message and "only plain YAML" in message
    assert "line" in message
    assert not marker.exists()


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines.append("actors: *a9")
    text = "\n".join(lines) + "\n"
    assert len(text) < 1000
    start = time.perf_counter()
    message = load_error(tmp_path, text)
    assert time.perf_counter() - start < 5
    assert "too many YAML nodes" in message and "YAML bomb" in message


def test_recursive_alias_and_deep_nesting(tmp_path: Path) -> None:
    assert "recursive YAML alias" in load_error(tmp_path, "actors: &x [a, *x]\n")
    assert "nesting" in load_error(tmp_path, "actors: " + "[" * 60 + "]" * 60 + "\n")


ACTOR_B = "  - id: b\n    name: Beta\n    camp: Y\n"


ACTOR_CASES = [
    ("- a\n- b\n", ["line 1", "top level must be a mapping", "not list"]),
    ("just text\n", ["line 1", "top level must be a mapping", "not str"]),
    ("camps: {}\n", ["missing required top-level key 'actors'"]),
    ("actors:\n", ["line 1", "'actors' is empty"]),
    ("actors: []\n", ["line 1", "'actors'", "empty list"]),
    ("actors: {id: a}\n", ["line 1", "'actors' must be a list", "not mapping"]),
    (BASE + "extra: 1\n", ["line 5", "unknown key 'extra'", "allowed: actors, camps"]),
    (BASE + "actors: []\n", ["line 5", "duplicate key 'actors'", "line 1"]),
    ("actors:\n  - a\n", ["line 2", "actor #1 must be a mapping", "not str"]),
    (
        BASE + "    colour: '#123456'\n",
        ["line 5", "unknown key 'colour'", "allowed: id, name, camp, aliases", "camps"],
    ),
    (BASE + "    nmae: x\n", ["line 5", "unknown key 'nmae'"]),
    (BASE + "    name: Again\n", ["line 5", "duplicate key 'name'", "line 3"]),
    ("actors:\n  - name: A\n    camp: X\n", ["line 2", "actor #1", "missing", "'id'"]),
    ("actors:\n  - id: a\n    camp: X\n", ["line 2", "actor #1", "missing", "'name'"]),
    ("actors:\n  - id: a\n    name: A\n", ["line 2", "actor #1", "missing", "'camp'"]),
    ("actors:\n  - {id: '', name: A, camp: X}\n", ["line 2", "'id' is empty"]),
    ("actors:\n  - {id: a, name: , camp: X}\n", ["line 2", "actor 'a'", "'name' is empty"]),
    ("actors:\n  - {id: a, name: A, camp: '  '}\n", ["line 2", "'camp' is empty"]),
    ("actors:\n  - id: 7\n    name: A\n    camp: X\n", ["line 2", "'id'", "not int", "quote"]),
    ("actors:\n  - {id: a, name: yes, camp: X}\n", ["line 2", "'name'", "not bool"]),
    ("actors:\n  - {id: a, name: A, camp: [X]}\n", ["line 2", "'camp'", "not list"]),
    ("actors:\n  - {id: a, name: 2023-09-19, camp: X}\n", ["'name'", "not date"]),
    ("actors:\n  - {id: a b, name: A, camp: X}\n", ["line 2", "id 'a b'", "letters"]),
    ("actors:\n  - {id: narrator, name: A, camp: X}\n", ["line 2", "'narrator'", "reserved"]),
    ("actors:\n  - {id: Narrator, name: A, camp: X}\n", ["line 2", "reserved"]),
    ("actors:\n  - {id: a, name: A, camp: Narrator}\n", ["line 2", "camp 'Narrator'", "reserved"]),
    ("actors:\n  - {id: a, name: A, camp: Unassigned}\n", ["line 2", "'Unassigned'", "reserved"]),
    (
        BASE + "    aliases: 5\n",
        ["line 5", "actor 'a'", "'aliases' must be a list of strings, not int"],
    ),
    (BASE + "    aliases: Al\n", ["line 5", "'aliases' must be a list", "not str"]),
    (BASE + "    aliases: [Al, 3]\n", ["line 5", "actor 'a'", "'aliases' item #2", "not int"]),
    (BASE + "    aliases: [Al, [x]]\n", ["line 5", "'aliases' item #2", "not list"]),
    (BASE + "    aliases: [Al, '']\n", ["line 5", "'aliases' item #2 is empty"]),
    (BASE + "    aliases: [Al, ]\n    extra: 1\n", ["line 6", "unknown key 'extra'"]),
    (BASE + "  - {id: a, name: B, camp: X}\n", ["line 5", "duplicate actor id 'a'", "line 2"]),
    (BASE + "  - {id: A, name: B, camp: X}\n", ["line 5", "duplicate actor id 'A'", "case"]),
    (
        BASE + "    aliases: [Al]\n" + ACTOR_B + "    aliases: [' al ']\n",
        ["line 9", "actor 'b'", "name 'al'", "actor 'a'", "line 5"],
    ),
    (
        BASE + "  - {id: b, name: ALPHA, camp: Y}\n",
        ["line 5", "actor 'b'", "'ALPHA'", "actor 'a'", "line 3"],
    ),
    (BASE + "  - {id: b, name: B, camp: x}\n", ["line 5", "camp 'x'", "'X'", "line 4"]),
]


@pytest.mark.parametrize("text, fragments", ACTOR_CASES, ids=[f[-1] for _, f in ACTOR_CASES])
def test_actor_errors_name_key_and_line(tmp_path: Path, text: str, fragments: list[str]) -> None:
    message = load_error(tmp_path, text)
    for fragment in fragments:
        assert fragment in message, (fragment, message)


CAMP_CASES = [
    ("camps: [X]\n", ["line 1", "'camps' must be a mapping", "not list"]),
    ("camps: 3\n", ["line 1", "'camps' must be a mapping", "not int"]),
    ("camps:\n  X: '#123456'\n", ["line 2", "camp 'X' must be a mapping", "not str"]),
    ("camps:\n  X: {}\n", ["line 2", "camp 'X'", "missing required key 'color'"]),
    ("camps:\n  X: {color: red}\n", ["line 2", "camp 'X'", "'color'", "'red'"]),
    ("camps:\n  X: {color: '#12345'}\n", ["line 2", "'color'", "'#12345'"]),
    ("camps:\n  X: {color: 123456}\n", ["line 2", "'color'", "not int"]),
    (
        "camps:\n  X: {color: '#123456', size: 2}\n",
        ["line 2", "unknown key 'size'", "allowed: color"],
    ),
    ("camps:\n  7: {color: '#123456'}\n", ["line 2", "camp name", "not int"]),
    ("camps:\n  Y: {color: '#123456'}\n", ["line 2", "camp 'Y' has no actor", "X"]),
    ("camps:\n  x: {color: '#123456'}\n", ["line 2", "camp 'x'", "'X'", "line 6"]),
    ("camps:\n  Narrator: {color: '#123456'}\n", ["line 2", "'Narrator'", "reserved"]),
]


@pytest.mark.parametrize("camps, fragments", CAMP_CASES, ids=[f[1] for _, f in CAMP_CASES])
def test_camp_errors_name_key_and_line(tmp_path: Path, camps: str, fragments: list[str]) -> None:
    message = load_error(tmp_path, camps + BASE)
    for fragment in fragments:
        assert fragment in message, (fragment, message)


def test_camp_colours_are_read_lower_case(tmp_path: Path) -> None:
    table = load_actors(write(tmp_path, "camps:\n  X: {color: '#ABCDEF'}\n" + BASE))
    assert table.camp_colors == {"X": "#abcdef"}
    assert table.color_map() == {"X": "#abcdef"}


def test_empty_camps_and_aliases_are_allowed(tmp_path: Path) -> None:
    table = load_actors(write(tmp_path, "camps:\n" + BASE + "    aliases:\n"))
    assert table.camp_colors == {}
    assert table.by_id("a").aliases == ()


# --------------------------------------------------------------------------- records


def test_records_build_the_same_table_as_the_file(tmp_path: Path) -> None:
    records = [
        {"id": "a", "name": "Alpha", "camp": "X", "aliases": ("Al", "alpha")},
        Actor("b", "Beta", "Y", ["Be"]),
    ]
    table = actors_from_records(records, {"Y": "#00FF00"})
    text = (
        "camps: {Y: {color: '#00ff00'}}\n" + BASE + "    aliases: [Al, alpha]\n"
        "  - {id: b, name: Beta, camp: Y, aliases: [Be]}\n"
    )
    from_file = load_actors(write(tmp_path, text))
    assert table.path is None
    assert table.actors == from_file.actors
    assert table.camp_colors == from_file.camp_colors


@pytest.mark.parametrize(
    "records, camp_colors, fragments",
    [
        ([], None, ["'actors' is an empty list"]),
        ([{"id": 1, "name": "A", "camp": "X"}], None, ["actor #1", "'id'", "not int"]),
        ([{"id": "a", "name": object(), "camp": "X"}], None, ["'name'", "not object"]),
        ([{"id": "a", "name": "A", "camp": "X", "color": "#000000"}], None, ["'color'"]),
        ([{"id": "a", "name": "A", "camp": "X", "aliases": "Al"}], None, ["'aliases'"]),
        ([{"id": "a", "name": "A", "camp": "X"}] * 2, None, ["duplicate actor id 'a'"]),
        ([{"id": "a", "name": "A", "camp": "X"}], {"X": "blue"}, ["'color'", "'blue'"]),
        ([{"id": "a", "name": "A", "camp": "X"}], {"Z": "#000000"}, ["camp 'Z' has no actor"]),
    ],
)
def test_record_errors(records: list, camp_colors: dict | None, fragments: list[str]) -> None:
    with pytest.raises(InputError) as info:
        actors_from_records(records, camp_colors)
    assert info.value.path is None
    for fragment in fragments:
        assert fragment in str(info.value), (fragment, str(info.value))
    assert "line" not in str(info.value)


# --------------------------------------------------------------------------- colours


def test_color_map_given_first_then_unused_palette_in_order() -> None:
    palette = [c for c in DEFAULT_PALETTE if c not in (NARRATOR_COLOR, UNASSIGNED_COLOR)]
    colors = camp_color_map(["A", "B", "C", "Narrator", "unassigned"], {"B": palette[0].upper()})
    assert colors["B"] == palette[0]
    assert colors["A"] == palette[1]
    assert colors["C"] == palette[2]
    assert colors["Narrator"] == NARRATOR_COLOR
    assert colors["unassigned"] == UNASSIGNED_COLOR
    assert list(colors) == ["A", "B", "C", "Narrator", "unassigned"]


def test_color_map_narrator_is_grey_even_if_given() -> None:
    colors = camp_color_map(["Narrator"], {"Narrator": "#123456"})
    assert colors == {"Narrator": NARRATOR_COLOR}


def test_color_map_rejects_bad_given_colour() -> None:
    with pytest.raises(ValueError, match="'A'"):
        camp_color_map(["A"], {"A": "blue"})


def test_color_map_distinct_until_palettes_are_spent() -> None:
    reserved = {NARRATOR_COLOR, UNASSIGNED_COLOR}
    available = [c for c in (*DEFAULT_PALETTE, *EXTRA_PALETTE) if c not in reserved]
    camps = [f"camp{i}" for i in range(len(available) + 3)]
    colors = camp_color_map(camps)
    first = [colors[c] for c in camps[: len(available)]]
    assert first == available
    assert reserved.isdisjoint(colors.values())
    # Beyond that, colours repeat, still deterministically.
    assert colors == camp_color_map(list(camps))


@settings(max_examples=60, deadline=None)
@given(
    camps=st.lists(
        st.sampled_from(["A", "B", "C", "D", "Narrator", "unassigned", "É"]), max_size=8
    ),
    given_camps=st.dictionaries(
        st.sampled_from(["A", "B", "Narrator"]), st.sampled_from(DEFAULT_PALETTE), max_size=3
    ),
)
def test_color_map_is_deterministic(camps: list[str], given_camps: dict[str, str]) -> None:
    colors = camp_color_map(camps, given_camps)
    assert colors == camp_color_map(tuple(camps), dict(reversed(list(given_camps.items()))))
    assert list(colors) == list(dict.fromkeys(camps))
    for camp, color in colors.items():
        if camp == "Narrator":
            assert color == NARRATOR_COLOR
        elif camp == "unassigned":
            assert color == UNASSIGNED_COLOR
        elif camp in given_camps:
            assert color == given_camps[camp]
    # A camp without a given colour never takes one that another camp was given.
    free = [c for c in colors if c not in given_camps and c not in ("Narrator", "unassigned")]
    taken = {colors[c] for c in colors if c not in free}
    assert taken.isdisjoint(colors[c] for c in free)
