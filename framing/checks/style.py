"""Style checks in the author's voice: scare quotes, shouting, rhetorical
questions."""
from __future__ import annotations

import re
from typing import Iterator

from ..findings import Finding, make_finding

_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)+\b")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’-]{5,}\b")
_PUNCT = re.compile(r"[!?]*![!?]+|\?{2,}")


def scare_quote(ctx, rule) -> Iterator[Finding]:
    """Flag short quoted phrases no speaker said: the author keeping distance."""
    doc = ctx.doc
    for q in doc.attribution.quotes:
        if q.kind == "scare":
            f = make_finding(doc, rule, q.start, q.end, in_quote=False)
            if f is not None:
                yield f


def shouting(ctx, rule) -> Iterator[Finding]:
    """Flag words in capitals (not acronyms) and stacked punctuation ("!!", "?!")."""
    doc = ctx.doc
    allowed = {a.upper() for a in rule.params.get("acronyms", [])}
    text = doc.text
    spans = []
    for rx in (_CAPS_RUN, _CAPS_WORD):
        for m in rx.finditer(text):
            words = re.findall(r"[A-Z][A-Z'’-]+", m.group())
            if all(w in allowed or len(w) <= 4 for w in words) and rx is _CAPS_RUN and sum(len(w) for w in words) < 10:
                continue
            if all(w in allowed for w in words):
                continue
            sent = doc.sentence_at(m.start())
            if sent.headline and text[sent.start:sent.end].upper() == text[sent.start:sent.end]:
                pass
            spans.append(m.span())
    for m in _PUNCT.finditer(text):
        spans.append(m.span())
    spans.sort()
    last = -1
    for s, e in spans:
        if s < last:
            continue
        last = e
        f = make_finding(doc, rule, s, e)
        if f is not None:
            yield f


def rhetorical_question(ctx, rule) -> Iterator[Finding]:
    """Flag questions the author asks the reader in the body."""
    doc = ctx.doc
    for s in doc.sentences:
        text = doc.text[s.start:s.end].rstrip()
        if not text.endswith("?") or s.quoted or s.headline or doc.in_quote(s.end - 1):
            continue
        # The question itself: from the last clause start before "?".
        q = max(text.rfind(": "), text.rfind("; "))
        start = s.start + (q + 2 if q >= 0 else 0)
        f = make_finding(doc, rule, start, s.start + len(text), in_quote=False)
        if f is not None:
            yield f
