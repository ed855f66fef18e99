"""Property tests: any text segments and attributes without losing characters."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrative_compare.loading import article_from_text
from narrative_compare.segment import segment_text
from narrative_compare.statements import extract_statements

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Letters, punctuation, quote marks, odd white space and other scripts.
ALPHABET = st.sampled_from(
    list("abcXYZ ..!?,;:“”«»\"'’‘\n\n\r")
    + ["\u2028", "\u00a0", "\u200b", "\u200f", "ש", "ب", "😀", "e\u0301", "\t", "3", "-"]
)
RAW_TEXT = st.lists(ALPHABET, min_size=1, max_size=300).map("".join)

WORDS = st.sampled_from(
    "the ministry union Lina Morrow Valdoria Kestran said told accused according to "
    "called on she it they U.N. Dr. No. 10 3.5 J. K. Rowan Baku’s workers’ strike "
    # Clause splitting: "..., while the union said ..." is two clause statements.
    "strike, while though, although".split()
)
QUOTES = st.sampled_from([("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("", "")])


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=14))
    body = " ".join(words)
    body = body[:1].upper() + body[1:]
    end = draw(st.sampled_from([".", "?", "!", ",", ":", "", "..."]))
    opening, closing = draw(QUOTES)
    if draw(st.booleans()):
        return f"{opening}{body}{end}{closing}"
    return f"{opening}{body},{closing} {draw(WORDS)} said{end}"


@st.composite
def articles(draw) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.integers(0, 4)) == 0:
            blocks.append(" ".join(draw(st.lists(WORDS, min_size=1, max_size=5))).title())
        else:
            joiner = draw(st.sampled_from([" ", "\n", "", "  "]))
            blocks.append(joiner.join(draw(st.lists(sentences(), min_size=1, max_size=4))))
    separator = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n"]))
    return separator.join(blocks)


def check_invariants(raw: str) -> None:
    if not raw.strip():
        return  # article_from_text refuses white space only
    article = article_from_text(raw)
    text = article.text
    df = extract_statements(article)
    starts, ends = df["start"].tolist(), df["end"].tolist()
    for start, end, sentence in zip(starts, ends, df["text"], strict=True):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == sentence
    assert all(e <= s for e, s in zip(ends, starts[1:], strict=False)), "overlap or order"
    covered = [False] * len(text)
    for span in list(zip(starts, ends, strict=True)) + [
        (h.start, h.end) for h in segment_text(text).headings
    ]:
        covered[span[0] : span[1]] = [True] * (span[1] - span[0])
    lost = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    assert not lost, f"characters outside every row: {[text[i] for i in lost][:10]}"
    assert df.equals(extract_statements(article)), "not deterministic"
    assert df["statement_id"].tolist() == list(range(1, len(df) + 1))


@SETTINGS
@given(RAW_TEXT)
def test_arbitrary_text(raw):
    check_invariants(raw)


@SETTINGS
@given(articles())
def test_structured_articles(raw):
    check_invariants(raw)


@SETTINGS
@given(st.text(min_size=1, max_size=200))
def test_any_unicode(raw):
    check_invariants(raw)


def test_very_long_sentence():
    text = ("word " * 20_000).strip()  # 100k characters, no punctuation
    assert len(text) >= 99_999
    df = extract_statements(text)
    assert len(df) == 1 and df["text"].iloc[0] == text


def test_clause_statements_keep_offsets():
    text = (
        "Headline: the army called it a strike\n\n"
        "The army called it a “precise strike”, while the ministry said it was a massacre. "
        "Shops stayed shut, though the union has said, while it waited, that talks go on."
    )
    check_invariants(text)
    assert extract_statements(text)["clause"].tolist() == [0, 1, 2, 1, 2]


def test_thousands_of_short_lines():
    text = "\n".join(f"Line {i} said the union." for i in range(3000))
    df = extract_statements(text)
    assert isinstance(df, pd.DataFrame)
    assert len(df) == 3000
    check_invariants(text[:5000])
