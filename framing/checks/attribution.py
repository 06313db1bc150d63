"""Attribution checks: vague attribution, loaded verbs of saying, quotes
without a speaker. They read ``doc.attribution`` (computed once)."""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding, make_finding


def _cue_span(cue) -> tuple[int, int]:
    if cue.speaker_start >= 0:
        return min(cue.start, cue.speaker_start), max(cue.end, cue.speaker_end)
    return cue.start, cue.end


def vague_attribution(ctx, rule) -> Iterator[Finding]:
    """Flag claims given to open-ended groups or to no one ("critics say",
    "many analysts believe", "it is widely believed", "reportedly")."""
    doc = ctx.doc
    kinds = tuple(rule.params.get("kinds", ["vague"]))
    for cue in doc.attribution.cues:
        src = doc.attribution.source(cue.source) if cue.source else None
        if src is None or src.kind not in kinds or cue.kind == "participle":
            continue
        s, e = _cue_span(cue)
        f = make_finding(doc, rule, s, e, source=src.name)
        if f is not None:
            yield f


def attribution_verb(ctx, rule) -> Iterator[Finding]:
    """Flag verbs of saying that colour what was said ("admitted", "claimed",
    "insisted") when the author uses them to attribute; suggest a neutral one."""
    doc = ctx.doc
    loaded = {**{t: "" for t in rule.terms}, **dict(rule.swap)}
    for cue in doc.attribution.cues:
        if cue.kind not in ("verb", "participle"):
            continue
        word = cue.cue.lower()
        if word not in loaded:
            continue
        f = make_finding(doc, rule, cue.start, cue.end, suggestion=loaded[word] or "said", source=cue.speaker)
        if f is not None:
            yield f


def unattributed_quote(ctx, rule) -> Iterator[Finding]:
    """Flag direct quotations (of ``min_words`` words or more, default 4)
    with no speaker anywhere near them."""
    doc = ctx.doc
    min_words = int(rule.params.get("min_words", 4))
    for q in doc.attribution.quotes:
        if q.kind in ("direct", "partial") and not q.source and len(doc.text[q.start:q.end].split()) >= min_words:
            f = make_finding(doc, rule, q.start, q.end, in_quote=False)
            if f is not None:
                yield f
