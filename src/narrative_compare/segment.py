"""Split an article into sections, paragraphs and sentences, keeping offsets.

Every span is a pair of offsets into the decoded article text, so
``text[span.start:span.end]`` is always the span's text: nothing is rewritten,
normalised or dropped. Blocks separated by blank lines are paragraphs; a single
line break is a paragraph break too when the line before it ends a sentence
(scraped articles often put one paragraph per line) and a soft wrap otherwise.
Short lines without final punctuation are section headings.

Sentence splitting follows the usual rule-based approach (Kiss & Strunk 2006,
"Unsupervised multilingual sentence boundary detection", list the cases): a
full stop, question or exclamation mark, possibly followed by closing quotes
or brackets, ends a sentence when the next word starts like a sentence, unless
the token before it is a known abbreviation, an initial or a number.

Examples
--------
>>> seg = segment_text("Heading\\n\\nThe U.N. said so. It left.\\n")
>>> [s.title for s in seg.sections]
['', 'Heading']
>>> [seg.text[s.start:s.end] for s in seg.sentences]
['The U.N. said so.', 'It left.']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from narrative_compare.lexicon.english import (
    ABBREVIATIONS,
    CLOSING_ABBREVIATIONS,
    NOT_HEADING_END_WORDS,
    NUMBER_ABBREVIATIONS,
    SENTENCE_OPENERS,
)


class Span(NamedTuple):
    """A heading line or a paragraph: offsets into the article text."""

    start: int
    end: int


class Section(NamedTuple):
    """A part of the article that starts at a heading (index 0: before any)."""

    # A field named like tuple.index shadows the method; readers expect
    # ``sentence.index``, and nothing here calls the tuple method.
    index: int  # type: ignore[assignment]
    title: str
    start: int


class Paragraph(NamedTuple):
    """A paragraph with the section it belongs to."""

    index: int  # type: ignore[assignment]  # see Section
    section: int
    start: int
    end: int


class Sentence(NamedTuple):
    """A sentence: offsets into the article, paragraph and section indexes.

    Attribution may split a sentence with two speakers into clauses: each is
    a Sentence of its own, ``clause`` 1, 2, ... (0: the whole sentence).
    """

    index: int  # type: ignore[assignment]  # see Section
    paragraph: int
    section: int
    start: int
    end: int
    clause: int = 0


class Segmentation(NamedTuple):
    """All spans of one article, each list in order of appearance."""

    text: str
    sections: list[Section]
    headings: list[Span]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]


# The word lists live in narrative_compare.lexicon.english: abbreviations
# that end with a full stop without ending the sentence (months and titles
# are the frequent ones in news; "No" only before a number), those that often
# end a sentence too ("... said Acme Inc. The firm"), sentence openers after
# which a dotted acronym such as "U.S." does end the sentence, and function
# words a heading does not end with (a line ending in one is a wrapped line
# of running text, not a heading).

_BLANK_LINES = re.compile(r"\n[ \t\f\v\u00a0\u2028\u2029]*\n")
_LINE = re.compile(r"[^\n]+")
# Characters a line ends with when it ends a sentence or clause.
_TERMINAL_CHARS = frozenset('.!?:;…"”’»)]')
_WORD = re.compile(r"\S+")
# Fewer words than this on the first line name the text rather than say something.
_HEADLINE_MIN_WORDS = 3
# A candidate boundary: terminal punctuation, closing quotes or brackets, then
# either white space or (a missing space) directly the next sentence.
# Written out, it is
#     [.!?…]+["”’'»)\]]*(?=\s|$)  |  [.!?]["”»]?(?=["“«]?[A-Z][a-z])
# The form below starts with the one character both branches start with,
# which lets the regex engine skip to it: four times faster, same matches.
_BOUNDARY = re.compile(
    r"[.!?…](?:[.!?…]*[\"”’'»)\]]*(?=\s|$)|(?<=[.!?])[\"”»]?(?=[\"“«]?[A-Z][a-z]))"
)
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "U.S", "U.N"
_NEXT_START = re.compile(r"\s*([\"“‘'«(\[]*)(\S?)")


def segment_text(text: str) -> Segmentation:
    """Segment ``text`` into sections, headings, paragraphs and sentences.

    Parameters
    ----------
    text : str
        The decoded article (newlines already normalised to ``"\\n"``).

    Returns
    -------
    Segmentation
        Lists of spans in order of appearance. Headings are not sentences;
        every non-space character outside a heading lies in exactly one
        sentence.
    """
    sections = [Section(0, "", 0)]
    headings: list[Span] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        for kind, start, end in _block_units(text, block_start, block_end):
            if kind == "heading":
                headings.append(Span(start, end))
                sections.append(Section(len(sections), text[start:end], start))
                if not (paragraphs or len(headings) > 1) and is_headline(text[start:end]):
                    # The article's headline titles its first section and is
                    # a statement too ("Health ministry: 40 clinics closed").
                    paragraphs.append(Paragraph(0, sections[-1].index, start, end))
                    sentences.append(Sentence(0, 0, sections[-1].index, start, end))
                continue
            paragraph = Paragraph(len(paragraphs), sections[-1].index, start, end)
            paragraphs.append(paragraph)
            for s_start, s_end in split_sentences(text, start, end):
                sentences.append(
                    Sentence(len(sentences), paragraph.index, paragraph.section, s_start, s_end)
                )
    return Segmentation(text, sections, headings, paragraphs, sentences)


def _blocks(text: str) -> list[tuple[int, int]]:
    """Offsets of the blocks between blank lines, stripped of outer space."""
    blocks = []
    position = 0
    for match in _BLANK_LINES.finditer(text):
        blocks.append((position, match.start()))
        position = match.end() - 1
    blocks.append((position, len(text)))
    return [span for span in (_strip(text, a, b) for a, b in blocks) if span[0] < span[1]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of ``text[start:end]`` without its leading and trailing white space."""
    segment = text[start:end]
    left = segment.lstrip()
    start += len(segment) - len(left)
    return start, start + len(left.rstrip())


def is_heading_line(line: str) -> bool:
    """Whether a line looks like a heading: short, no final punctuation.

    Examples
    --------
    >>> is_heading_line("Russia comments"), is_heading_line("It said so.")
    (True, False)
    """
    if len(line) > 90 or not line.strip():
        return False
    if line.rstrip()[-1] in _TERMINAL_CHARS or line.rstrip().endswith(","):
        return False  # checked before splitting: most lines end a sentence
    words = line.split()
    if len(words) > 12:
        return False
    first = line.lstrip()[0]
    if not (first.isupper() or first.isdigit()):
        return False
    return words[-1].lower() not in NOT_HEADING_END_WORDS


def is_headline(line: str) -> bool:
    """Whether the article's first heading line is a headline rather than a label.

    A headline says something: three words or more ("Morvane accuses
    gunmen of shelling town"); "Azerbaijan statement" only names the text.

    Examples
    --------
    >>> is_headline("Army accuses rebels of shelling town"), is_headline("Statement")
    (True, False)
    """
    return len(line.split()) >= _HEADLINE_MIN_WORDS


def _block_units(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Split a block into headings and paragraphs at meaningful line breaks."""
    if text.find("\n", start, end) < 0:  # one line, the usual case: no line to look ahead to
        return [("heading" if is_heading_line(text[start:end]) else "paragraph", start, end)]
    lines = [
        _strip(text, start + m.start(), start + m.end()) for m in _LINE.finditer(text[start:end])
    ]
    lines = [span for span in lines if span[0] < span[1]]
    units: list[tuple[str, int, int]] = []
    current: list[int] | None = None
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        next_line = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
        if current is None and _heading_here(line, next_line):
            units.append(("heading", a, b))
            continue
        if current is None:
            current = [a, b]
        else:
            current[1] = b
        # A line ending a sentence closes the paragraph when the next line
        # starts like a new one; otherwise the break is a soft wrap.
        if not next_line or (line.rstrip()[-1] in _TERMINAL_CHARS and _starts_new_unit(next_line)):
            units.append(("paragraph", current[0], current[1]))
            current = None
    if current is not None:
        units.append(("paragraph", current[0], current[1]))
    return units


def _heading_here(line: str, next_line: str) -> bool:
    """A heading line, also one ending in "on"/"of" when a new sentence follows.

    "Opposition vows to fight on" above "The Green bloc said ..." is a heading;
    a wrapped line ending in "on" continues with a lowercase word instead.
    """
    if not _starts_new_unit(next_line):
        return False
    if is_heading_line(line):
        return True
    opener = next_line.split()[0] if next_line.split() else ""
    words = line.split()
    return (
        len(words) >= 2
        and words[-1] in NOT_HEADING_END_WORDS  # the only reason it was not a heading
        and is_heading_line(" ".join(words[:-1]))
        and opener[:1].isupper()
        and opener.lower() in SENTENCE_OPENERS
    )


def _starts_new_unit(next_line: str) -> bool:
    if not next_line:
        return True
    first = next_line.lstrip("\"“‘'«(—–- ")[:1]
    return not first or first.isupper() or first.isdigit() or not first.isalpha()


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph).

    Examples
    --------
    >>> t = 'Dr. Vell said 3.5 per cent. “It ended.” She left.'
    >>> [t[a:b] for a, b in split_sentences(t, 0, len(t))]
    ['Dr. Vell said 3.5 per cent.', '“It ended.”', 'She left.']
    """
    spans = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        boundary = match.end()
        # At the paragraph's end there is nothing to decide.
        if boundary < end and _is_sentence_end(text, sentence_start, match.start(), boundary, end):
            spans.append(_strip(text, sentence_start, boundary))
            sentence_start = boundary
    spans.append(_strip(text, sentence_start, end))
    return [span for span in spans if span[0] < span[1]]


def _is_sentence_end(text: str, sentence_start: int, mark: int, boundary: int, end: int) -> bool:
    """Decide whether the punctuation at ``mark`` really ends a sentence."""
    follow = _NEXT_START.match(text, boundary, end)
    if follow is None:  # the pattern matches the empty string: never None
        return False
    opener, first = follow.group(1), follow.group(2)
    if not first:
        return False
    if not (first.isupper() or first.isdigit() or opener):
        return False  # "?” she asked", "3.5 per cent", "e.g. this"
    if text[mark] != ".":
        return True  # "?" and "!" before a capital end the sentence
    token = _token_before(text, sentence_start, mark)
    if boundary < end and not text[boundary].isspace():
        # Missing space ("the plant.The company"): only after a real word.
        return len(token) >= 2 and token.isalpha() and token.lower() not in ABBREVIATIONS
    return not _is_abbreviation(token, text[follow.start(2) : follow.start(2) + 12], first)


def _token_before(text: str, sentence_start: int, mark: int) -> str:
    """The token that ends at ``mark``, without opening quotes or brackets."""
    if mark == sentence_start or text[mark - 1].isspace():
        return ""
    # The last whitespace-separated piece of a short window; a token that
    # fills the window may go on before it and is walked back.
    window = max(sentence_start, mark - 40)
    token = text[window:mark].rsplit(None, 1)[-1]
    if len(token) == mark - window and window > sentence_start:
        word_start = window
        while word_start > sentence_start and not text[word_start - 1].isspace():
            word_start -= 1
        token = text[word_start:mark]
    return token.lstrip("\"“‘'«([")


def _is_abbreviation(token: str, following: str, first: str) -> bool:
    """Whether ``token`` + "." is an abbreviation that does not end the sentence."""
    lower = token.lower()
    next_word = _WORD.match(following)
    next_lower = next_word.group(0).lower().strip("\"“‘'«,") if next_word else ""
    if lower in NUMBER_ABBREVIATIONS:
        return first.isdigit()  # "No. 10" but "... said no. The ..."
    if lower in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "J. K. Rowan"
    if lower in CLOSING_ABBREVIATIONS or _DOTTED_ACRONYM.fullmatch(token):
        # Dotted acronym ("U.S", "U.N"): ends the sentence only before a
        # typical sentence opener.
        return next_lower not in SENTENCE_OPENERS
    return False
