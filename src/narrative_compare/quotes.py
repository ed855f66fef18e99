"""Find quotations in an article: which characters are someone's own words.

A quotation is a run of text between an opening and a closing mark of the
same style: curly “…”, straight "…", guillemets «…», low-high „…“ and single
curly ‘…’. Apostrophes (Baku’s, workers’) are not quotation marks: a single
curly mark closes a quotation only when no letter follows it. News style lets
a quotation run over several paragraphs, each new paragraph reopening it
without the previous one closing; such runs are linked into one *group*, the
unit a speaker is attributed to.

Examples
--------
>>> t = 'He said: “We stay. We fight.” Baku’s view differs.'
>>> [t[q.start:q.end] for q in find_quotes(t, [(0, len(t))])]
['We stay. We fight.']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

# Straight single quotes are scare quotes on many web pages ('invasion'); an
# apostrophe never opens one (it follows a letter) and closes one only when no
# letter follows it (the workers' union would close early: rare in a scare quote).
_CLOSERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "‹": "›", "'": "'"}
# Scraped pages mix styles: a straight opening mark closed by a curly one
# ('"We stay,” he said') and the reverse.
_ALSO_CLOSES = {'"': "”", "“": '"'}
_OPENING_CONTEXT = frozenset(" \t\n([{—–-:/")
# Only quotation marks matter to the scan; the regex skips everything else in C.
_QUOTE_CHAR = re.compile("[" + "".join(sorted(set(_CLOSERS) | set(_CLOSERS.values()))) + "]")


class Quote(NamedTuple):
    """Offsets of a quotation's content (marks excluded) and its group."""

    start: int
    end: int
    group: int
    closed: bool


def find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quote]:
    """Quotations inside the given paragraph spans, in order of appearance.

    Parameters
    ----------
    text : str
        The article.
    paragraphs : sequence of (start, end)
        Paragraph spans; a quotation never crosses a paragraph boundary, but
        one left open at the end of a paragraph joins the group of the
        quotation that opens the next paragraph.

    Returns
    -------
    list of Quote
    """
    quotes: list[Quote] = []
    group = -1
    carried_open = False
    for p_start, p_end in paragraphs:
        spans, left_open = _paragraph_quotes(text, p_start, p_end)
        for i, (start, end, closed) in enumerate(spans):
            continues = i == 0 and carried_open and start == _first_content(text, p_start)
            if not continues:
                group += 1
            quotes.append(Quote(start, end, group, closed))
        carried_open = left_open
    return quotes


def _first_content(text: str, p_start: int) -> int:
    return p_start + 1 if text[p_start] in _CLOSERS else p_start


def _paragraph_quotes(text: str, start: int, end: int) -> tuple[list[tuple[int, int, bool]], bool]:
    """Quotation spans of one paragraph and whether the last one is left open."""
    spans: list[tuple[int, int, bool]] = []
    opener = ""
    content_start = 0
    for match in _QUOTE_CHAR.finditer(text, start, end):
        i, char = match.start(), match.group(0)
        if opener:
            closes = char == _CLOSERS[opener] or char == _ALSO_CLOSES.get(opener)
            if closes and _can_close(text, i, end, char) and not _plural_possessive(text, i, end):
                spans.append((content_start, i, True))
                opener = ""
        elif char in _CLOSERS and _can_open(text, i, start, end, char):
            opener, content_start = char, i + 1
    if opener == "'":
        opener = ""  # an apostrophe ("the '90s"), not a scare quote left open
    if opener:
        spans.append((content_start, end, False))
    return [s for s in spans if s[0] < s[1]], bool(opener)


def _can_open(text: str, i: int, start: int, end: int, char: str) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if after.isspace() and char != "«":
        return False  # French typography writes « guerre totale »: a space is fine there
    if char in "‘\"'":
        # Straight and single marks open only at a word start, so "5'" or a
        # stray mark inside a word never starts a quotation.
        return before in _OPENING_CONTEXT or before in "“«„"
    return True


def _can_close(text: str, i: int, end: int, char: str) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    if char in "’\"'":
        return not after.isalnum()
    return True


# A single closing mark later in the same clause: "'the occupiers' fuel tank'".
_LATER_SINGLE_CLOSE = re.compile(r"[^.!?;:“”\"'’‘]{1,60}['’](?![\w])")


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """Whether a single mark after "s" is a plural possessive inside a scare quote.

    "'the occupiers' fuel tank'", "'a gamble with patients' lives'": a
    lowercase word follows, and another single mark closes the quotation
    further on in the same clause.
    """
    if text[i] not in "'’" or i == 0 or text[i - 1] != "s" or text[i + 1 : i + 2] != " ":
        return False
    return text[i + 2 : i + 3].islower() and _LATER_SINGLE_CLOSE.match(text, i + 1, end) is not None


def quoted_mask(length: int, offset: int, quotes: Sequence[Quote]) -> list[bool]:
    """For a span of ``length`` characters at ``offset``, which are quoted."""
    mask = [False] * length
    for quote in quotes:
        lo, hi = max(quote.start, offset), min(quote.end, offset + length)
        for i in range(lo, hi):
            mask[i - offset] = True
    return mask
