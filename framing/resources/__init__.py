"""Word lists behind the attribution and sourcing analysis.

One term per line, ``#`` starts a comment. They describe how English news
attributes information (report verbs, source nouns, outlet names); the
judgement-bearing lexicons a user tunes live in the rubric instead.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["word_list"]


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt``, lowercased."""
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.add(" ".join(line.split()))
    return frozenset(out)
