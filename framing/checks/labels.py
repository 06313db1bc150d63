"""Label checks: a genre label the rubric requires (e.g. "Opinion") is missing."""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding, make_finding


def required_label(ctx, rule) -> Iterator[Finding]:
    """Flag an article that carries none of the genre labels in ``genres``
    (default: opinion), pointing at its first sentence, where a label belongs.

    With ``metadata: true`` a genre given in the article's metadata (front
    matter ``genre: opinion``) also counts as a label.
    """
    doc = ctx.doc
    genres = [str(g).lower() for g in rule.params.get("genres", ["opinion"])]
    if any(label.genre in genres for label in doc.labels):
        return
    if rule.params.get("metadata", False) and doc.article.genre.lower() in genres:
        return
    if not doc.sentences:
        return
    first = doc.sentences[0]
    f = make_finding(doc, rule, first.start, first.end, in_quote=False, genres=" or ".join(genres))
    if f is not None:
        yield f
