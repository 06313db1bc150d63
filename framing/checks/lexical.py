"""Word and pattern rules: lexicon terms (one matcher for the whole rubric)
and regular expressions."""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding, make_finding

NEGATORS = frozenset("not no never n't without hardly barely nor neither isn't wasn't aren't weren't don't doesn't didn't won't cannot can't".split())


def negated(doc, start: int, window: int = 3) -> bool:
    """True when one of the *window* words before *start* (same sentence) negates."""
    import bisect

    i = bisect.bisect_left(doc.token_starts, start)
    if i >= len(doc.tokens):
        return False
    sent = doc.tokens[i].sentence
    for j in range(max(0, i - window), i):
        t = doc.tokens[j]
        if t.sentence == sent and (t.lower.replace("’", "'") in NEGATORS or t.lower.endswith(("n't", "n’t"))):
            return True
    return False


def terms(ctx, rule) -> Iterator[Finding]:
    """Flag each lexicon term of the rule (inflections, phrases, exceptions
    and negation handled), in the author's voice or, weighted 0, in quotes."""
    doc = ctx.doc
    for hit in ctx.hits.get(rule.id, ()):
        if rule.negation and negated(doc, hit.start):
            continue
        f = make_finding(doc, rule, hit.start, hit.end, suggestion=rule.swap.get(hit.term, ""), term=hit.term)
        if f is not None:
            yield f


def pattern(ctx, rule) -> Iterator[Finding]:
    """Flag each match of the rule's regular expression."""
    doc = ctx.doc
    rx = ctx.patterns[rule.id]
    group = int(rule.params.get("group", 0))
    for m in rx.finditer(doc.text):
        s, e = m.span(group)
        if e <= s:
            continue
        f = make_finding(doc, rule, s, e)
        if f is not None:
            yield f
