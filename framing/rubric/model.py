"""The rubric as data: dimensions, their metric bands, rules and score bands.

A rubric is loaded and validated by :mod:`framing.rubric.load` and compiled
once per process by :mod:`framing.rubric.compile`. The objects here are
frozen; nothing in a scoring run changes them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

__all__ = ["Component", "Dimension", "Rule", "Band", "Rubric", "RubricError", "LEVELS", "CORE_DIMENSIONS", "QUOTE_MODES"]

LEVELS = ("suggestion", "warning", "error")
CORE_DIMENSIONS = ("attribution", "sourcing", "loaded_language", "sentiment", "readability")
QUOTE_MODES = ("exclude", "include", "only")


class RubricError(Exception):
    """A rubric that cannot be used: names the file, line and what is wrong."""

    def __init__(self, path: str, line: int | None, message: str):
        # NOTE: messages quote the user's own keys and values, which may hold
        # line breaks; the error must stay one line.
        message = message.replace("\r", "\\r").replace("\n", "\\n")
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Component:
    """One metric's contribution to a dimension score.

    The metric maps linearly to 100 at ``good`` and 0 at ``bad`` (either may
    be the larger), clamped to [0, 100]; components are averaged by weight.
    """

    metric: str
    good: float
    bad: float
    weight: float = 1.0

    def points(self, value: float) -> float:
        if self.good == self.bad:
            return 100.0 if value == self.good else 0.0
        frac = (value - self.bad) / (self.good - self.bad)
        return 100.0 * min(1.0, max(0.0, frac))


@dataclass(frozen=True)
class Dimension:
    name: str
    weight: float
    components: tuple[Component, ...]
    description: str = ""


@dataclass(frozen=True)
class Band:
    min: float
    label: str


@dataclass(frozen=True)
class Rule:
    """One rule: what it matches (by ``kind``), how it weighs and explains it."""

    id: str
    name: str
    dimension: str
    kind: str
    message: str
    level: str = "warning"
    weight: float = 1.0
    why: str = ""
    source: str = ""
    quotes: str = "exclude"  # exclude: in-quote findings weigh 0; include: they count; only: fire only in quotes
    scope: str = "all"  # all, body, headline
    terms: tuple[str, ...] = ()
    inflect: str = "none"  # none, verb, noun
    swap: Mapping[str, str] = field(default_factory=dict)
    exceptions: tuple[str, ...] = ()
    negation: bool = True
    evaluate: bool = True  # False: `framing evaluate` leaves the findings out of the comparison
    pattern: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    fires: tuple[str, ...] = ()
    passes: tuple[str, ...] = ()
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Rubric:
    """An effective rubric: after ``extends``, overrides and includes."""

    name: str
    version: str
    description: str
    language: str
    dimensions: Mapping[str, Dimension]
    rules: tuple[Rule, ...]
    bands: tuple[Band, ...]
    path: str
    sha256: str
    content: Mapping[str, Any] = field(repr=False, default_factory=dict)  # canonical effective form
    # Measured precision per rule id, from `framing evaluate --record` in a
    # NAME.precision.yaml file next to the rubric; not part of the hash.
    precision: Mapping[str, float] = field(repr=False, default_factory=dict)
    precision_source: str = ""

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def band(self, score: float | None) -> str:
        if score is None:
            return ""
        for b in sorted(self.bands, key=lambda b: -b.min):
            if score >= b.min:
                return b.label
        return self.bands[-1].label if self.bands else ""
