"""Sentence sentiment with VADER. The only module that imports vaderSentiment.

VADER's compound score saturates on long texts, so it is taken per sentence;
the document-level figures are aggregates computed by the scorer.

``sentence_compounds`` gives exactly the compound score of vaderSentiment's
``SentimentIntensityAnalyzer.polarity_scores`` (same lexicon, same rules, the
same floating-point operations in the same order), about four times faster:
the library lowercases every word many times over, rebuilds the lowercased
sentence for each negation test and runs the rules for every word, when only
the words in its lexicon can carry a valence. Sentences containing an emoji
(rare in news) go through the library itself. ``tests/test_sentiment.py`` checks the
two agree.
"""
from __future__ import annotations

import math
from functools import lru_cache

from vaderSentiment import vaderSentiment as _vader
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

__all__ = ["default_analyser", "sentence_compounds", "SentimentIntensityAnalyzer", "Compound"]

_PUNCT = _vader.string.punctuation
_NEGATE = frozenset(_vader.NEGATE)
_BOOSTER = _vader.BOOSTER_DICT
_SPECIAL = _vader.SPECIAL_CASES
_N_SCALAR = _vader.N_SCALAR
_C_INCR = _vader.C_INCR


@lru_cache(maxsize=1)
def default_analyser() -> SentimentIntensityAnalyzer:
    """One analyser per process: VADER reads its lexicon file when built.

    The analyser holds no per-text state, so sharing it cannot make one
    article's result depend on another's.
    """
    return SentimentIntensityAnalyzer()


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


def _scalar(word: str, lower: str, valence: float, cap_diff: bool) -> float:
    """The library's ``scalar_inc_dec`` for one preceding word."""
    scalar = 0.0
    if lower in _BOOSTER:
        scalar = _BOOSTER[lower]
        if valence < 0:
            scalar *= -1
        if word.isupper() and cap_diff:
            if valence > 0:
                scalar += _C_INCR
            else:
                scalar -= _C_INCR
    return scalar


# Every word of the library's idioms and boosters of more than one word: a
# run of words is one of them only if each of its words is here.
_NGRAM_WORDS = frozenset(w for key in (*_SPECIAL, *_BOOSTER) if " " in key for w in key.split(" "))


def _idioms(valence: float, low: list[str], i: int) -> float:
    """The library's ``_special_idioms_check`` (called only when i > 2)."""
    # NOTE: every n-gram looked up below holds word i-1 or i-2, or words i
    # and i+1; when none of them can be part of one, none is a key.
    near = _NGRAM_WORDS
    if low[i - 1] not in near and low[i - 2] not in near and (len(low) - 1 <= i or low[i] not in near or low[i + 1] not in near):
        return valence
    onezero = f"{low[i - 1]} {low[i]}"
    twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
    twoone = f"{low[i - 2]} {low[i - 1]}"
    threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
    threetwo = f"{low[i - 3]} {low[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
            break
    if len(low) - 1 > i:
        zeroone = f"{low[i]} {low[i + 1]}"
        if zeroone in _SPECIAL:
            valence = _SPECIAL[zeroone]
    if len(low) - 1 > i + 1:
        zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
        if zeroonetwo in _SPECIAL:
            valence = _SPECIAL[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in _BOOSTER:
            valence = valence + _BOOSTER[n_gram]
    return valence


class Compound:
    """VADER's compound score for one sentence, computed in one pass."""

    def __init__(self, analyser: SentimentIntensityAnalyzer):
        self.analyser = analyser
        self.lexicon = analyser.lexicon
        self.emoji_chars = frozenset(k for k in analyser.emojis if len(k) == 1)

    def __call__(self, text: str) -> float:
        if not text.isascii() and not self.emoji_chars.isdisjoint(text):
            return self.analyser.polarity_scores(text)["compound"]
        text = text.strip()
        words = [w if len(s := w.strip(_PUNCT)) <= 2 else s for w in text.split()]
        if not words:
            return 0.0
        low = [w.lower() for w in words]
        lex = self.lexicon
        hits = [i for i, lw in enumerate(low) if lw in lex]
        n = len(words)
        valences = {}
        if hits:
            caps = sum(map(str.isupper, words))
            cap_diff = 0 < n - caps < n
            for i in hits:
                lw = low[i]
                if lw in _BOOSTER or (lw == "kind" and i < n - 1 and low[i + 1] == "of"):
                    continue
                valences[i] = self._valence(words, low, i, lw, cap_diff)
        if "but" in low:
            # The library's rule rescales each slot by where the first "but"
            # is (and, through list.index, by equal values): give it every slot.
            sentiments = [valences.get(i, 0) for i in range(n)]
            sum_s = sum(SentimentIntensityAnalyzer._but_check(words, sentiments))
        else:
            sum_s = sum(valences.values())
        sum_s = float(sum_s)
        ep = min(text.count("!"), 4) * 0.292
        qm = text.count("?")
        amplifier = ep + ((qm * 0.18 if qm <= 3 else 0.96) if qm > 1 else 0)
        if sum_s > 0:
            sum_s += amplifier
        elif sum_s < 0:
            sum_s -= amplifier
        compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
        compound = -1.0 if compound < -1.0 else 1.0 if compound > 1.0 else compound
        return round(compound, 4)

    def _valence(self, words: list[str], low: list[str], i: int, lw: str, cap_diff: bool) -> float:
        """The library's ``sentiment_valence`` for the lexicon word at *i*."""
        lex = self.lexicon
        valence = lex[lw]
        n = len(low)
        if lw == "no" and i != n - 1 and low[i + 1] in lex:
            valence = 0.0
        if (i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no") or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor")):
            valence = lex[lw] * _N_SCALAR
        if cap_diff and words[i].isupper():
            if valence > 0:
                valence += _C_INCR
            else:
                valence -= _C_INCR
        for start_i in range(0, 3):
            j = i - (start_i + 1)
            if i > start_i and low[j] not in lex:
                s = _scalar(words[j], low[j], valence, cap_diff)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                if start_i == 0:
                    if _negated(low[i - 1]):
                        valence = valence * _N_SCALAR
                elif start_i == 1:
                    if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
                        valence = valence * 1.25
                    elif low[i - 2] == "without" and low[i - 1] == "doubt":
                        pass
                    elif _negated(low[i - 2]):
                        valence = valence * _N_SCALAR
                else:
                    if (low[i - 3] == "never" and (low[i - 2] == "so" or low[i - 2] == "this")) or (low[i - 1] == "so" or low[i - 1] == "this"):
                        valence = valence * 1.25
                    elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                        pass
                    elif _negated(low[i - 3]):
                        valence = valence * _N_SCALAR
                    valence = _idioms(valence, low, i)
        if i > 1 and low[i - 1] not in lex and low[i - 1] == "least":
            if low[i - 2] != "at" and low[i - 2] != "very":
                valence = valence * _N_SCALAR
        elif i > 0 and low[i - 1] not in lex and low[i - 1] == "least":
            valence = valence * _N_SCALAR
        return valence


@lru_cache(maxsize=4)
def _compound_for(analyser: SentimentIntensityAnalyzer) -> Compound:
    return Compound(analyser)


def sentence_compounds(texts: list[str], analyser: SentimentIntensityAnalyzer | None = None) -> list[float]:
    """VADER compound score in [-1, 1] for each sentence text."""
    score = _compound_for(analyser or default_analyser())
    return [round(score(t), 4) if t.strip() else 0.0 for t in texts]
