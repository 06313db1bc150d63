r"""Word gates: run a costly regular expression only on the sentences that
hold one of its trigger words.

A pattern that starts with a word boundary and an alternation of words
costs Python's regular-expression engine tens of nanoseconds per character
of text, so scanning a whole article with it costs more than looking up
every one of its words in a dictionary. A :class:`Gate` pairs such a pattern
with lowercase *triggers*: word beginnings of which every match of the
pattern must contain at least one (the stem every alternative starts with,
or its rarest literal word), each at the start of a word token or of a part
of one after a hyphen, apostrophe or dot, where a pattern's ``\b`` can
match; and optionally fragments that may occur anywhere in a token (a digit
for ``\d``). Which gates a distinct
token opens is worked out once per process; a document's sentences are then
gated with one dictionary lookup per token, and the pattern runs only on the
sentences a trigger opened. The results are those of scanning every
sentence, as long as the triggers are complete, which the tests of each
gated check exercise.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

__all__ = ["Gate"]

_GATES: list["Gate"] = []
# token's lowercased form -> bit mask of the gates it opens; bounded so that
# a long run's memory stays flat.
_OPENS: dict[str, int] = {}
_MAX_OPENS = 50_000


class Gate:
    """A regular expression run only on sentences with a trigger word."""

    def __init__(self, pattern: re.Pattern, triggers: Iterable[str], *, anywhere: Iterable[str] = ()):
        self.pattern = pattern
        self.triggers = tuple(sorted({t.lower() for t in triggers}))
        self.anywhere = tuple(sorted({t.lower() for t in anywhere}))
        if not (self.triggers or self.anywhere) or not all(self.triggers + self.anywhere):
            raise ValueError("a gate needs non-empty triggers")
        self.bit = 1 << len(_GATES)
        _GATES.append(self)
        _OPENS.clear()

    def sentences(self, doc) -> list[int]:
        """Indices of the sentences of *doc* holding a trigger."""
        bit = self.bit
        return [i for i, mask in enumerate(doc.derived(_sentence_masks, _sentence_masks)) if mask & bit]

    def finditer(self, doc, sentences: Iterable[int] | None = None) -> Iterator[re.Match]:
        """Matches of the pattern in the gated sentences, in text order
        (offsets index ``doc.text``); *sentences* narrows them further."""
        text = doc.text
        wanted = self.sentences(doc)
        if sentences is not None:
            keep = set(sentences)
            wanted = [i for i in wanted if i in keep]
        for i in wanted:
            s = doc.sentences[i]
            yield from self.pattern.finditer(text, s.start, s.end)

    def search(self, doc) -> re.Match | None:
        """The first match in *doc*, or None."""
        return next(self.finditer(doc), None)


_PIECE = re.compile(r"[-'’.]")


def _opens(lower: str) -> int:
    bits = 0
    pieces = _PIECE.split(lower)
    for gate in _GATES:
        if any(p.startswith(gate.triggers) for p in pieces) or any(t in lower for t in gate.anywhere):
            bits |= gate.bit
    if len(_OPENS) >= _MAX_OPENS:
        _OPENS.clear()
    _OPENS[lower] = bits
    return bits


def _sentence_masks(doc) -> list[int]:
    masks = [0] * len(doc.sentences)
    get = _OPENS.get
    for t in doc.tokens:
        bits = get(t.lower)
        if bits is None:
            bits = _opens(t.lower)
        if bits:
            masks[t.sentence] |= bits
    return masks
