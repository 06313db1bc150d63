"""Text fingerprints: what `framing compare` needs to find syndicated copies
and articles about the same story, without the article text.

Two small per-article values are written to articles.csv at score time:

- **keywords** — the article's most salient content words, in order: words
  counted in the body, plus extra weight for words of the headline and for
  names (capitalised words inside a sentence). Readable, so a reader can see
  why two articles were grouped; stories are grouped by the overlap of these
  sets (:mod:`framing.stories`).
- **fingerprint** — a MinHash signature of the article's word 4-shingles
  (``mh2:`` + base64 of 32 16-bit minima). The share of equal positions in
  two signatures estimates the Jaccard similarity of their shingle sets,
  which is near 1 only for copies of one text.

Hashes are blake2b of each word and fixed multipliers, never Python's
``hash()``, so fingerprints are identical across processes, machines and
runs. A shingle's hash combines its four word hashes arithmetically, so each
distinct word is hashed once per process (``mh1``, which hashed every
shingle's text, gave other values for the same text).
"""
from __future__ import annotations

import base64
import hashlib
import re
from typing import Iterable, Sequence

import numpy as np

from ..resources import word_list

__all__ = ["KEYWORDS", "keywords", "fingerprint", "signature", "similarity"]

KEYWORDS = 20          # keywords kept per article
SHINGLE = 4            # words per shingle
HASHES = 32            # MinHash positions
SCHEME = "mh2"
HEADLINE_WEIGHT = 3    # a headline word counts as three body occurrences
NAME_WEIGHT = 2        # a capitalised word inside a sentence counts as three

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")


def _odd_words(label: str, n: int) -> tuple[np.ndarray, np.ndarray]:
    raw = [hashlib.blake2b(f"{label}:{k}".encode(), digest_size=16).digest() for k in range(n)]
    a = np.array([int.from_bytes(r[:8], "big") | 1 for r in raw], dtype=np.uint64)
    b = np.array([int.from_bytes(r[8:], "big") for r in raw], dtype=np.uint64)
    return a, b


_A, _B = _odd_words("mh1", HASHES)           # the MinHash functions
_MIX, _ = _odd_words("mh2-shingle", SHINGLE)  # combine word hashes into a shingle hash

# Bounded per-process memos (words repeat across articles; memory stays flat).
_MEMO_MAX = 50_000
_CONTENT: dict[str, str] = {}
_HASHES: dict[str, int] = {}


def _content_word(lower: str) -> str:
    """The keyword form of a lowercased token, or '' when it cannot be one."""
    w = _CONTENT.get(lower)
    if w is None:
        if len(_CONTENT) >= _MEMO_MAX:
            _CONTENT.clear()
        w = _POSSESSIVE.sub("", lower)
        if len(w) < 3 or any(ch.isdigit() for ch in w) or w in word_list("stopwords"):
            w = ""
        _CONTENT[lower] = w
    return w


def _word_hash(word: str) -> int:
    h = _HASHES.get(word)
    if h is None:
        if len(_HASHES) >= _MEMO_MAX:
            _HASHES.clear()
        h = _HASHES[word] = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")
    return h


def keywords(text: str, tokens: Sequence, title: str = "", *, k: int = KEYWORDS) -> list[str]:
    """The *k* most salient content words of an article, most salient first.

    *tokens* are the body's word tokens (objects with ``start``, ``end``,
    ``lower`` and ``sentence``). Each occurrence counts 1, or
    ``1 + NAME_WEIGHT`` when capitalised inside a sentence; each headline
    word adds ``HEADLINE_WEIGHT``. Ties go to the longer word, then to
    alphabetical order.
    """
    counts: dict[str, int] = {}
    get = counts.get
    content = _CONTENT.get
    previous_sentence = None
    for t in tokens:
        w = content(t.lower)
        if w is None:
            w = _content_word(t.lower)
        if w:
            # A name: capitalised inside its sentence (not first), not all capitals.
            if t.sentence == previous_sentence and text[t.start].isupper() and not text[t.start:t.end].isupper():
                counts[w] = get(w, 0) + 1 + NAME_WEIGHT
            else:
                counts[w] = get(w, 0) + 1
        previous_sentence = t.sentence
    for m in _WORD.finditer(title):
        w = _content_word(m.group().lower())
        if w:
            counts[w] = counts.get(w, 0) + HEADLINE_WEIGHT
    if not counts or k <= 0:
        return []
    # Only words counted at least as often as the k-th most counted can rank.
    least = sorted(counts.values(), reverse=True)[min(k, len(counts)) - 1]
    ranked = sorted([kv for kv in counts.items() if kv[1] >= least], key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    return [w for w, _ in ranked[:k]]


def fingerprint(words: Iterable[str]) -> str:
    """MinHash signature of the word 4-shingles of *words* (lowercased tokens)."""
    get = _HASHES.get
    hashes = [get(w) or _word_hash(w) for w in words]
    if not hashes:
        return ""
    w = np.array(hashes, dtype=np.uint64)
    n = max(len(w) - SHINGLE + 1, 1)
    if len(w) < SHINGLE:  # one short shingle: pad with zeros
        w = np.concatenate([w, np.zeros(SHINGLE - len(w), dtype=np.uint64)])
    # uint64 arithmetic wraps modulo 2**64; equal shingles get equal values.
    x = w[:n] * _MIX[0]
    for k in range(1, SHINGLE):
        x += w[k:k + n] * _MIX[k]
    # NOTE: repeated shingles are not removed: they give equal rows below,
    # which leave every minimum as it is (np.unique cost more than they do).
    # uint64 arithmetic wraps modulo 2**64 (multiply-shift hashing);
    # its high 32 bits are the well-mixed ones. Of each 32-bit minimum only
    # the low 16 bits are kept (b-bit MinHash): two different minima agree
    # there by chance once in 65,536.
    # One row per hash function (HASHES x len(x)), in place from here: each
    # minimum is taken along a contiguous row, faster than down a column.
    h = np.multiply.outer(_A, x)
    h += _B[:, None]
    h >>= np.uint64(32)
    minima = (h.min(axis=1) & np.uint64(0xFFFF)).astype(">u2")
    return f"{SCHEME}:" + base64.urlsafe_b64encode(minima.tobytes()).decode("ascii").rstrip("=")


def signature(value: str) -> np.ndarray | None:
    """The MinHash positions of a fingerprint string, or None if it is not one."""
    if not isinstance(value, str) or not value.startswith(SCHEME + ":"):
        return None
    body = value[len(SCHEME) + 1:]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (ValueError, TypeError):
        return None
    if len(raw) != 2 * HASHES:
        return None
    return np.frombuffer(raw, dtype=">u2").astype(np.uint16)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)
