"""What the people's views (report.html, Jupyter, ``framing explain``) share:
cutting a text at finding boundaries, dimension order and titles, and how
numbers and a finding's weight are worded.

Findings may nest (a loaded word inside a sentence-level finding) or cross
(two phrases sharing words). Cutting the text at the set of all start and end
offsets gives flat pieces, each covered by a known set of findings, which
every view can then mark up without overlapping tags.
"""
from __future__ import annotations

from typing import Sequence

from .markdown import dim_title

__all__ = ["segments", "DIMENSION_ORDER", "dimension_order", "dimension_title", "format_score", "format_value", "weight_note"]

# Outermost first: sentence-wide dimensions wrap word-level ones.
DIMENSION_ORDER = ("sentiment", "readability", "sourcing", "attribution", "loaded_language")


def dimension_order(dimension: str) -> tuple[int, str]:
    """Sort key putting sentence-wide dimensions before word-level ones."""
    try:
        return (DIMENSION_ORDER.index(dimension), dimension)
    except ValueError:
        return (-1, dimension)


def segments(length: int, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Pieces ``(start, end, covering)`` that tile ``[0, length)``.

    *spans* are ``(start, end)`` offsets; ``covering`` lists the indices of
    the spans that contain the piece, shortest span first (the innermost
    finding is the one a reader pointed at). Empty or out-of-range spans are
    clamped and cover nothing.
    """
    clamped = [(max(0, min(s, length)), max(0, min(e, length))) for s, e in spans]
    bounds = sorted({0, length, *(s for s, _ in clamped), *(e for _, e in clamped)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (s, e) in enumerate(clamped):
        if e > s:
            starts.setdefault(s, []).append(i)
            ends.setdefault(e, []).append(i)
    size = [(e - s, i) for i, (s, e) in enumerate(clamped)]
    active: set[int] = set()
    covering: tuple[int, ...] = ()
    out = []
    for a, b in zip(bounds, bounds[1:]):
        # A span is active from its start to its end, both among the bounds:
        # the covering set changes only where a span starts or ends.
        if a in starts or a in ends:
            active.difference_update(ends.get(a, ()))
            active.update(starts.get(a, ()))
            covering = tuple(sorted(active, key=size.__getitem__))
        out.append((a, b, covering))
    return out


def dimension_title(dimension: str) -> str:
    """'loaded_language' -> 'Loaded language'."""
    return dim_title(dimension).replace(" (context)", "")


def format_score(v) -> str:
    """A 0-100 score as shown to people; '–' when there is none."""
    return "–" if v is None else f"{v:.0f}"


def format_value(v) -> str:
    """A metric value as shown to people."""
    if v is None:
        return "–"
    return f"{v:g}" if isinstance(v, float) else str(v)


def weight_note(f) -> str:
    """What a finding weighs in the score, in words."""
    if f.counted:
        return f"weight {f.weight:g}"
    if f.accepted_by:
        return f"accepted ({f.accepted_by}): recorded, not counted"
    return "in a quotation: recorded, not counted" if f.in_quote else "not counted"
