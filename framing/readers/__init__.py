"""Readers of the corpus stage, one module per input format.

:mod:`framing.corpus` finds the inputs and picks the reader by suffix:
:mod:`.text` (.txt, .md), :mod:`.html` (saved pages, via trafilatura),
:mod:`.docx` (Word, via python-docx) and :mod:`.records` (JSON, JSON Lines,
CSV). :mod:`.base` holds what they share: Article, InputError, decoding and
the field names of common scrapers.
"""
from .base import DEFAULT_FIELDS, Article, Fields, InputError, decode, normalise_outlet

__all__ = ["Article", "InputError", "Fields", "DEFAULT_FIELDS", "decode", "normalise_outlet"]
