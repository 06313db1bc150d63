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


# Words that end a loaded phrase: a judgement word's phrase runs on to the
# noun it qualifies ("empty slogans"), never across these.
FUNCTION_WORDS = frozenset(
    """a an the this that these those and or but nor so yet for of in on at to by with from as into onto
    over under about against between through during before after since until than then there here
    is are was were be been being am has have had do does did will would shall should can could may
    might must not no never it its he she they them his her their we our you your i me my who whom
    whose which what when where why how all any each every some such only also just even very too""".split()
)


def phrase_end(doc, end: int, max_words: int) -> int:
    """End offset after extending from *end* over up to *max_words* following
    lowercase content words of the same sentence (the head the word qualifies)."""
    import bisect

    i = bisect.bisect_left(doc.token_starts, end)
    if i == 0 or i > len(doc.tokens):
        return end
    sent = doc.tokens[i - 1].sentence
    text = doc.text
    new_end = end
    for t in doc.tokens[i:i + max_words]:
        gap = text[new_end:t.start]
        if t.sentence != sent or gap.strip() or t.lower in FUNCTION_WORDS or not text[t.start].islower() or not t.lower.isalpha():
            break
        new_end = t.end
    return new_end


# Words that may open a loaded noun or adjective phrase in front of the
# loaded word: determiners and degree words ("a disgrace", "so ridiculous").
PHRASE_OPENERS = frozenset(
    """a an the this that these those such so very too most more utterly truly really quite rather
    totally completely absolutely entirely just all some any another what""".split()
)


def phrase_start(doc, start: int, *, verb: bool = False) -> int:
    """Start offset after extending back over one preceding word of the same
    sentence: a determiner or degree word, or a lowercase content word
    qualifying the loaded word ("radical thugs"). Before a verb only a
    manner adverb qualifies it ("viciously attacked"), never its subject."""
    import bisect

    i = bisect.bisect_left(doc.token_starts, start)
    if i == 0 or i >= len(doc.tokens) or doc.tokens[i].start != start:
        return start
    prev, cur = doc.tokens[i - 1], doc.tokens[i]
    if prev.sentence != cur.sentence or doc.text[prev.end:start].strip():
        return start
    word = prev.lower
    if verb:
        return prev.start if word.endswith("ly") and word.isalpha() and doc.text[prev.start].islower() and word not in FUNCTION_WORDS else start
    if word in PHRASE_OPENERS or (doc.text[prev.start].islower() and word.isalpha() and word not in FUNCTION_WORDS):
        return prev.start
    return start


def terms(ctx, rule) -> Iterator[Finding]:
    """Flag each lexicon term of the rule (inflections, phrases, exceptions
    and negation handled), in the author's voice or, weighted 0, in quotes.

    With ``params: {phrase: N}`` the finding covers the loaded phrase, not
    only the word that makes it loaded: up to N following content words
    ("empty slogans") and one opening word before it ("a disgrace", "so
    ridiculous")."""
    doc = ctx.doc
    extend = int(rule.params.get("phrase", 0))
    for hit in ctx.hits.get(rule.id, ()):
        if rule.negation and negated(doc, hit.start):
            continue
        end = phrase_end(doc, hit.end, extend) if extend else hit.end
        start = phrase_start(doc, hit.start, verb=rule.inflect == "verb") if extend else hit.start
        f = make_finding(doc, rule, start, end, suggestion=rule.swap.get(hit.term, ""), term=hit.term, word=doc.text[hit.start:hit.end])
        if f is not None:
            yield f


def pattern(ctx, rule) -> Iterator[Finding]:
    """Flag each match of the rule's regular expression (not run when the
    text holds none of the strings in ``params.requires``)."""
    doc = ctx.doc
    required = rule.params.get("requires")
    if required:
        low = doc.derived("lower", lambda d: d.text.lower())
        if not any(w.lower() in low for w in required):
            return
    rx = ctx.patterns[rule.id]
    group = int(rule.params.get("group", 0))
    for m in rx.finditer(doc.text):
        s, e = m.span(group)
        if e <= s:
            continue
        f = make_finding(doc, rule, s, e)
        if f is not None:
            yield f
