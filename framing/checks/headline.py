"""Headline checks: clickbait forms, and whether the body carries the
headline's claim."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterator

from ..findings import Finding, make_finding

_CLICKBAIT = [
    (re.compile(r"\byou (?:won['’]t|will not|wo n['’]t) believe\b|\bwhat happen(?:s|ed) next\b|\bthe reason (?:why )?will\b|\bwill (?:shock|amaze|stun) you\b", re.I), "a teaser phrase"),
    (re.compile(r"\b(?:here['’]s|this is) (?:why|what|how)\b|\bthis (?:one|simple) (?:trick|thing)\b|\bmust[- ](?:see|read|watch)\b", re.I), "a teaser phrase"),
    (re.compile(r"^\s*\d+\s+(?:\w+\s+){0,3}(?:things|reasons|ways|facts|signs|times|photos|tips|secrets|mistakes)\b", re.I), "a number-first list"),
    (re.compile(r"\b(?:you|your|you['’](?:re|ll|ve))\b", re.I), "the reader addressed as 'you'"),
]


def _headline(doc):
    if doc.headline < 0:
        return None
    return doc.sentences[doc.headline]


def clickbait(ctx, rule) -> Iterator[Finding]:
    """Flag clickbait forms in the headline: teasers, the reader as 'you',
    number-first lists and teaser questions."""
    doc = ctx.doc
    s = _headline(doc)
    if s is None:
        return
    text = doc.text[s.start:s.end]
    seen = set()
    for rx, what in _CLICKBAIT:
        for m in rx.finditer(text):
            if doc.in_quote(s.start + m.start()) or m.start() in seen:
                continue
            seen.add(m.start())
            f = make_finding(doc, rule, s.start + m.start(), s.start + m.end(), in_quote=False, what=what)
            if f is not None:
                yield f
    stripped = text.rstrip()
    if stripped.endswith("?") and not doc.in_quote(s.start + len(stripped) - 1):
        f = make_finding(doc, rule, s.start, s.start + len(stripped), in_quote=False, what="a teaser question")
        if f is not None:
            yield f


_STOP = frozenset(
    """a an the and or but of in on at to for by with from as into over under about after before is are was were be
    been has have had will would could should may might can do does did not no it its this that these those he she
    they his her their who what which when where why how says said say new more than up out over just now""".split()
)
_NUMBER = re.compile(r"\d[\d,.]*")


_STRIPPED = ("'s", "ing", "ed", "es", "s")  # the suffixes _stem removes, first match wins
_SUFFIXES = _STRIPPED + ("’s",)  # as they may be written in a token


@lru_cache(maxsize=16384)
def _stem(w: str) -> str:
    w = w.lower().replace("’", "'")
    for suf in _STRIPPED:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def _stem_in(stem: str, words: set[str]) -> bool:
    """True when a word of *words* has *stem* as its :func:`_stem`.

    Only the stem itself and the stem plus one of the suffixes ``_stem``
    strips can stem to it, so those few are looked up instead of stemming
    every word of the body."""
    return any(w in words and _stem(w) == stem for w in (stem, *(stem + suf for suf in _SUFFIXES)))


def unsupported_headline(ctx, rule) -> Iterator[Finding]:
    """Flag a headline whose figures, or most of whose content words, the
    body never mentions."""
    doc = ctx.doc
    s = _headline(doc)
    if s is None:
        return
    head = doc.text[s.start:s.end]
    first = bisect.bisect_left(doc.token_starts, s.end)
    if len(doc.tokens) - first < 40:
        return
    # The body's words are its tokens; its figures keep their separators ("2,000").
    body_words = {t.lower for t in doc.tokens[first:]}
    figures = [w.rstrip(".,") for w in _NUMBER.findall(head)]
    # The body's figures are looked for only when the headline has one.
    body_numbers = {w.rstrip(".,") for w in _NUMBER.findall(doc.text, s.end)} if figures else set()
    missing_figures = [f for f in figures if f not in body_numbers]
    head_tokens = doc.tokens[bisect.bisect_left(doc.token_starts, s.start):first]
    content = [doc.text[t.start:t.end] for t in head_tokens if len(t.lower) > 1 and t.lower[0].isalpha() and t.lower not in _STOP]
    missing = [w for w in content if not _stem_in(_stem(w), body_words)]
    share = len(missing) / len(content) if content else 0.0
    if missing_figures or (len(content) >= 3 and share > float(rule.params.get("max_missing_share", 0.5))):
        what = f"the figure(s) {', '.join(missing_figures)}" if missing_figures else f"{len(missing)} of its {len(content)} content words ({', '.join(missing[:5])})"
        f = make_finding(doc, rule, s.start, s.end, in_quote=False, what=what)
        if f is not None:
            yield f
