"""The Document: everything the checks read, computed once per article.

``build_document`` segments the text, finds quotations, attributions and
sources, genre labels and links, and takes each sentence's sentiment and the
readability counts. Checks only read a Document; nothing re-tokenises.
Offsets are Python string indices into ``Document.text``, which is the
article text exactly as decoded (no newline translation, no normalisation).
"""
from __future__ import annotations

import bisect
import re
from operator import attrgetter
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from .corpus import Article, looks_like_headline
from .nlp.attribution import Attribution, analyse
from .nlp.language import detect_language
from .nlp.readability import readability_from_counts, word_syllables
from .nlp.segment import QuoteSpan, Token, paragraph_spans, quote_spans, sentence_spans, tokenize
from .nlp.sentiment import SentimentIntensityAnalyzer, sentence_compounds

__all__ = ["Document", "Sentence", "Label", "build_document"]


@dataclass(frozen=True)
class Sentence:
    """A sentence: offsets, paragraph, whether it is the headline, whether it
    is mostly quoted speech, and its VADER compound score."""

    index: int
    start: int
    end: int
    paragraph: int
    headline: bool
    quoted: bool
    compound: float


GENRES = ("opinion", "analysis", "sponsored")


@dataclass(frozen=True)
class Label:
    """A genre label ("Opinion:", "This article represents the views of the
    author", "Sponsored content") or a transparency signal (byline,
    dateline, correction or clarification note)."""

    start: int
    end: int
    genre: str  # opinion, analysis, sponsored; or byline, dateline, correction

    @property
    def is_genre(self) -> bool:
        return self.genre in GENRES


@dataclass(frozen=True)
class Document:
    """An article prepared for checking. Built once; read by every check."""

    article: Article
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    quote_regions: tuple[QuoteSpan, ...]
    attribution: Attribution
    labels: tuple[Label, ...]
    links: tuple[tuple[int, int], ...]
    readability: Mapping[str, float | None]
    language: str
    headline: int  # sentence index of the headline, or -1
    words: int
    line_starts: tuple[int, ...] = field(repr=False, default=())
    token_starts: tuple[int, ...] = field(repr=False, default=())
    sentence_starts: tuple[int, ...] = field(repr=False, default=())
    quote_starts: tuple[int, ...] = field(repr=False, default=())
    # Values derived on first use and shared by the checks and the scoring
    # that read them (e.g. the unattributed claims); see :meth:`derived`.
    _derived: dict = field(repr=False, compare=False, default_factory=dict)

    def derived(self, key, make):
        """``make(self)`` computed once per document under *key*."""
        try:
            return self._derived[key]
        except KeyError:
            value = self._derived[key] = make(self)
            return value

    @property
    def id(self) -> str:
        return self.article.id

    def in_quote(self, pos: int) -> bool:
        """True when offset *pos* lies inside a direct-quotation region."""
        regions = self.quote_regions
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and regions[i].start <= pos < regions[i].end

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence containing (or nearest before) offset *pos*."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[max(i, 0)]

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based line and column of *pos*."""
        i = bisect.bisect_right(self.line_starts, pos) - 1
        return i + 1, pos - self.line_starts[i] + 1

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start:s.end]


_LABELS = [
    (re.compile(r"\b(?:this|the) (?:article|piece|column|op-ed|post|essay) (?:represents|reflects|expresses|contains) (?:only )?(?:the )?(?:personal )?(?:views?|opinions?) of (?:the|its) (?:authors?|writers?)\b", re.I), "opinion"),
    (re.compile(r"\b(?:the )?(?:views|opinions) expressed (?:here |in this (?:article|piece|column|post) )?are (?:solely )?(?:those of )?the (?:authors?|writers?)(?:'s|’s)?(?: own)?\b", re.I), "opinion"),
    (re.compile(r"^[ \t]*(?:opinion|op-ed|commentary|editorial|column|viewpoint|perspective)[ \t]*(?:[:|—–-]|$)", re.I | re.M), "opinion"),
    (re.compile(r"^[ \t]*(?:news )?analysis[ \t]*(?:[:|—–-]|$)", re.I | re.M), "analysis"),
    (re.compile(r"\b(?:sponsored (?:content|post|article)|paid (?:content|post|partnership)|advertorial|partner content|promoted content|brand ?studio)\b", re.I), "sponsored"),
    # "Sponsored by X" / "Paid for by X" only as a disclaimer line, not in a sentence.
    (re.compile(r"^[ \t]*(?:sponsored by|paid for by|presented by)\b", re.I | re.M), "sponsored"),
    (re.compile(r"^[ \t]*(?:correction|clarification|editor['’]s note)[ \t]*[:—–-]", re.I | re.M), "correction"),
    (re.compile(r"\b(?:an earlier version of this (?:article|story|report|piece)|this (?:article|story|report|piece) (?:has been|was) (?:updated|corrected|amended))\b", re.I), "correction"),
    (re.compile(r"^[ \t]*[Bb][Yy][ \t]+[A-Z][\w.'’-]+(?:[ \t]+(?:[A-Z][\w.'’-]+|and|&))[\w.'’ \t&-]{0,40}$", re.M), "byline"),
    (re.compile(r"^[ \t]*(?:[A-Z][A-Z .,'’-]{2,40}(?:[ \t]*\((?:AP|Reuters|AFP|UPI|dpa|[A-Z]{2,6})\))?[ \t]*[—–]|[A-Z][A-Z .,'’-]{2,40}[ \t]*\((?:AP|Reuters|AFP|UPI)\))", re.M), "dateline"),
]
_NEWLINE = re.compile(r"\r\n|\r|\n")
_LOWER = attrgetter("lower")
_START = attrgetter("start")
_LINK = re.compile(
    r"https?://[^\s<>\"”)\]]+|www\.[^\s<>\"”)\]]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|info|io|news|co\.uk|cn|ru|kr|jp)/[^\s<>\"”)\]]*",
    re.I,
)


# NOTE: under re.IGNORECASE these four characters match ASCII letters
# (i, s, k); a text without them contains a pattern's literal words, in any
# case, only if its lower-cased form contains them, so a cheap substring test
# can decide that a costly case-insensitive pattern cannot match.
_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")
# A label pattern containing the first string can only match a text holding
# one of the words after it; patterns not listed here always run.
_LABEL_PRETESTS = (
    ("(?:represents|reflects|expresses|contains)", ("represents", "reflects", "expresses", "contains")),
    ("(?:views|opinions) expressed", ("expressed",)),
    ("sponsored (?:content", ("sponsored content", "sponsored post", "sponsored article", "paid content", "paid post", "paid partnership",
                              "advertorial", "partner content", "promoted content", "brand studio", "brandstudio")),
    ("an earlier version of this", ("an earlier version", "this article", "this story", "this report", "this piece")),
)
_LABEL_WORDS = [next((words for key, words in _LABEL_PRETESTS if key in rx.pattern), None) for rx, _genre in _LABELS]
# NOTE: the label patterns that start with _LINE_START match only at the
# start of a line, yet Python's re tries each at every character of the
# text. One pattern that takes the line start once and then tries all their
# bodies finds a match exactly when one of them would, at a fifth of the
# cost of running them all: they run only when it does.
_LINE_START = r"^[ \t]*"
_LINE_LABELS = frozenset(i for i, (rx, _genre) in enumerate(_LABELS) if rx.pattern.startswith(_LINE_START))
_LINE_LABEL_GATE = re.compile(
    _LINE_START + "(?:" + "|".join(
        ("(?i:%s)" if _LABELS[i][0].flags & re.I else "(?:%s)") % _LABELS[i][0].pattern[len(_LINE_START):] for i in sorted(_LINE_LABELS)
    ) + ")",
    re.M,
)
_LINK_WORDS = ("://", "www.", *(f".{tld}/" for tld in "com org net gov edu int info io news co.uk cn ru kr jp".split()))
_LINK_MARKS = ("/", "www.")  # one of them is in each of _LINK_WORDS


def _searchable(text: str) -> str | None:
    """*text* lower-cased for literal pre-tests, or None when they are unsafe."""
    return None if any(c in text for c in _FOLDS) else text.lower()


def _may_match(low: str | None, words) -> bool:
    return words is None or low is None or any(w in low for w in words)


def _labels(text: str, low: str | None = None) -> tuple[Label, ...]:
    at_line_start = _LINE_LABEL_GATE.search(text) is not None
    found = [Label(m.start(), m.end(), genre) for i, ((rx, genre), words) in enumerate(zip(_LABELS, _LABEL_WORDS))
             if _may_match(low, words) and (at_line_start or i not in _LINE_LABELS) for m in rx.finditer(text)]
    return tuple(sorted(found, key=lambda l: (l.start, l.end)))


def _link_matches(text: str, low: str | None, paras) -> Iterator[re.Match]:
    """_LINK's matches in *text*, as a scan of the whole text finds them."""
    if low is None or len(low) != len(text) or paras is None:
        if _may_match(low, _LINK_WORDS):
            yield from _LINK.finditer(text)
        return
    # NOTE: a link holds no white space and one of _LINK_WORDS, each of
    # which holds "/" or "www.", so every match lies inside one line that
    # holds one of these two: scanning only those lines (their ends are
    # white space or the end of the text) finds the same matches as
    # scanning the whole text, at a fraction of the cost.
    starts = [a for a, _b in paras]
    lines = set()
    for word in _LINK_MARKS:
        at = low.find(word)
        while at >= 0:
            lines.add(bisect.bisect_right(starts, at) - 1)
            at = low.find(word, at + 1)
    for i in sorted(lines):
        yield from _LINK.finditer(text, *paras[i])


def _links(text: str, low: str | None = None, paras=None) -> tuple[tuple[int, int], ...]:
    """Links in *text*; *paras*, its :func:`paragraph_spans`, speed the search."""
    out = []
    for m in _link_matches(text, low, paras):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?'’":
            end -= 1
        out.append((m.start(), end))
    return tuple(out)


def build_document(article: Article, analyser: SentimentIntensityAnalyzer | None = None) -> Document:
    """Segment, analyse and measure *article* once; see the module docstring."""
    text = article.text
    paras = paragraph_spans(text)
    raw_sents = sentence_spans(text, paras)
    tokens = tokenize(text, raw_sents)
    quotes = quote_spans(text, paras)

    headline = -1
    if paras and raw_sents and len(paras) > 1:
        first = text[paras[0][0]:paras[0][1]]
        # The first line is the headline when it is the title, or (with no
        # title given) when it reads like one.
        if (article.title and first.strip() == article.title.strip()) or (not article.title and looks_like_headline(first, text[paras[1][0]:])):
            headline = 0
    attribution = analyse(text, raw_sents, tokens, quotes, headline)

    q_starts = [q.start for q in quotes]

    def quoted_chars(s: int, e: int) -> int:
        n = 0
        i = max(bisect.bisect_right(q_starts, s) - 1, 0)
        while i < len(quotes) and quotes[i].start < e:
            n += max(0, min(e, quotes[i].end) - max(s, quotes[i].start))
            i += 1
        return n

    compounds = sentence_compounds([text[s:e] for s, e, _ in raw_sents], analyser)
    sentences = tuple(
        Sentence(
            index=i,
            start=s,
            end=e,
            paragraph=p,
            headline=(headline >= 0 and p == 0),
            quoted=quoted_chars(s, e) * 2 > (e - s),
            compound=compounds[i],
        )
        for i, (s, e, p) in enumerate(raw_sents)
    )
    lowered = list(map(_LOWER, tokens))
    counts = word_syllables(lowered)
    words = len(counts) - counts.count(0)
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    low = _searchable(text)
    return Document(
        article=article,
        text=text,
        paragraphs=tuple(paras),
        sentences=sentences,
        tokens=tuple(tokens),
        quote_regions=tuple(quotes),
        attribution=attribution,
        labels=_labels(text, low),
        links=_links(text, low, paras),
        readability=readability_from_counts(counts, len(sentences)),
        language=(article.language or detect_language(lowered)).lower()[:2] if (article.language or lowered) else "und",
        headline=headline,
        words=words,
        line_starts=tuple(line_starts),
        token_starts=tuple(map(_START, tokens)),
        sentence_starts=tuple(s.start for s in sentences),
        quote_starts=tuple(q_starts),
    )
