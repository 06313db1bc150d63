"""Segmentation: paragraphs, sentences, word tokens and quotation regions.

Every function here returns ``(start, end)`` character offsets into the text it
was given and never copies or normalises the text, so offsets computed here
index the article text exactly as decoded.
"""
from __future__ import annotations

import re
from typing import NamedTuple

__all__ = [
    "Token",
    "paragraph_spans",
    "sentence_spans",
    "tokenize",
    "quote_spans",
    "QuoteSpan",
]


class Token(NamedTuple):
    """A word token: offsets into the text, its lowercased form and its sentence."""

    start: int
    end: int
    lower: str
    sentence: int


# Words: letters/digits joined by internal hyphens, apostrophes or dots
# ("so-called", "don't", "Kim's", "U.S", "2,000" is two tokens by design).
_SPAN = re.Match.span
WORD = re.compile(r"\w+(?:[-'’.]\w+)*")

_LINE = re.compile(r"[^\r\n]+")

# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then white space.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")

# NOTE: a period after one of these does not end a sentence. Lowercased,
# without the final period.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr
    rev hon pres supt insp det cpl pvt inc corp co ltd llc bros vs etc no nos
    vol fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est
    dept univ assn u.s u.k u.n e.u u.s.a a.m p.m i.e e.g al ave blvd rd""".split()
)

_OPENERS_OK = "\"'“‘«([—-"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines of *text* as ``(start, end)``, trailing spaces trimmed.

    Any of ``\\n``, ``\\r\\n`` and a lone ``\\r`` ends a line.
    """
    spans = []
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _is_abbreviation(text: str, para_start: int, dot: int) -> bool:
    """True when the period at *dot* closes an abbreviation or an initial."""
    i = dot
    while i > para_start and not text[i - 1].isspace() and text[i - 1] not in "\"'“‘(":
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # A single capital initial ("John F. Kennedy"); not "I." or a digit.
    return len(word) == 1 and word.isalpha() and text[i].isupper() and word != "i"


def sentence_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """Sentences as ``(start, end, paragraph_index)``.

    A paragraph never shares a sentence with another. Inside a paragraph a
    sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes)
    followed by white space and an upper-case letter, digit or opening quote,
    unless the period closes a known abbreviation or an initial.
    """
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    out: list[tuple[int, int, int]] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        start = p_start
        for m in _END.finditer(text, p_start, p_end):
            end = m.end()
            nxt = end
            while nxt < p_end and text[nxt].isspace():
                nxt += 1
            if nxt >= p_end:
                break
            c = text[nxt]
            if not (c.isupper() or c.isdigit() or c in _OPENERS_OK):
                continue
            punct = text[m.start()]
            if punct == "." and m.end() - m.start() == 1 and _is_abbreviation(text, start, m.start()):
                continue
            out.append((start, end, p_index))
            start = nxt
        if start < p_end:
            out.append((start, p_end, p_index))
    return out


def tokenize(text: str, sentences: list[tuple[int, int, int]]) -> list[Token]:
    """Word tokens of every sentence, in text order."""
    # Sentences tile their paragraphs up to white space, which a word never
    # contains, so every word lies inside one sentence: each sentence's are
    # found on their own (no look-up of the sentence per word).
    lowered = text.lower()
    # NOTE: lower-casing is context-free except for the capital sigma (and a
    # few characters that change length), so a slice of the lowered text is
    # the lowered word unless one of those occurs.
    exact = len(lowered) == len(text) and "\u03a3" not in text
    new, finditer = tuple.__new__, WORD.finditer  # tuple.__new__: a Token without _make's checks
    out: list[Token] = []
    for i, (s, e, _p) in enumerate(sentences):
        if exact:
            out += [new(Token, (a, b, lowered[a:b], i)) for a, b in map(_SPAN, finditer(text, s, e))]
        else:
            out += [new(Token, (m.start(), m.end(), m.group().lower(), i)) for m in finditer(text, s, e)]
    return out


class QuoteSpan(NamedTuple):
    """A quotation region: ``start``/``end`` include the quote marks.

    ``open_ended`` is true when the quote runs to the end of its paragraph
    without a closing mark (the newspaper convention for a quotation that
    continues in the next paragraph).
    """

    start: int
    end: int
    paragraph: int
    open_ended: bool


_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_QUOTE_CHARS = re.compile("[\"'“”«»„‘’]")


def _is_open_context(text: str, i: int, lo: int) -> bool:
    """A straight quote at *i* opens when it follows a start, space or opener."""
    if i == lo:
        return True
    prev = text[i - 1]
    return prev.isspace() or prev in "([{—–-/:;,“‘«"


def _scan_paragraph(text: str, lo: int, hi: int, p_index: int, single_continues: bool = False, double_continues: bool = False) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_kind = ""  # "d" double, "s" single
    for m in _QUOTE_CHARS.finditer(text, lo, hi):
        # Only quote characters change the state; jump from one to the next.
        i = m.start()
        c = text[i]
        if open_at is None:
            if c in _DOUBLE_OPEN or (c == '"' and _is_open_context(text, i, lo)):
                open_at, open_kind = i, "d"
            elif c == "'" or c == _SINGLE_OPEN:
                # An opening single quote: after a start/space/opener and
                # before a letter or digit (never an apostrophe inside a word).
                nxt = text[i + 1] if i + 1 < hi else " "
                if _is_open_context(text, i, lo) and (nxt.isalnum() or nxt in "\"“"):
                    open_at, open_kind = i, "s"
            elif c == '"':
                # A stray straight quote in closing position with nothing open:
                # ignore it rather than invert every quote after it.
                pass
        else:
            if open_kind == "d" and (c in _DOUBLE_CLOSE or c == '"'):
                spans.append(QuoteSpan(open_at, i + 1, p_index, False))
                open_at = None
            elif open_kind == "s" and c in "'’":
                nxt = text[i + 1] if i + 1 < hi else " "
                prev = text[i - 1]
                # Closing single quote: not an apostrophe between letters.
                if not (prev.isalpha() and nxt.isalpha()) and not prev.isspace():
                    spans.append(QuoteSpan(open_at, i + 1, p_index, False))
                    open_at = None
    if open_at is not None:
        # Unclosed: keep it only if it opened the paragraph (continued quote);
        # a mid-paragraph stray mark is more likely a typo or apostrophe. An
        # unclosed single mark opening a paragraph is a quote only when the
        # next paragraph reopens one, as a continued quotation does; else it
        # is an apostrophe ("'Oumuamua", "'90s were ..."). A straight double
        # mark opened mid-paragraph is kept when the next paragraph reopens
        # one: 'he said. "We chose the best one.' then '"And ...'.
        if (open_at == lo and (open_kind == "d" or single_continues)) or (open_kind == "d" and (text[open_at] in _DOUBLE_OPEN or (double_continues and text[open_at + 1:open_at + 2].isalnum()))):
            spans.append(QuoteSpan(open_at, hi, p_index, True))
    return spans


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Direct-quotation regions, straight and curly, double and single.

    Quotes inside quotes are part of the outer region. A quote that is still
    open at the end of its paragraph ends there (``open_ended``); the next
    paragraph's opening mark starts a new region.
    """
    out: list[QuoteSpan] = []
    for p_index, (lo, hi) in enumerate(paragraphs):
        nxt = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else -1
        out.extend(_scan_paragraph(text, lo, hi, p_index, single_continues=nxt >= 0 and text[nxt] in "'‘", double_continues=nxt >= 0 and text[nxt] in '"“'))
    return out
