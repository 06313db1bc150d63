"""Sentiment and metric checks: strongly polar sentences, bounds on
precomputed document values (readability)."""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding, make_finding


def strong_sentiment(ctx, rule) -> Iterator[Finding]:
    """Flag sentences whose VADER compound is at least the threshold in size."""
    doc = ctx.doc
    threshold = float(rule.params.get("threshold", 0.5))
    for s in doc.sentences:
        if abs(s.compound) < threshold:
            continue
        f = make_finding(doc, rule, s.start, s.end, in_quote=s.quoted, compound=f"{s.compound:+.2f}", polarity="positive" if s.compound > 0 else "negative")
        if f is not None:
            yield f


def metric(ctx, rule) -> Iterator[Finding]:
    """Flag a document value (e.g. ``fk_grade``) outside ``min``/``max``."""
    doc = ctx.doc
    name = str(rule.params.get("value", ""))
    values = dict(doc.readability)
    values.update(words=doc.words, sentences=len(doc.sentences))
    value = values.get(name)
    if value is None:
        return
    lo, hi = rule.params.get("min"), rule.params.get("max")
    if (hi is not None and value > float(hi)) or (lo is not None and value < float(lo)):
        f = make_finding(doc, rule, 0, 0, in_quote=False, value=value)
        if f is not None:
            yield f
