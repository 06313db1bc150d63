"""Sentence sentiment with VADER. The only module that imports vaderSentiment.

VADER's compound score saturates on long texts, so it is taken per sentence;
the document-level figures are aggregates computed by the scorer.
"""
from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

__all__ = ["default_analyser", "sentence_compounds", "SentimentIntensityAnalyzer"]


@lru_cache(maxsize=1)
def default_analyser() -> SentimentIntensityAnalyzer:
    """One analyser per process: VADER reads its lexicon file when built.

    The analyser holds no per-text state, so sharing it cannot make one
    article's result depend on another's.
    """
    return SentimentIntensityAnalyzer()


def sentence_compounds(texts: list[str], analyser: SentimentIntensityAnalyzer | None = None) -> list[float]:
    """VADER compound score in [-1, 1] for each sentence text."""
    analyser = analyser or default_analyser()
    score = analyser.polarity_scores
    return [round(score(t)["compound"], 4) if t.strip() else 0.0 for t in texts]
