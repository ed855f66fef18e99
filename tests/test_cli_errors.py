"""Every command refuses bad input with one line on stderr and exit status 2."""

from __future__ import annotations

import argparse

import pytest

from narrative_compare import cli

GOOD_ARTICLE = "The Harbour Workers Union said the strike would go on. Ships waited.\n"
GOOD_ACTORS = "actors:\n  - {id: union, name: Harbour Workers Union, camp: Labour}\n"

BILLION_LAUGHS = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "actors: [*g]\n"
)

# name -> (article bytes or None for "missing", actor file text or None, extra args)
ARTICLE_CASES: dict[str, tuple[bytes | None, list[str]]] = {
    "missing": (None, []),
    "empty": (b"", []),
    "whitespace": (b" \n\t\r\n  \n", []),
    "nul_bytes": (b"The union said\x00\x00\x01 so.\x00" * 20, []),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", []),
    "invalid_utf8": ("The caf\u00e9 union said so.\n".encode("cp1252"), []),
    "too_large": (GOOD_ARTICLE.encode(), ["--max-bytes", "10"]),
}
ACTOR_CASES: dict[str, str] = {
    "malformed_yaml": "actors:\n  - id: union\n    name: [unclosed\n",
    # {sentinel} is replaced by a path that must not be created.
    "python_tag": "actors: !!python/object/apply:os.mkdir ['{sentinel}']\n",
    "missing_actors": "camps:\n  Labour: {color: '#123456'}\n",
    "duplicate_ids": (
        "actors:\n  - {id: union, name: Union, camp: Labour}\n"
        "  - {id: union, name: Other Union, camp: Labour}\n"
    ),
    "aliases_not_list": "actors:\n  - {id: union, name: Union, camp: Labour, aliases: 5}\n",
    "unknown_key": "actors:\n  - {id: union, name: Union, camp: Labour, colour: red}\n",
    "billion_laughs": BILLION_LAUGHS,
}


def _commands() -> list[str]:
    for action in cli.build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


COMMANDS = _commands()


def output_args(command: str, tmp_path) -> tuple[list[str], object]:
    target = tmp_path / ("out_dir" if command == "report" else "out.csv")
    return ["-o", str(target)], target


def check_refused(capsys, argv: list[str], target, culprit: str) -> str:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (code, err)
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert culprit in lines[0], (culprit, err)
    assert not target.exists()
    return lines[0]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", list(ARTICLE_CASES))
def test_bad_article(capsys, tmp_path, command, case):
    data, extra = ARTICLE_CASES[case]
    path = tmp_path / "article.txt"
    if data is not None:
        path.write_bytes(data)
    out_args, target = output_args(command, tmp_path)
    message = check_refused(capsys, [command, str(path), *extra, *out_args], target, str(path))
    if case == "invalid_utf8":
        assert "--encoding" in message


@pytest.mark.parametrize("command", COMMANDS)
def test_folder_without_articles_is_refused(capsys, tmp_path, command):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.md").write_text(GOOD_ARTICLE, encoding="utf-8")
    out_args, target = output_args(command, tmp_path)
    check_refused(capsys, [command, str(folder), *out_args], target, str(folder))


@pytest.mark.parametrize("command", COMMANDS)
def test_folder_with_a_bad_file_is_partial(capsys, tmp_path, command):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    out_args, target = output_args(command, tmp_path)
    code = cli.main([command, str(folder), "--jobs", "1", *out_args])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "Traceback" not in err
    assert any("b.txt" in line and "skipped" in line for line in err.splitlines())
    assert target.exists()
    strict = cli.main([command, str(folder), "--jobs", "1", "--strict", *out_args])
    _out, err = capsys.readouterr()
    assert strict == 2 and len(err.splitlines()) == 1 and "b.txt" in err


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "report"])
def test_encoding_option_reads_cp1252(capsys, tmp_path, command):
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE_CASES["invalid_utf8"][0])
    code = cli.main([command, str(path), "--encoding", "cp1252"])
    out, err = capsys.readouterr()
    assert code == 0, err
    if command == "statements":
        assert "caf\u00e9" in out


def test_unknown_encoding_is_refused(capsys, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(GOOD_ARTICLE, encoding="utf-8")
    out_args, target = output_args("statements", tmp_path)
    argv = ["statements", str(path), "--encoding", "no-such-codec", *out_args]
    check_refused(capsys, argv, target, "no-such-codec")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", list(ACTOR_CASES))
def test_bad_actor_file(capsys, tmp_path, command, case):
    article = tmp_path / "article.txt"
    article.write_text(GOOD_ARTICLE, encoding="utf-8")
    actors = tmp_path / "actors.yml"
    sentinel = tmp_path / "pwned"
    actors.write_text(ACTOR_CASES[case].replace("{sentinel}", str(sentinel)), encoding="utf-8")
    out_args, target = output_args(command, tmp_path)
    argv = [command, str(article), "--actors", str(actors), *out_args]
    check_refused(capsys, argv, target, str(actors))
    assert not sentinel.exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_actor_file(capsys, tmp_path, command):
    article = tmp_path / "article.txt"
    article.write_text(GOOD_ARTICLE, encoding="utf-8")
    actors = tmp_path / "nope.yml"
    out_args, target = output_args(command, tmp_path)
    argv = [command, str(article), "--actors", str(actors), *out_args]
    check_refused(capsys, argv, target, str(actors))


def test_good_actor_file_passes(capsys, tmp_path):
    # The matrix above is meaningful only if the same setup succeeds with a good file.
    article = tmp_path / "article.txt"
    article.write_text(GOOD_ARTICLE, encoding="utf-8")
    actors = tmp_path / "actors.yml"
    actors.write_text(GOOD_ACTORS, encoding="utf-8")
    target = tmp_path / "out.csv"
    assert cli.main(["statements", str(article), "--actors", str(actors), "-o", str(target)]) == 0
    assert "union,Labour" in target.read_text(encoding="utf-8")
