"""Style checks in the author's voice: scare quotes, shouting, rhetorical
questions."""
from __future__ import annotations

import re
from typing import Iterator

from ..findings import Finding, make_finding
from ..nlp.readability import _cmu

# NOTE: "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written so that the pattern starts
# with a character class, which the engine can skip to quickly.
_CAPS_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)+\b")
_CAPS_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z'’-]{5,}\b")
_LINE_LABEL = re.compile(r"[ \t]*[A-Z][A-Z0-9 .'’&-]*[A-Z0-9](?=\s*[,:—–(]|\s+-)")
_PUNCT = re.compile(r"[!?]{2,}")  # "!!", "?!", "!?", "???"
_PUNCT_PAIRS = ("!!", "!?", "?!", "??")  # every match of _PUNCT holds one


def scare_quote(ctx, rule) -> Iterator[Finding]:
    """Flag short quoted phrases no speaker said: the author keeping distance."""
    doc = ctx.doc
    for q in doc.attribution.quotes:
        if q.kind == "scare":
            f = make_finding(doc, rule, q.start, q.end, in_quote=False)
            if f is not None:
                yield f


def _is_english(word: str) -> bool:
    """True when every hyphen-joined part of *word* is in the pronouncing
    dictionary (which lists English words, not acronyms)."""
    parts = [p for p in re.split(r"[-'’]", word.lower()) if p]
    return bool(parts) and all(len(p) > 1 and p in _cmu() for p in parts)


def shouting(ctx, rule) -> Iterator[Finding]:
    """Flag words in capitals (not acronyms) and stacked punctuation ("!!", "?!")."""
    doc = ctx.doc
    allowed = {a.upper() for a in rule.params.get("acronyms", [])}
    text = doc.text
    spans = []
    for rx in (_CAPS_RUN, _CAPS_WORD):
        for m in rx.finditer(text):
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in "'’-":
                end -= 1  # a closing quote or possessive mark: "the JCPOA’"
            words = re.findall(r"[A-Z][A-Z'’-]*", text[start:end])
            if rx is _CAPS_RUN and all(w in allowed or len(w) <= 4 for w in words) and sum(len(w) for w in words) < 10:
                continue
            if all(w in allowed for w in words):
                continue
            # One word in capitals is shouting only when it is an English
            # word; otherwise it is an acronym or a code ("VDAWDI", "SCOTUS").
            if rx is _CAPS_WORD and (end - start < 6 or not _is_english(words[0])):
                continue
            line_start = max(text.rfind("\n", 0, m.start()), text.rfind("\r", 0, m.start())) + 1
            label = _LINE_LABEL.match(text, line_start)
            if label and m.start() < label.end():
                continue  # a dateline or a speaker/section label: "PORT ALMSEY, March 11", "BACON Q:"
            if text[max(0, m.start() - 1):m.start()] in ("@", "#"):
                continue
            spans.append((start, end))
    if any(pair in text for pair in _PUNCT_PAIRS):  # substring tests cost far less than the scan
        spans += [m.span() for m in _PUNCT.finditer(text)]
    spans.sort()
    last = -1
    for s, e in spans:
        if s < last:
            continue
        last = e
        f = make_finding(doc, rule, s, e)
        if f is not None:
            yield f


# Openings that make a question rhetorical rather than a request for
# information: questions that answer themselves or accuse.
_RHETORICAL = re.compile(
    r"^(?:and |but |so |or |then |yet )?(?:why\b|how (?:can|could|dare|is it|come|many more|long|much longer|on earth)\b|"
    r"who (?:would|could|can|cares|knows|in their right mind|else)\b|what (?:kind|sort) of\b|what (?:else|more) (?:could|can|would|do)\b|"
    r"is it (?:any wonder|not|possible|really|too much)\b|isn['’]t (?:it|this|that)\b|"
    r"(?:isn|aren|wasn|weren|doesn|don|didn|won|wouldn|shouldn|can|couldn|haven|hasn)['’]t\b|"
    r"(?:can|could|should|would|must) (?:anyone|we|you|they|he|she|it|this)\b.*\b(?:really|seriously|honestly|possibly|ever)\b|"
    r"could it be\b|what if\b|where is the (?:outrage|evidence|proof)\b|since when\b|are we (?:really|supposed|to)\b)",
    re.I,
)
_TRANSCRIPT = re.compile(r"^\s*(?:[A-Z][A-Za-z.]*\s+)?[QA]\s*[:.]|^\s*[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*:")


def rhetorical_question(ctx, rule) -> Iterator[Finding]:
    """Flag questions the author asks the reader in the body that answer
    themselves ("Why would anyone trust them now?", "Isn't it obvious?").
    Information questions used as subheads ("What happens now?") and
    interview transcripts are left alone."""
    doc = ctx.doc
    for s in doc.sentences:
        text = doc.text[s.start:s.end].rstrip()
        if not text.endswith("?") or s.quoted or s.headline or doc.in_quote(s.end - 1):
            continue
        clause = text[max(text.rfind(": "), text.rfind("; ")) + 2:] if max(text.rfind(": "), text.rfind("; ")) >= 0 else text
        if _TRANSCRIPT.match(text) or not _RHETORICAL.match(clause.lstrip("\"'“‘(")):
            continue
        # The evidence is the question's opening words ("why would"), from
        # the last clause start before "?"; the message says what it does.
        q = max(text.rfind(": "), text.rfind("; "))
        start = s.start + (q + 2 if q >= 0 else 0)
        words = [t for t in doc.tokens if start <= t.start < s.end][:2]
        end = words[-1].end if words else s.start + len(text)
        f = make_finding(doc, rule, start, end, in_quote=False, question=doc.text[start:s.start + len(text)])
        if f is not None:
            yield f
