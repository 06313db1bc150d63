"""Checks: small pure functions ``check(ctx, rule) -> Iterator[Finding]``.

A YAML rule is an instance of a kind; ``KINDS`` maps each kind name to its
function. Checks read the Document (and the rubric's one-pass term hits) and
never read files, print or know about output formats.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from ..findings import Finding

__all__ = ["KINDS", "Context"]


@dataclass(frozen=True)
class Context:
    """What a check may read: the document and the rubric's term hits."""

    doc: object  # framing.document.Document
    hits: dict  # rule id -> list[TermHit]
    patterns: dict  # rule id -> compiled regex


Check = Callable[[Context, object], Iterator[Finding]]

from . import attribution, headline, lexical, sentiment, sourcing, style  # noqa: E402

KINDS: dict[str, Check] = {
    "terms": lexical.terms,
    "pattern": lexical.pattern,
    "vague_attribution": attribution.vague_attribution,
    "attribution_verb": attribution.attribution_verb,
    "unattributed_quote": attribution.unattributed_quote,
    "anonymous_source": sourcing.anonymous_source,
    "unattributed_claim": sourcing.unattributed_claim,
    "genre_label": sourcing.genre_label,
    "transparency_signal": sourcing.transparency_signal,
    "source_dependence": sourcing.source_dependence,
    "no_response_sought": sourcing.no_response_sought,
    "scare_quote": style.scare_quote,
    "shouting": style.shouting,
    "rhetorical_question": style.rhetorical_question,
    "strong_sentiment": sentiment.strong_sentiment,
    "metric": sentiment.metric,
    "clickbait": headline.clickbait,
    "unsupported_headline": headline.unsupported_headline,
}
