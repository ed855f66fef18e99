"""Tests of narrative_compare.loading."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from narrative_compare.errors import InputError
from narrative_compare.loading import (
    SEED_NAME,
    Article,
    article_from_text,
    html_to_text,
    iter_article_paths,
    load_article,
    looks_like_html,
    seed_actors_path,
    seed_article_path,
    seeds_dir,
)

TEXT = "Title\n\nThe ministry said the café was closed. “Quoted,” she said.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _problem(path: Path, **kwargs: object) -> str:
    with pytest.raises(InputError) as info:
        load_article(path, **kwargs)
    assert info.value.path == str(path)
    assert "\n" not in str(info.value)
    return info.value.problem


# --- errors -------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert _problem(tmp_path / "nope.txt") == "file not found"


def test_directory(tmp_path: Path) -> None:
    assert _problem(tmp_path) == "is a directory"


def test_empty(tmp_path: Path) -> None:
    assert _problem(_write(tmp_path, "e.txt", b"")) == "file is empty"


def test_whitespace_only(tmp_path: Path) -> None:
    path = _write(tmp_path, "w.txt", b" \n\t\r\n  ")
    assert _problem(path) == "file contains only whitespace"


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.txt", b"abc\x00\x01\x02def")
    problem = _problem(path)
    assert problem.startswith("binary file")
    assert "offset 3" in problem


def test_utf16_without_bom_gets_hint(tmp_path: Path) -> None:
    path = _write(tmp_path, "u.txt", "Plain English text.".encode("utf-16-le"))
    problem = _problem(path)
    assert problem.startswith("binary file")
    assert "--encoding utf-16-le" in problem
    assert load_article(path, encoding="utf-16-le").text == "Plain English text."


def test_pdf_magic(tmp_path: Path) -> None:
    path = _write(tmp_path, "doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert _problem(path) == "looks like a PDF, not text"


def test_invalid_utf8_hint_then_cp1252(tmp_path: Path) -> None:
    data = "Le café est fermé.\n".encode("cp1252")
    path = _write(tmp_path, "latin.txt", data)
    problem = _problem(path)
    offset = data.index(b"\xe9")
    assert f"byte 0xe9 at offset {offset}" in problem
    assert "not valid UTF-8" in problem
    assert "--encoding cp1252" in problem
    article = load_article(path, encoding="cp1252")
    assert article.text == "Le café est fermé.\n"
    assert article.encoding == "cp1252"


def test_size_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", b"x" * 101)
    problem = _problem(path, max_bytes=100)
    assert "101" in problem and "100" in problem and "--max-bytes" in problem
    assert load_article(path, max_bytes=101).text == "x" * 101
    assert load_article(path, max_bytes=None).text == "x" * 101


def test_unknown_codec(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"hello")
    assert "unknown encoding" in _problem(path, encoding="no-such-codec")


def test_non_text_codec(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"aGVsbG8=")
    assert "not a text encoding" in _problem(path, encoding="base64")


def test_invalid_explicit_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"caf\xe9")
    assert "not valid utf-8" in _problem(path, encoding="utf-8").lower()


# --- decoding -----------------------------------------------------------------------------


def test_plain_utf8(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "story.txt", TEXT.encode("utf-8")))
    assert article == Article(TEXT, tmp_path / "story.txt", "story", "utf-8", "")


def test_utf8_bom_stripped(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    article = load_article(path)
    assert article.text == TEXT
    assert article.encoding == "utf-8-sig"
    # An explicit utf-8 also drops the BOM rather than keeping U+FEFF.
    assert load_article(path, encoding="utf-8").text == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    path = _write(tmp_path, "u16.txt", bom + TEXT.encode(codec))
    article = load_article(path)
    assert article.text == TEXT
    assert article.encoding == "utf-16"


def test_newlines_identical(tmp_path: Path) -> None:
    lines = ["First line.", "", "Second “line”.", "Third."]
    texts = {
        ending: load_article(
            _write(tmp_path, f"{len(ending)}{ord(ending[0])}.txt", ending.join(lines).encode())
        ).text
        for ending in ("\n", "\r\n", "\r")
    }
    assert texts["\n"] == "\n".join(lines)
    assert texts["\r\n"] == texts["\n"]
    assert texts["\r"] == texts["\n"]


def test_text_not_stripped(tmp_path: Path) -> None:
    raw = "  \n Indented.  \n\n"
    assert load_article(_write(tmp_path, "s.txt", raw.encode())).text == raw


# --- HTML -------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><title>Page title</title><style>p { color: red; }</style></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>
<h1>Offensive   begins</h1>
<p>The ministry said   the operation
was &ldquo;limited&rdquo; &amp; precise.</p>
<script>var secret = "do not show";</script>
<p>Witnesses described<br>heavy shelling.</p>
</article>
<footer>Copyright notice</footer>
</body></html>
"""


def test_html_file_converted(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "page.html", HTML.encode()))
    assert article.note == "converted from HTML"
    paragraphs = article.text.split("\n\n")
    assert paragraphs == [
        "Offensive begins",
        "The ministry said the operation was “limited” & precise.",
        "Witnesses described",
        "heavy shelling.",
    ]
    for dropped in ("secret", "color", "Page title", "Home", "Copyright", "<", "&amp;"):
        assert dropped not in article.text


def test_html_detected_by_content(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, "page.txt", HTML.encode()))
    assert article.note == "converted from HTML"
    assert "secret" not in article.text


def test_html_without_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.html", b"<html><head><title>x</title></head><body> </body>")
    assert _problem(path) == "HTML file contains no text"


def test_looks_like_html() -> None:
    assert looks_like_html("<html><body>x</body></html>")
    assert looks_like_html("<div><p>a</p><p>b</p></div>")
    assert not looks_like_html("He said 2 < 3 and 5 > 4, and <b> once.")
    assert not looks_like_html(TEXT)


def test_html_to_text_entities_and_unclosed_head() -> None:
    assert html_to_text("<head><title>T</title><body><p>A&nbsp;&#8212; B</p>") == "A — B"


# --- in-memory text ------------------------------------------------------------------------


def test_article_from_text() -> None:
    article = article_from_text("One.\r\nTwo.\rThree.", name="mem")
    assert article.text == "One.\nTwo.\nThree."
    assert article.name == "mem" and article.path is None
    with pytest.raises(InputError) as info:
        article_from_text("")
    assert str(info.value) == "article text is empty"
    with pytest.raises(InputError):
        article_from_text(" \n ")


# --- seeds and directories ---------------------------------------------------------------


def test_seed_paths() -> None:
    assert seeds_dir().is_dir()
    article_path = seed_article_path()
    actors_path = seed_actors_path()
    assert article_path.parent == seeds_dir() == actors_path.parent
    assert article_path.name == f"{SEED_NAME}.txt"
    assert actors_path.name == f"{SEED_NAME}.actors.yml"
    seed = load_article(article_path)
    assert seed.name == SEED_NAME
    assert len(seed.text) > 1000 and "\r" not in seed.text


def test_iter_article_paths(tmp_path: Path) -> None:
    for relative in ["b.txt", "a.txt", "sub/c.txt", "sub/a.txt", ".hidden.txt", ".git/x.txt",
                     "x.actors.yml", "notes.md", "dir.txt/inner.txt"]:  # fmt: skip
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_paths(tmp_path)]
    assert found == ["a.txt", "b.txt", "dir.txt/inner.txt", "sub/a.txt", "sub/c.txt"]
    assert [p.name for p in iter_article_paths(tmp_path, "*.md")] == ["notes.md"]
    with pytest.raises(InputError, match="no files match"):
        iter_article_paths(tmp_path, "**/*.yml")  # only the actor file matches


def test_iter_article_paths_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory not found"):
        iter_article_paths(tmp_path / "missing")
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(InputError, match="is not a directory"):
        iter_article_paths(tmp_path / "f.txt")
    with pytest.raises(InputError, match="no files match"):
        iter_article_paths(tmp_path, "*.html")
