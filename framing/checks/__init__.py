"""Checks: small pure functions ``check(ctx, rule) -> Iterator[Finding]``.

A YAML rule is an instance of a kind; ``KINDS`` maps each kind name to its
function. Checks read the Document (and the rubric's one-pass term hits) and
never read files, print or know about output formats.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator

from ..document import GENRES
from ..findings import Finding

__all__ = ["KINDS", "Context", "Param", "PARAMS", "NEEDS", "SOURCE_KINDS", "GENRES", "DOCUMENT_VALUES"]


@dataclass(frozen=True)
class Context:
    """What a check may read: the document and the rubric's term hits."""

    doc: object  # framing.document.Document
    hits: dict  # rule id -> list[TermHit]
    patterns: dict  # rule id -> compiled regex


Check = Callable[[Context, object], Iterator[Finding]]

from . import attribution, headline, labels, lexical, sentiment, sourcing, style  # noqa: E402

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
    "required_label": labels.required_label,
}

# What each kind reads from ``params``, so a rubric is checked when it is
# loaded rather than failing half-way through a run. rubrics/README.md
# documents every entry (tests/test_rubric_docs.py keeps the two in step).
SOURCE_KINDS = ("person", "organisation", "document", "media", "anonymous", "vague")
# Values a ``metric`` rule may bound: the readability figures and two counts.
DOCUMENT_VALUES = ("fk_grade", "reading_ease", "gunning_fog", "smog", "words_per_sentence", "syllables_per_word", "words", "sentences")


@dataclass(frozen=True)
class Param:
    """One parameter of a rule kind: what it must be, its default, a test."""

    type: str
    default: Any
    valid: Callable[[Any], bool]
    choices: tuple[str, ...] = ()


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v == v and abs(v) != float("inf")


def _count(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _share(v) -> bool:
    return _number(v) and 0 <= v <= 1


def _flag(v) -> bool:
    return isinstance(v, bool)


def _words(v) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _subset(choices):
    return lambda v: isinstance(v, list) and bool(v) and all(x in choices for x in v)


PARAMS: dict[str, dict[str, Param]] = {
    "terms": {
        "phrase": Param("integer >= 0", 0, _count),
        "phrase_links": Param("list of phrase links", [], lambda v: isinstance(v, list) and all(x in lexical.PHRASE_LINKS for x in v), lexical.PHRASE_LINKS),
    },
    "pattern": {
        "group": Param("integer >= 0", 0, _count),
        "ignore_case": Param("true or false", True, _flag),
        "requires": Param("list of words", [], _words),
    },
    "vague_attribution": {"kinds": Param("list of source kinds", ["vague"], _subset(SOURCE_KINDS), SOURCE_KINDS)},
    "attribution_verb": {},
    "unattributed_quote": {"min_words": Param("integer >= 0", 4, _count)},
    "anonymous_source": {},
    "unattributed_claim": {"min_words": Param("integer >= 0", 6, _count)},
    "genre_label": {},
    "transparency_signal": {},
    "source_dependence": {
        "min_attributions": Param("integer >= 0", 4, _count),
        "max_share": Param("number from 0 to 1", 0.6, _share),
        "max_sources": Param("integer >= 0", 2, _count),
    },
    "no_response_sought": {},
    "scare_quote": {},
    "shouting": {"acronyms": Param("list of words", [], _words)},
    "rhetorical_question": {},
    "strong_sentiment": {"threshold": Param("number from 0 to 1", 0.5, _share)},
    "metric": {
        "value": Param("name of a document value", None, lambda v: v in DOCUMENT_VALUES, DOCUMENT_VALUES),
        "min": Param("number", None, _number),
        "max": Param("number", None, _number),
    },
    "clickbait": {},
    "unsupported_headline": {"max_missing_share": Param("number from 0 to 1", 0.5, _share)},
    "required_label": {
        "genres": Param("list of genres", ["opinion"], _subset(GENRES), GENRES),
        "metadata": Param("true or false", False, _flag),
    },
}

# Rule keys (or ``params.<name>``) a kind cannot work without: each inner
# tuple lists alternatives, at least one of which must be given.
NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "terms": (("terms", "swap"),),
    "attribution_verb": (("terms", "swap"),),
    "pattern": (("pattern",),),
    "metric": (("params.value",), ("params.min", "params.max")),
}
