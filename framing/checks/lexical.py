"""Word and pattern rules: lexicon terms (one matcher for the whole rubric)
and regular expressions."""
from __future__ import annotations

from typing import Iterator

from ..findings import Finding, make_finding

NEGATORS = frozenset("not no never n't without hardly barely nor neither isn't wasn't aren't weren't don't doesn't didn't won't cannot can't".split())


# "not only X but also Y" adds rather than denies.
_ADDITIVE = frozenset(("only", "just", "merely", "simply"))


def negated(doc, start: int, window: int = 3) -> bool:
    """True when a negation among the *window* words before *start* (same
    sentence) denies the word at *start*: nothing but function and degree
    words stand between them ("not a disaster", "never so shameful"). A
    negated verb in between takes the negation ("did not want the rotten
    deal": the deal is still called rotten), and "not only" adds."""
    import bisect

    tokens = doc.tokens
    i = bisect.bisect_left(doc.token_starts, start)
    if i >= len(tokens):
        return False
    sent = tokens[i].sentence
    for j in range(i - 1, max(-1, i - window - 1), -1):
        t = tokens[j]
        if t.sentence != sent:
            return False
        word = t.lower.replace("’", "'")
        if word in NEGATORS or word.endswith("n't"):
            return j + 1 >= i or tokens[j + 1].lower not in _ADDITIVE
        if word not in FUNCTION_WORDS and word not in PHRASE_OPENERS:
            return False
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


# What a loaded phrase may run across besides adjacent content words
# (``params: {phrase_links: [...]}``): a coordinated evaluative word ("brutal
# and senseless"), a noun's of-complement ("a cesspool of gossip") and a
# capitalised word inside the noun phrase ("radical Islamic terrorists").
PHRASE_LINKS = ("coordination", "of", "proper")
_COORDINATORS = frozenset(("and", "or"))
# Determiners: an of-complement may open with one ("a travesty of the law"),
# and a term that starts with one ("the worst") takes no word before it.
_OF_DETERMINERS = frozenset("a an the this that these those his her their its our my your".split())


def _content(doc, token, *, proper: bool = False) -> bool:
    """A word that can belong to a loaded phrase: lowercase (or, with
    *proper*, capitalised), letters with hyphens or apostrophes, no function word."""
    word = token.lower
    if word in FUNCTION_WORDS or not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    first = doc.text[token.start]
    return first.islower() or (proper and first.isupper())


def _joined(doc, a, b) -> bool:
    """True when tokens *a* and *b* are neighbours in one sentence with only
    spaces between them."""
    return a.sentence == b.sentence and not doc.text[a.end:b.start].strip()


def phrase_end(doc, end: int, max_words: int, links=()) -> int:
    """End offset after extending from *end* over up to *max_words* following
    content words of the same sentence (the head the word qualifies), and,
    as *links* allow, across a coordinator to a further content word, across
    "of" (after the loaded word or its head) to the noun of its complement,
    or over a capitalised word followed by a lowercase one."""
    import bisect

    tokens = doc.tokens
    i = bisect.bisect_left(doc.token_starts, end)
    if i == 0 or i > len(tokens):
        return end
    prev = tokens[i - 1]
    taken = 0
    while i < len(tokens) and taken < max_words:
        tok = tokens[i]
        if not _joined(doc, prev, tok):
            break
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        step = 0
        if _content(doc, tok):
            step = 1
        elif nxt is not None and _joined(doc, tok, nxt) and _content(doc, nxt):
            if ("coordination" in links and tok.lower in _COORDINATORS) or ("proper" in links and _content(doc, tok, proper=True)):
                step = 2
            elif "of" in links and tok.lower == "of" and taken <= 1:
                step = 2
        if not step and "of" in links and tok.lower == "of" and taken <= 1 and nxt is not None and nxt.lower in _OF_DETERMINERS:
            third = tokens[i + 2] if i + 2 < len(tokens) else None
            if third is not None and _joined(doc, tok, nxt) and _joined(doc, nxt, third) and _content(doc, third):
                step = 3
        if not step:
            break
        prev = tokens[i + step - 1]
        end = prev.end
        i += step
        taken += 1
    return end


# Words that may open a loaded noun or adjective phrase in front of the
# loaded word: determiners and degree words ("a disgrace", "so ridiculous").
PHRASE_OPENERS = frozenset(
    """a an the this that these those such so very too most more utterly truly really quite rather
    totally completely absolutely entirely just all some any another what""".split()
)


def phrase_start(doc, start: int, *, verb: bool = False, links=()) -> int:
    """Start offset after extending back over the words that open the loaded
    word's phrase in the same sentence: one lowercase content word
    qualifying it ("radical thugs"), or, as *links* allow, a content word
    coordinated with it ("obscene and violent") or a name qualifying it
    ("the Hamas thugs"); then one determiner or degree word ("a disgrace",
    "the utterly corrupt elite"). A term that opens with its own
    determiner ("the worst") takes nothing before it.
    Before a verb only a manner adverb qualifies it ("viciously attacked"),
    never its subject."""
    import bisect

    tokens = doc.tokens
    i = bisect.bisect_left(doc.token_starts, start)
    if i == 0 or i >= len(tokens) or tokens[i].start != start:
        return start
    prev = tokens[i - 1]
    if not _joined(doc, prev, tokens[i]):
        return start
    word = prev.lower
    if verb:
        return prev.start if word.endswith("ly") and word.isalpha() and doc.text[prev.start].islower() and word not in FUNCTION_WORDS else start
    if tokens[i].lower in _OF_DETERMINERS:
        return start  # the term opens with its own determiner ("the worst")
    if word not in PHRASE_OPENERS:
        if _content(doc, prev):
            i -= 1
        elif "coordination" in links and word in _COORDINATORS and i >= 2 and _joined(doc, tokens[i - 2], prev) and _content(doc, tokens[i - 2]):
            i -= 2
        elif "proper" in links and _content(doc, prev, proper=True) and i >= 2 and tokens[i - 2].sentence == prev.sentence:
            i -= 1  # a name or proper adjective qualifying it ("Vichy journalists"), not a sentence's first word
        else:
            return start
        if i == 0 or not _joined(doc, tokens[i - 1], tokens[i]) or tokens[i - 1].lower not in PHRASE_OPENERS:
            return tokens[i].start
    return tokens[i - 1].start


def terms(ctx, rule) -> Iterator[Finding]:
    """Flag each lexicon term of the rule (inflections, phrases, exceptions
    and negation handled), in the author's voice or, weighted 0, in quotes.

    With ``params: {phrase: N}`` the finding covers the loaded phrase, not
    only the word that makes it loaded: up to N following content words
    ("empty slogans") and one opening word before it ("a disgrace", "so
    ridiculous"); ``phrase_links`` lets the phrase run across coordination,
    an of-complement and names inside or before it (:data:`PHRASE_LINKS`).
    A verb's phrase never takes "of" or capitalised words (its object is
    not part of the judgement). Overlapping phrases of one rule make one
    finding, named after their first loaded word."""
    doc = ctx.doc
    extend = int(rule.params.get("phrase", 0))
    links = tuple(rule.params.get("phrase_links", ()))
    verb = rule.inflect == "verb"
    if verb:
        links = tuple(x for x in links if x == "coordination")
    phrases: list[list] = []  # [start, end, first hit]
    for hit in ctx.hits.get(rule.id, ()):
        if rule.negation and negated(doc, hit.start):
            continue
        end = phrase_end(doc, hit.end, extend, links) if extend else hit.end
        start = phrase_start(doc, hit.start, verb=verb, links=links) if extend else hit.start
        if phrases and start < phrases[-1][1]:
            # Two loaded words of one phrase ("a brutal and senseless
            # attack"): one finding, as a reader sees one judgement.
            phrases[-1][1] = max(phrases[-1][1], end)
            continue
        phrases.append([start, end, hit])
    for start, end, hit in phrases:
        f = make_finding(doc, rule, start, end, suggestion=rule.swap.get(hit.term, ""), term=hit.term, word=doc.text[hit.start:hit.end])
        if f is not None:
            yield f


def pattern(ctx, rule) -> Iterator[Finding]:
    """Flag each match of the rule's regular expression (not run when the
    text holds none of the strings every match contains: ``params.requires``
    or those found in the pattern)."""
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
